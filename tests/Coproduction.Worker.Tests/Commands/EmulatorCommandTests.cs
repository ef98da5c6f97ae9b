using System.Diagnostics;
using System.Net.Http.Headers;
using System.Text.RegularExpressions;

namespace Coproduction.Worker.Commands;

/// <summary><c>coproduction emulator</c> as a person runs it: a real process, called over HTTP, stopped with Ctrl+C.</summary>
public sealed class EmulatorCommandTests
{
    [Fact]
    public async Task Emulator_Started_PrintsWhereItListensAndServesTheSite()
    {
        using var process = Start("emulator", "--urls", "http://127.0.0.1:0", "--site", "contoso.sharepoint.com/sites/demo");
        try
        {
            using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(1));
            var line = await process.StandardOutput.ReadLineAsync(timeout.Token);
            var match = Regex.Match(line ?? string.Empty, @"^Graph emulator listening on (http://127\.0\.0\.1:\d+/v1\.0)$");
            match.Success.ShouldBeTrue(line);

            using var http = new HttpClient();
            using var request = new HttpRequestMessage(HttpMethod.Get, $"{match.Groups[1].Value}/sites/contoso.sharepoint.com:/sites/demo");
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", "user:sam@example.org");
            using var response = await http.SendAsync(request, timeout.Token);
            ((int)response.StatusCode).ShouldBe(200);

            // Ctrl+C: SIGINT, as a terminal sends it.
            using var interrupt = Process.Start("kill", ["-INT", process.Id.ToString(System.Globalization.CultureInfo.InvariantCulture)]);
            await process.WaitForExitAsync(timeout.Token);
            process.ExitCode.ShouldBe(0);
        }
        finally
        {
            if (!process.HasExited)
            {
                process.Kill();
            }
        }
    }

    [Fact]
    public async Task Emulator_AddressBeyondLoopback_IsRefused()
    {
        using var process = Start("emulator", "--urls", "http://0.0.0.0:0");
        using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(1));

        var error = await process.StandardError.ReadToEndAsync(timeout.Token);
        await process.WaitForExitAsync(timeout.Token);

        process.ExitCode.ShouldBe(2);
        error.ShouldContain("not a loopback address");
    }

    [Fact]
    public async Task Emulator_KestrelEndpointBeyondLoopbackInTheEnvironment_StillListensOnLoopbackOnly()
    {
        using var process = Start(new Dictionary<string, string> { ["Kestrel__Endpoints__Beyond__Url"] = "http://0.0.0.0:0" }, "emulator", "--urls", "http://127.0.0.1:0");
        try
        {
            using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(1));
            var line = await process.StandardOutput.ReadLineAsync(timeout.Token);

            line.ShouldNotBeNull().ShouldMatch(@"^Graph emulator listening on http://127\.0\.0\.1:\d+/v1\.0$");
        }
        finally
        {
            process.Kill();
            await process.WaitForExitAsync();
        }
    }

    private static Process Start(params string[] args) => Start(new Dictionary<string, string>(), args);

    private static Process Start(Dictionary<string, string> environment, params string[] args)
    {
        var start = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var (name, value) in environment)
        {
            start.Environment[name] = value;
        }

        start.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "coproduction.dll"));
        foreach (var arg in args)
        {
            start.ArgumentList.Add(arg);
        }

        return Process.Start(start)!;
    }
}
