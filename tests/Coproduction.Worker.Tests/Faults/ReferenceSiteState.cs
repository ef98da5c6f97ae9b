namespace Coproduction.Worker.Faults;

/// <summary>The site as an uninterrupted run leaves it: the drifting sample imported, two passes of the worker, no fault.</summary>
public sealed class ReferenceSiteState : IAsyncLifetime
{
    public IReadOnlyList<string> Lines { get; private set; } = [];

    public async Task InitializeAsync()
    {
        using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(2));
        await using var site = await FaultedSite.StartAsync(timeout.Token);
        var runner = site.Worker();
        for (var pass = 0; pass < 2; pass++)
        {
            (await runner.RunOnceAsync(timeout.Token)).Single().Result.ShouldNotBeNull();
        }

        Lines = await site.DescribeAsync(timeout.Token);
        Lines.Count(l => l.StartsWith("flag ", StringComparison.Ordinal)).ShouldBe(9);
        Lines.Count(l => l.StartsWith("report ", StringComparison.Ordinal)).ShouldBe(1);
    }

    public Task DisposeAsync() => Task.CompletedTask;
}
