namespace Coproduction.Worker.Commands;

public sealed class DemoAndRunCommandTests : IDisposable
{
    private readonly TemporaryFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    [Fact]
    public async Task Demo_FromNothing_ShowsFlagsWritesReportsAndResolvesAFlag()
    {
        var output = Path.Combine(_folder.Path, "out");

        var (exitCode, text, error) = await CommandLine.RunAsync("demo", "--output", output);

        exitCode.ShouldBe(0, error);
        text.ShouldContain("A SharePoint emulator is listening on http://127.0.0.1:");
        text.ShouldContain("managing-sleep-2026  stage developing, score 12 of 12, ready for quality review");
        text.ShouldContain("! soleAuthorWithoutFeedback on m1");
        text.ShouldContain("0 flags raised, 1 resolved.");
        text.ShouldContain("Flag on the handout: Sole author without feedback (open)", Case.Sensitive, "Aisha's three saves alone");
        text.ShouldContain("Flag on the handout: Sole author without feedback (resolved)", Case.Sensitive, "Kofi's comment in the Word document");
        text.ShouldContain("Flag on the course outline: Input not answered (open)", Case.Sensitive, "Sam's feedback, a month old");
        text.ShouldContain("Flag on the course outline: Input not answered (resolved)", Case.Sensitive, "Martin's answer in the log item's form");
        File.ReadAllText(Path.Combine(output, "understanding-anxiety-2026-evidence.html")).ShouldContain("as Sam asked", Case.Sensitive, "the answer's reason in the report");
        Directory.GetFiles(output).Select(Path.GetFileName).ShouldBe(
            ["coping-with-stress-evidence.html", "managing-sleep-2026-evidence.html", "understanding-anxiety-2026-evidence.html", "college-overview.html"], ignoreOrder: true);
        File.ReadAllText(Path.Combine(output, "understanding-anxiety-2026-evidence.html")).ShouldStartWith("<!DOCTYPE html>");
        File.ReadAllText(Path.Combine(output, "college-overview.html")).ShouldContain("3 courses on 1 site", Case.Sensitive, "the worker's overview of the demo's site");
        error.ShouldBeEmpty("nothing to warn about in the samples");
    }

    [Theory]
    [InlineData(new[] { "run", "--once" }, "Coproduction:Worker: Sites: name at least one site to watch")]
    [InlineData(new[] { "run", "--once", "--site", "http://contoso.sharepoint.com/sites/x" }, "is not a site URL")]
    [InlineData(new[] { "run", "--once", "--site", "https://contoso.sharepoint.com/sites/x", "--graph-url", "http://graph.example.org/v1.0" }, "Coproduction:Graph: GraphUrl 'http://graph.example.org/v1.0' is not https")]
    public async Task Run_BadConfiguration_ExitsTwoNamingEachMistake(string[] args, string message)
    {
        var (exitCode, _, error) = await CommandLine.RunAsync([.. args, "--state", Path.Combine(_folder.Path, "state.db")]);

        exitCode.ShouldBe(2);
        error.ShouldContain(message);
    }

    [Fact]
    public async Task Run_SiteNotThere_ExitsOneAfterTryingEverySite()
    {
        await using var emulator = await Emulator.GraphEmulator.StartAsync();

        var (exitCode, output, _) = await CommandLine.RunAsync("run", "--once", "--site", "https://contoso.sharepoint.com/sites/none", "--graph-url", emulator.GraphUrl, "--state", Path.Combine(_folder.Path, "state.db"));

        exitCode.ShouldBe(1);
        output.ShouldContain("https://contoso.sharepoint.com/sites/none: the pass failed");
    }

    [Fact]
    public async Task Run_StateFileThatIsNoDatabase_ExitsTwoNamingTheFileAndWhatToDo()
    {
        await using var emulator = await Emulator.GraphEmulator.StartAsync();
        var state = Path.Combine(_folder.Path, "state.db");
        await File.WriteAllTextAsync(state, "not a database, but a file someone put here by mistake, long enough to be read as a header");

        var (exitCode, _, error) = await CommandLine.RunAsync("run", "--once", "--site", "https://contoso.sharepoint.com/sites/none", "--graph-url", emulator.GraphUrl, "--state", state);

        exitCode.ShouldBe(2, error);
        error.ShouldContain($"The state file {state} cannot be read as the worker's state");
        error.ShouldContain("move it aside or delete it");
        (await File.ReadAllTextAsync(state)).ShouldStartWith("not a database", Case.Sensitive, "left as it was");
    }
}
