namespace Coproduction.Worker.Commands;

public sealed class ReportCommandTests : IDisposable
{
    private readonly TemporaryFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    [Fact]
    public async Task Report_Default_WritesTheHtmlReport()
    {
        var (exitCode, output, error) = await CommandLine.RunAsync("report", _folder.File("course.json", TestSnapshots.Valid()));

        exitCode.ShouldBe(0, error);
        output.ShouldStartWith("<!DOCTYPE html>");
        output.ShouldContain("<h1>Co-production evidence: <bdi>Managing Sleep</bdi></h1>");
        output.ShouldNotContain("Dr Lee");
    }

    [Fact]
    public async Task Report_MarkdownToAFile_WritesTheFile()
    {
        var target = _folder.File("report.md");

        var (exitCode, output, _) = await CommandLine.RunAsync("report", _folder.File("course.json", TestSnapshots.Valid()), "--format", "markdown", "--output", target);

        exitCode.ShouldBe(0);
        output.ShouldBeEmpty();
        File.ReadAllText(target).ShouldStartWith("# Co-production evidence: Managing Sleep\n");
    }

    [Fact]
    public async Task Report_ShowNames_NamesContributors()
    {
        var (_, output, _) = await CommandLine.RunAsync("report", _folder.File("course.json", TestSnapshots.Valid()), "--show-names");

        output.ShouldContain("Dr Lee");
    }

    [Fact]
    public async Task Report_InvalidDocument_ExitsTwoAndWritesNothing()
    {
        var target = _folder.File("report.html");

        var (exitCode, _, error) = await CommandLine.RunAsync("report", _folder.File("bad.json", TestSnapshots.DanglingReference), "--output", target);

        exitCode.ShouldBe(2);
        error.ShouldContain("$.activities[1].on");
        File.Exists(target).ShouldBeFalse();
    }

    [Theory]
    [InlineData("healthy-new-course.json")]
    [InlineData("drifting-course.json")]
    [InlineData("course-under-review.json")]
    public async Task Report_ReadmeSample_MakesAReport(string sample)
    {
        var (exitCode, output, error) = await CommandLine.RunAsync("report", Path.Combine(AppContext.BaseDirectory, "samples", sample));

        exitCode.ShouldBe(0, error);
        output.ShouldEndWith("</html>\n");
    }
}
