namespace Coproduction.Worker.Commands;

/// <summary><c>coproduction overview FILE...</c>: the college overview of snapshot files, offline, and what it refuses.</summary>
public sealed class OverviewCommandTests : IDisposable
{
    private readonly TemporaryFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    private static string Sample(string name) => Path.Combine(AppContext.BaseDirectory, "samples", name);

    [Fact]
    public async Task Overview_TwoSamplesToAFile_WritesOnePageOfBoth()
    {
        var target = _folder.File("overview.html");

        var (exit, output, error) = await CommandLine.RunAsync("overview", Sample("healthy-new-course.json"), Sample("drifting-course.json"), "--output", target);

        exit.ShouldBe(0, error);
        output.ShouldBeEmpty();
        var page = File.ReadAllText(target);
        page.ShouldContain("<h1>College overview of co-production</h1>");
        page.ShouldContain("<bdi>Managing Sleep</bdi>");
        page.ShouldContain("<bdi>Understanding Anxiety</bdi>");
        page.ShouldContain("<bdi>drifting-course.json</bdi>", Case.Sensitive, "offline, a course's site is the file it came from");
        page.ShouldNotContain("Aisha", Case.Insensitive);
    }

    [Fact]
    public async Task Overview_ABadFileAmongGoodOnes_FailsNamingItAndWritesNothing()
    {
        var target = _folder.File("overview.html");
        var bad = _folder.File("bad.json", "{\"format\": \"coproduction-snapshot/1\"");

        var (exit, _, error) = await CommandLine.RunAsync("overview", Sample("healthy-new-course.json"), bad, "--output", target);

        exit.ShouldBe(2);
        error.ShouldContain(bad);
        File.Exists(target).ShouldBeFalse("no half-made page");
    }

    [Fact]
    public async Task Overview_TheSameFileTwice_IsRefused()
    {
        var (exit, _, error) = await CommandLine.RunAsync("overview", Sample("healthy-new-course.json"), Sample("healthy-new-course.json"));

        exit.ShouldBe(2);
        error.ShouldContain("the file is given twice");
    }

    [Fact]
    public async Task Overview_SmallestCountOfOne_IsRefusedNamingTheOption()
    {
        var (exit, _, error) = await CommandLine.RunAsync("overview", Sample("healthy-new-course.json"), "--smallest-count", "1");

        exit.ShouldBe(2);
        error.ShouldContain("--smallest-count: SmallestCountShown must be 2 or more");
    }

    [Fact]
    public async Task Overview_NoFile_IsAUsageError()
    {
        var (exit, _, _) = await CommandLine.RunAsync("overview");

        exit.ShouldNotBe(0);
    }
}
