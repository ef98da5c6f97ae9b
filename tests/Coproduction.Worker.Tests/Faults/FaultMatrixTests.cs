namespace Coproduction.Worker.Faults;

/// <summary>
/// The fault matrix: for each fault the emulator can inject, the worker finishes (within a few passes),
/// the site ends as an uninterrupted run leaves it (course columns, flag items never duplicated,
/// evidence reports), and the log says what happened, without a name, a topic, a note or a text.
/// </summary>
public sealed class FaultMatrixTests(ReferenceSiteState reference, Xunit.Abstractions.ITestOutputHelper output) : IClassFixture<ReferenceSiteState>
{
    /// <summary>The worker's contract under faults: a failed pass is repeated by the next; within this many, it is done.</summary>
    private const int MostPasses = 5;

    public static TheoryData<string> Cases => [.. FaultCase.All.Select(c => c.Name)];

    [Theory]
    [MemberData(nameof(Cases))]
    public async Task Passes_UnderFault_FinishWithTheSiteAsAnUninterruptedRunLeavesItAndLogWhatHappened(string name)
    {
        var fault = FaultCase.All.Single(c => c.Name == name);
        using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(2));
        await using var site = await FaultedSite.StartAsync(timeout.Token);
        var runner = site.Worker(fault.RequestTimeout is { } requestTimeout
            ? new Dictionary<string, string?> { ["Coproduction:Graph:RequestTimeout"] = requestTimeout }
            : null);
        var passes = new List<bool>();
        async Task PassAsync() => passes.Add((await runner.RunOnceAsync(timeout.Token)).Single().Result is not null);

        if (fault.AfterFirstPass)
        {
            (await runner.RunOnceAsync(timeout.Token)).Single().Result.ShouldNotBeNull("the clean pass before the fault");
        }

        foreach (var scripted in fault.Faults)
        {
            site.Emulator.Faults.Add(scripted);
        }

        if (fault.ExpireDeltaTokens)
        {
            site.Emulator.Faults.ExpireDeltaTokens();
        }

        while (passes.Count < MostPasses && !(passes.Count >= 2 && passes[^1] && passes[^2]))
        {
            await PassAsync();
        }

        output.WriteLine($"passes: {string.Join(" ", passes.Select(ok => ok ? "succeeded" : "failed"))}");
        foreach (var line in site.Log.Lines.Where(l => l.StartsWith("Warning", StringComparison.Ordinal) || l.StartsWith("Error", StringComparison.Ordinal)))
        {
            output.WriteLine(line.Split(Environment.NewLine)[0]);
        }

        passes.TakeLast(2).ShouldAllBe(ok => ok, $"the worker finished within {MostPasses} passes: {string.Join(", ", passes)}");
        site.Emulator.Faults.PendingScripted.ShouldBe(0, "every scripted fault happened");
        passes.Contains(false).ShouldBe(fault.PassFails, $"passes: {string.Join(", ", passes)}");
        (await site.DescribeAsync(timeout.Token)).ShouldBe(reference.Lines, "the site ends as an uninterrupted run leaves it: nothing lost, nothing duplicated");
        site.Log.Lines.ShouldContain(line => line.Contains(fault.LogSays, StringComparison.Ordinal), $"the log says what happened: {fault.LogSays}");
        PrivateText.FoundIn(site.Log.Lines, FaultedSite.Sample()).ShouldBeEmpty();
    }
}
