using System.Text.Json;

namespace Coproduction.Worker.Commands;

public sealed class AssessCommandTests : IDisposable
{
    private readonly TemporaryFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    [Fact]
    public async Task Assess_ValidSnapshot_PrintsTheAssessmentAsJson()
    {
        var (exitCode, output, error) = await CommandLine.RunAsync("assess", _folder.File("course.json", TestSnapshots.Valid()));

        exitCode.ShouldBe(0);
        error.ShouldBeEmpty();
        using var json = JsonDocument.Parse(output);
        json.RootElement.GetProperty("courseId").GetString().ShouldBe("sleep-2026");
        json.RootElement.GetProperty("asOf").GetString().ShouldBe("2026-04-01T09:00:00Z");
        json.RootElement.GetProperty("checklist").GetArrayLength().ShouldBe(6);
    }

    [Fact]
    public async Task Assess_MarkdownFormat_PrintsASummaryForAPerson()
    {
        var (exitCode, output, _) = await CommandLine.RunAsync("assess", _folder.File("course.json", TestSnapshots.Valid()), "--format", "markdown");

        exitCode.ShouldBe(0);
        output.ShouldStartWith("# Co-production assessment: Managing Sleep");
        output.ShouldContain("## Checklist");
    }

    [Fact]
    public async Task Assess_AsOfOption_OverridesTheSnapshotsAsOf()
    {
        var (_, output, _) = await CommandLine.RunAsync("assess", _folder.File("course.json", TestSnapshots.Valid()), "--as-of", "2026-03-01T11:00:00+01:00");

        using var json = JsonDocument.Parse(output);
        json.RootElement.GetProperty("asOf").GetString().ShouldBe("2026-03-01T10:00:00Z");
        json.RootElement.GetProperty("checklist")[4].GetProperty("reason").GetString().ShouldBe("There are no materials yet.");
    }

    [Fact]
    public async Task Assess_NoAsOfAnywhere_AssessesForNow()
    {
        var (_, output, _) = await CommandLine.RunAsync("assess", _folder.File("course.json", TestSnapshots.Valid(asOf: null)));

        using var json = JsonDocument.Parse(output);
        json.RootElement.GetProperty("asOf").GetString().ShouldBe("2026-11-27T12:00:00Z");
    }

    [Fact]
    public async Task Assess_OutputOption_WritesTheFileAndPrintsNothing()
    {
        var target = _folder.File("assessment.json");

        var (exitCode, output, _) = await CommandLine.RunAsync("assess", _folder.File("course.json", TestSnapshots.Valid()), "--output", target);

        exitCode.ShouldBe(0);
        output.ShouldBeEmpty();
        File.ReadAllText(target).ShouldStartWith("{\n  \"courseId\": \"sleep-2026\"");
        Directory.GetFiles(_folder.Path).Length.ShouldBe(2, "no temporary file is left behind");
    }

    [Fact]
    public async Task Assess_SameInputTwice_GivesTheSameBytes()
    {
        var file = _folder.File("course.json", TestSnapshots.Valid());

        var first = await CommandLine.RunAsync("assess", file);
        var second = await CommandLine.RunAsync("assess", file);

        second.Output.ShouldBe(first.Output);
    }

    [Fact]
    public async Task Assess_InvalidDocument_ExitsTwoNamingThePathAndWritesNothing()
    {
        var target = _folder.File("assessment.json", "previous content");

        var (exitCode, output, error) = await CommandLine.RunAsync("assess", _folder.File("bad.json", TestSnapshots.DanglingReference), "--output", target);

        exitCode.ShouldBe(2);
        output.ShouldBeEmpty();
        error.ShouldContain("bad.json: $.activities[1].on: no material or decision has id 'm9'");
        File.ReadAllText(target).ShouldBe("previous content");
    }

    [Fact]
    public async Task Assess_NotJson_ExitsTwo()
    {
        var (exitCode, _, error) = await CommandLine.RunAsync("assess", _folder.File("bad.json", "{ \"format\": "));

        exitCode.ShouldBe(2);
        error.ShouldContain("$: not valid JSON");
    }

    [Fact]
    public async Task Assess_MissingFile_ExitsTwoNamingTheFile()
    {
        var (exitCode, _, error) = await CommandLine.RunAsync("assess", _folder.File("missing.json"));

        exitCode.ShouldBe(2);
        error.ShouldContain("missing.json: no such file");
    }

    [Fact]
    public async Task Assess_OutputIntoAMissingFolder_ExitsTwo()
    {
        var (exitCode, _, error) = await CommandLine.RunAsync("assess", _folder.File("course.json", TestSnapshots.Valid()), "--output", Path.Combine(_folder.Path, "no", "such", "out.json"));

        exitCode.ShouldBe(2);
        error.ShouldContain("does not exist");
    }

    [Theory]
    [InlineData("--as-of", "yesterday", "--as-of: 'yesterday' is not an ISO 8601 time with an offset")]
    [InlineData("--as-of", "2026-04-01T09:00:00", "is not an ISO 8601 time with an offset")]
    [InlineData("--format", "html", "'html' not recognized")]
    public async Task Assess_BadOption_ExitsTwoSayingWhatIsWrong(string option, string value, string message)
    {
        var (exitCode, output, error) = await CommandLine.RunAsync("assess", _folder.File("course.json", TestSnapshots.Valid()), option, value);

        exitCode.ShouldBe(2);
        output.ShouldBeEmpty();
        error.ShouldContain(message);
    }

    [Fact]
    public async Task Assess_NoFile_ExitsTwo()
    {
        var (exitCode, _, error) = await CommandLine.RunAsync("assess");

        exitCode.ShouldBe(2);
        error.ShouldContain("Required argument missing for command: 'assess'");
    }

    [Theory]
    [InlineData("healthy-new-course.json", "**12 of 12**")]
    [InlineData("drifting-course.json", "**pullingRank**")]
    [InlineData("course-under-review.json", "Stage: underReview")]
    public async Task Assess_ReadmeSample_PrintsItsSummary(string sample, string expected)
    {
        var (exitCode, output, error) = await CommandLine.RunAsync("assess", Path.Combine(AppContext.BaseDirectory, "samples", sample), "--format", "markdown");

        exitCode.ShouldBe(0, error);
        output.ShouldContain(expected);
    }
}
