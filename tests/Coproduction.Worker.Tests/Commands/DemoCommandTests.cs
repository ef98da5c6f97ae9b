using Coproduction.Graph;
using Coproduction.Graph.Connection;
using Coproduction.Graph.Schema;
using Coproduction.Snapshots;

namespace Coproduction.Worker.Commands;

public sealed class DemoCommandTests : IDisposable
{
    private const string Site = "https://contoso.sharepoint.com/sites/recovery";

    private readonly TemporaryFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    [Theory]
    [InlineData("../../escaped.html")]
    [InlineData("/tmp/coproduction-escaped.html")]
    [InlineData("..")]
    [InlineData(".bashrc")]
    public async Task WriteReports_ServerGivesAFileNameThatIsAPath_WritesOnlyOurOwnNameInTheFolder(string hostile)
    {
        await using var emulator = await RecoveryEmulator.StartAsync();
        using var graph = new CoproductionGraphClient(new CoproductionGraphOptions { GraphUrl = emulator.GraphUrl });
        await graph.Provisioner.ProvisionAsync(Site);
        var snapshot = SnapshotSerializer.Deserialize(await File.ReadAllTextAsync(Path.Combine(AppContext.BaseDirectory, "samples", "drifting-course.json")));
        await graph.ImportAsync(snapshot, Site);
        var (siteId, lists) = await graph.FindListsAsync(Site);
        var course = (await graph.ReadItemsAsync(siteId, lists[SiteSchema.Courses])).Single();
        var report = await graph.UploadAsync(siteId, lists[SiteSchema.Evidence], "report.html", "<!DOCTYPE html>"u8.ToArray(), new Coproduction.Graph.Writing.FieldSet().Set(Coproduction.Graph.Schema.Lists.EvidenceLibrary.Course, course.Id));
        var stray = await graph.UploadAsync(siteId, lists[SiteSchema.Evidence], "stray.html", "not ours"u8.ToArray());
        emulator.RenameFileUnchecked(siteId, lists[SiteSchema.Evidence], report, hostile);
        emulator.RenameFileUnchecked(siteId, lists[SiteSchema.Evidence], stray, hostile);
        var output = Directory.CreateDirectory(Path.Combine(_folder.Path, "a", "b", "out"));

        var written = await DemoCommand.WriteReportsAsync(graph, Site, [snapshot.Course.Id], output, CancellationToken.None);

        written.ShouldBe(["understanding-anxiety-2026-evidence.html"]);
        Directory.GetFileSystemEntries(_folder.Path, "*", SearchOption.AllDirectories).Select(p => Path.GetRelativePath(_folder.Path, p)).ShouldBe(
            ["a", Path.Combine("a", "b"), Path.Combine("a", "b", "out"), Path.Combine("a", "b", "out", "understanding-anxiety-2026-evidence.html")], ignoreOrder: true);
        File.Exists("/tmp/coproduction-escaped.html").ShouldBeFalse();
        File.ReadAllText(Path.Combine(output.FullName, "understanding-anxiety-2026-evidence.html")).ShouldBe("<!DOCTYPE html>");
    }

    [Theory]
    [InlineData("understanding-anxiety-2026", "understanding-anxiety-2026")]
    [InlineData("../etc/passwd", "___etc_passwd")]
    [InlineData("", "course")]
    public void SafeName_CourseId_IsLettersDigitsAndDashesOnly(string courseId, string name)
    {
        DemoCommand.SafeName(courseId).ShouldBe(name);
    }

    [Fact]
    public async Task Demo_Reports_AreReadableByTheirOwnerOnly()
    {
        var output = Path.Combine(_folder.Path, "out");

        var (exitCode, _, error) = await CommandLine.RunAsync("demo", "--output", output);

        exitCode.ShouldBe(0, error);
        if (OperatingSystem.IsWindows())
        {
            return;
        }

        File.GetUnixFileMode(output).ShouldBe(UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute);
        var reports = Directory.GetFiles(output);
        reports.Length.ShouldBe(4, "three reports and the college overview");
        foreach (var report in reports)
        {
            File.GetUnixFileMode(report).ShouldBe(UnixFileMode.UserRead | UnixFileMode.UserWrite, report);
        }
    }
}
