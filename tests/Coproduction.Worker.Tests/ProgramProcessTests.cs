using System.Diagnostics;
using Coproduction.Worker.Commands;

namespace Coproduction.Worker;

/// <summary>The built <c>coproduction</c> program, run as a real process: exit codes and streams as a shell sees them.</summary>
public sealed class ProgramProcessTests : IDisposable
{
    private readonly TemporaryFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    [Fact]
    public async Task Process_ValidSnapshot_ExitsZeroWithJsonOnStandardOutput()
    {
        var (exitCode, output, error) = await RunAsync("assess", _folder.File("course.json", TestSnapshots.Valid()));

        exitCode.ShouldBe(0);
        output.ShouldStartWith("{\n  \"courseId\": \"sleep-2026\"");
        error.ShouldBeEmpty();
    }

    [Fact]
    public async Task Process_InvalidSnapshot_ExitsTwoWithTheMessageOnStandardError()
    {
        var (exitCode, output, error) = await RunAsync("assess", _folder.File("bad.json", TestSnapshots.DanglingReference));

        exitCode.ShouldBe(2);
        output.ShouldBeEmpty();
        error.ShouldContain("$.activities[1].on: no material or decision has id 'm9'");
    }

    [Fact]
    public async Task Process_Help_ListsTheCommands()
    {
        var (exitCode, output, _) = await RunAsync("--help");

        exitCode.ShouldBe(0);
        output.ShouldContain("assess");
        output.ShouldContain("lifecycle");
    }

    private static async Task<(int ExitCode, string Output, string Error)> RunAsync(params string[] args)
    {
        var program = Path.Combine(AppContext.BaseDirectory, "coproduction.dll");
        var start = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true };
        start.ArgumentList.Add(program);
        foreach (var arg in args)
        {
            start.ArgumentList.Add(arg);
        }

        using var process = Process.Start(start)!;
        using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(1));
        var output = process.StandardOutput.ReadToEndAsync(timeout.Token);
        var error = process.StandardError.ReadToEndAsync(timeout.Token);
        await process.WaitForExitAsync(timeout.Token);
        return (process.ExitCode, await output, await error);
    }
}
