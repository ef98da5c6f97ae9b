using Coproduction.Worker.Commands;

namespace Coproduction.Worker.Cli;

/// <summary>Files the command line writes hold names: they are their owner's only (0600) on Unix.</summary>
public sealed class CommandOutputTests : IDisposable
{
    private const UnixFileMode OwnerOnly = UnixFileMode.UserRead | UnixFileMode.UserWrite;

    private readonly TemporaryFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    [Fact]
    public async Task WriteAsync_NewFile_IsReadableByItsOwnerOnly()
    {
        var path = _folder.File("out.json");

        await CommandOutput.WriteAsync("{}\n", new FileInfo(path), TextWriter.Null, CancellationToken.None);

        File.ReadAllText(path).ShouldBe("{}\n");
        if (!OperatingSystem.IsWindows())
        {
            File.GetUnixFileMode(path).ShouldBe(OwnerOnly);
        }
    }

    [Fact]
    public async Task WriteAsync_OverAFileOthersCouldRead_LeavesItOwnerOnly()
    {
        var path = _folder.File("out.json", "old");
        if (!OperatingSystem.IsWindows())
        {
            File.SetUnixFileMode(path, OwnerOnly | UnixFileMode.GroupRead | UnixFileMode.OtherRead);
        }

        await CommandOutput.WriteAsync("new", new FileInfo(path), TextWriter.Null, CancellationToken.None);

        File.ReadAllText(path).ShouldBe("new");
        if (!OperatingSystem.IsWindows())
        {
            File.GetUnixFileMode(path).ShouldBe(OwnerOnly);
        }
    }

    [Fact]
    public async Task Export_SnapshotWithNames_IsWrittenOwnerOnly()
    {
        await using var emulator = await RecoveryEmulator.StartAsync();
        const string Site = RecoveryEmulator.Site;
        var exported = _folder.File("exported.json");
        (await CommandLine.RunAsync("provision", "--site", Site, "--graph-url", emulator.GraphUrl)).ExitCode.ShouldBe(0);
        (await CommandLine.RunAsync("import", Path.Combine(AppContext.BaseDirectory, "samples", "drifting-course.json"), "--site", Site, "--graph-url", emulator.GraphUrl)).ExitCode.ShouldBe(0);

        var export = await CommandLine.RunAsync("export", "--site", Site, "--course", "understanding-anxiety-2026", "--graph-url", emulator.GraphUrl, "--output", exported);

        export.ExitCode.ShouldBe(0, export.Error);
        File.ReadAllText(exported).ShouldContain("\"displayName\"");
        if (!OperatingSystem.IsWindows())
        {
            File.GetUnixFileMode(exported).ShouldBe(OwnerOnly);
        }
    }

    [Fact]
    public async Task Report_WithNames_IsWrittenOwnerOnly()
    {
        var report = _folder.File("report.html");

        var (exitCode, _, error) = await CommandLine.RunAsync("report", Path.Combine(AppContext.BaseDirectory, "samples", "drifting-course.json"), "--show-names", "--output", report);

        exitCode.ShouldBe(0, error);
        if (!OperatingSystem.IsWindows())
        {
            File.GetUnixFileMode(report).ShouldBe(OwnerOnly);
        }
    }
}
