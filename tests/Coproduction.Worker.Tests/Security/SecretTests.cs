using System.Text;
using Coproduction.Emulator.Control;
using Coproduction.Graph.Schema;
using Coproduction.Worker.Commands;
using Coproduction.Worker.Faults;

namespace Coproduction.Worker.Security;

/// <summary>A client secret is configuration, never output: not in a log line, not in the state file, not in a report, not in a refusal.</summary>
public sealed class SecretTests : IDisposable
{
    private const string Secret = "Zq8~s3cr3t.Value_4f9a-NEVER-SHOWN";

    private readonly TemporaryFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    [Fact]
    public async Task Passes_WithAClientSecretConfiguredAndFaults_NeverWriteItToTheLogTheStateFileOrTheSite()
    {
        using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(2));
        await using var site = await FaultedSite.StartAsync(timeout.Token);
        var runner = site.Worker(new Dictionary<string, string?>
        {
            ["Coproduction:Graph:Credential"] = "ClientSecret",
            ["Coproduction:Graph:TenantId"] = "00000000-0000-0000-0000-000000000001",
            ["Coproduction:Graph:ClientId"] = "00000000-0000-0000-0000-000000000002",
            ["Coproduction:Graph:ClientSecret"] = Secret,
        });
        site.Emulator.Faults.Add(new ScriptedFault { Method = "PATCH", PathContains = "/fields", Status = 500 });
        site.Emulator.Faults.Add(new ScriptedFault { Method = "GET", PathContains = ":/sites/recovery", Status = 429, RetryAfter = "0" });

        for (var pass = 0; pass < 3; pass++)
        {
            await runner.RunOnceAsync(timeout.Token);
        }

        site.Log.Lines.ShouldContain(l => l.Contains("The pass over site", StringComparison.Ordinal) && l.Contains("failed", StringComparison.Ordinal), "a failure, with its exception, is logged");
        site.Log.Lines.ShouldContain(l => l.Contains("Graph answered HTTP 429", StringComparison.Ordinal), "a retry is logged");
        site.Log.Lines.ShouldAllBe(l => !l.Contains(Secret));
        var files = Directory.GetFiles(site.Folder, "*", SearchOption.AllDirectories);
        files.ShouldContain(f => f.EndsWith("state.db", StringComparison.Ordinal));
        foreach (var file in files)
        {
            HoldsSecret(Read(file)).ShouldBeFalse(file);
        }

        var (siteId, lists) = await site.Graph.FindListsAsync(FaultedSite.Site, timeout.Token);
        foreach (var report in await site.Graph.ReadItemsAsync(siteId, lists[SiteSchema.Evidence], timeout.Token))
        {
            HoldsSecret(await site.Graph.ReadFileAsync(siteId, lists[SiteSchema.Evidence], report.Id, timeout.Token)).ShouldBeFalse(report.Id);
        }
    }

    [Theory]
    [InlineData("https://graph.microsoft.com/v1.0", "Coproduction:Graph: TenantId is needed for the ClientSecret credential.")]
    [InlineData("http://graph.example.org/v1.0", "Coproduction:Graph: GraphUrl 'http://graph.example.org/v1.0' is not https")]
    public async Task Run_OptionsRefusedWithASecretInTheEnvironment_NamesTheMistakeAndNeverTheSecret(string graphUrl, string problem)
    {
        var (exitCode, output, error) = await ProgramProcess.RunAsync(
            ["run", "--once", "--site", FaultedSite.Site, "--graph-url", graphUrl, "--state", _folder.File("state.db")],
            new Dictionary<string, string> { ["Coproduction__Graph__Credential"] = "ClientSecret", ["Coproduction__Graph__ClientSecret"] = Secret });

        exitCode.ShouldBe(2);
        error.ShouldContain(problem);
        (error + output).ShouldNotContain(Secret);
        File.Exists(_folder.File("state.db")).ShouldBeFalse("nothing is written before the options are good");
    }

    private static byte[] Read(string path)
    {
        using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.ReadWrite | FileShare.Delete);
        using var buffer = new MemoryStream();
        stream.CopyTo(buffer);
        return buffer.ToArray();
    }

    private static bool HoldsSecret(byte[] content) =>
        content.AsSpan().IndexOf(Encoding.UTF8.GetBytes(Secret)) >= 0 || content.AsSpan().IndexOf(Encoding.Unicode.GetBytes(Secret)) >= 0;
}
