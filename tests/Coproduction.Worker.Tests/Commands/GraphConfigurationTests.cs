using Coproduction.Emulator;
using Coproduction.Worker.Hosting;

namespace Coproduction.Worker.Commands;

/// <summary>
/// provision, import, export and status sign in as <c>run</c> does: from appsettings.json and the
/// environment (real processes, so that the environment is their own), with --graph-url winning, and
/// are refused on the same mistakes.
/// </summary>
public sealed class GraphConfigurationTests : IAsyncLifetime, IDisposable
{
    private const string Site = "https://contoso.sharepoint.com/sites/recovery";
    private const string Secret = "Zq8~s3cr3t-from-systemd_7c1e-NEVER-SHOWN";

    private readonly TemporaryFolder _folder = new();
    private GraphEmulator _emulator = null!;

    public void Dispose() => _folder.Dispose();

    public async Task InitializeAsync() => _emulator = await RecoveryEmulator.StartAsync();

    public async Task DisposeAsync() => await _emulator.DisposeAsync();

    public static TheoryData<string[]> GraphCommands => new()
    {
        { new[] { "provision", "--site", Site } },
        { new[] { "import", Path.Combine(AppContext.BaseDirectory, "samples", "drifting-course.json"), "--site", Site } },
        { new[] { "export", "--site", Site, "--course", "understanding-anxiety-2026" } },
        { new[] { "status", "--site", Site } },
        { new[] { "check", "--site", Site } },
    };

    [Theory]
    [MemberData(nameof(GraphCommands))]
    public async Task Command_GraphUrlInTheEnvironment_IsUsed(string[] args)
    {
        (await CommandLine.RunAsync("provision", "--site", Site, "--graph-url", _emulator.GraphUrl)).ExitCode.ShouldBe(0);
        (await CommandLine.RunAsync("import", Path.Combine(AppContext.BaseDirectory, "samples", "drifting-course.json"), "--site", Site, "--graph-url", _emulator.GraphUrl)).ExitCode.ShouldBe(0);
        _emulator.Requests.Reset();

        var (exitCode, _, error) = await ProgramProcess.RunAsync(args, new Dictionary<string, string> { ["Coproduction__Graph__GraphUrl"] = _emulator.GraphUrl });

        error.ShouldNotContain("Credential");
        exitCode.ShouldBeOneOf([0, 3], error);
        _emulator.Requests.Total.ShouldBeGreaterThan(0, "the command asked the emulator the environment names");
    }

    [Theory]
    [MemberData(nameof(GraphCommands))]
    public async Task Command_NoCredentialNamedForGraph_ExitsTwoSayingToNameOneAndAsksNothing(string[] args)
    {
        var (exitCode, output, error) = await ProgramProcess.RunAsync([.. args, "--graph-url", "https://graph.microsoft.com/v1.0"]);

        exitCode.ShouldBe(2, output + error);
        error.ShouldContain("Coproduction:Graph: Credential is not set: name how to sign in to Microsoft Graph");
        error.ShouldContain("Developer");
    }

    [Theory]
    [InlineData("Default", "Coproduction:Graph: Credential 'Default' is no longer accepted")]
    [InlineData("AzureCli", "Coproduction:Graph: Credential 'AzureCli' is not one of")]
    public async Task Provision_CredentialOfNoKnownName_ExitsTwoNamingIt(string credential, string message)
    {
        var (exitCode, _, error) = await ProgramProcess.RunAsync(
            ["provision", "--site", Site], new Dictionary<string, string> { ["Coproduction__Graph__Credential"] = credential });

        exitCode.ShouldBe(2, error);
        error.ShouldContain(message);
    }

    [Fact]
    public async Task Provision_GraphUrlOnTheCommandLine_WinsOverTheConfiguredOne()
    {
        var (exitCode, output, error) = await ProgramProcess.RunAsync(
            ["provision", "--site", Site, "--graph-url", _emulator.GraphUrl],
            new Dictionary<string, string> { ["Coproduction__Graph__GraphUrl"] = "http://graph.example.org/v1.0" });

        exitCode.ShouldBe(0, error);
        output.ShouldContain("created 13 lists and libraries");
    }

    [Fact]
    public async Task Status_ConfiguredGraphUrlNotHttps_ExitsTwoAsRunDoes()
    {
        var environment = new Dictionary<string, string> { ["Coproduction__Graph__GraphUrl"] = "http://graph.example.org/v1.0" };

        var status = await ProgramProcess.RunAsync(["status", "--site", Site], environment);
        var run = await ProgramProcess.RunAsync(["run", "--once", "--site", Site, "--state", _folder.File("state.db")], environment);

        status.ExitCode.ShouldBe(2);
        run.ExitCode.ShouldBe(2);
        status.Error.ShouldBe(run.Error);
        status.Error.ShouldContain("Coproduction:Graph: GraphUrl 'http://graph.example.org/v1.0' is not https");
    }

    [Fact]
    public async Task Status_RequestTimeoutThatIsNoTime_ExitsTwoNamingTheSetting()
    {
        var (exitCode, _, error) = await ProgramProcess.RunAsync(
            ["status", "--site", Site, "--graph-url", _emulator.GraphUrl], new Dictionary<string, string> { ["Coproduction__Graph__RequestTimeout"] = "soon" });

        exitCode.ShouldBe(2, error);
        error.ShouldContain("Coproduction:Graph:RequestTimeout");
    }

    [Theory]
    [InlineData("status")]
    [InlineData("run")]
    public async Task Command_ClientSecretFromSystemdCredentials_IsTheConfiguredSecret(string command)
    {
        // Organisation is wrong on purpose: the options are refused without going to the network, and
        // every problem is named, so a missing secret would be among them.
        var environment = new Dictionary<string, string>
        {
            ["Coproduction__Graph__Credential"] = "ClientSecret",
            ["Coproduction__Graph__TenantId"] = "00000000-0000-0000-0000-000000000001",
            ["Coproduction__Graph__ClientId"] = "00000000-0000-0000-0000-000000000002",
            ["Coproduction__Graph__Organisation"] = "not|this",
        };
        string[] args = command == "run"
            ? ["run", "--once", "--site", Site, "--graph-url", "https://graph.microsoft.com/v1.0", "--state", _folder.File("state.db")]
            : ["status", "--site", Site, "--graph-url", "https://graph.microsoft.com/v1.0"];
        var credentials = Directory.CreateDirectory(Path.Combine(_folder.Path, "credentials")).FullName;

        var without = await ProgramProcess.RunAsync(args, environment);
        File.WriteAllText(Path.Combine(credentials, SystemdCredentials.ClientSecret), Secret + "\n");
        var with = await ProgramProcess.RunAsync(args, new Dictionary<string, string>(environment) { ["CREDENTIALS_DIRECTORY"] = credentials });

        without.Error.ShouldContain("ClientSecret is needed for the ClientSecret credential.");
        with.ExitCode.ShouldBe(2);
        with.Error.ShouldContain("Organisation must be a name without '|'");
        with.Error.ShouldNotContain("ClientSecret is needed");
        (with.Output + with.Error).ShouldNotContain(Secret);
    }

    [Fact]
    public async Task Status_CertificateFromSystemdCredentials_IsTheConfiguredCertificate()
    {
        var environment = new Dictionary<string, string>
        {
            ["Coproduction__Graph__Credential"] = "ClientCertificate",
            ["Coproduction__Graph__TenantId"] = "00000000-0000-0000-0000-000000000001",
            ["Coproduction__Graph__ClientId"] = "00000000-0000-0000-0000-000000000002",
            ["Coproduction__Graph__Organisation"] = "not|this",
        };
        string[] args = ["status", "--site", Site, "--graph-url", "https://graph.microsoft.com/v1.0"];
        var credentials = Directory.CreateDirectory(Path.Combine(_folder.Path, "credentials")).FullName;

        var without = await ProgramProcess.RunAsync(args, environment);
        File.WriteAllText(Path.Combine(credentials, "client-certificate.pem"), "-----BEGIN CERTIFICATE-----\n");
        var with = await ProgramProcess.RunAsync(args, new Dictionary<string, string>(environment) { ["CREDENTIALS_DIRECTORY"] = credentials });

        without.Error.ShouldContain("CertificatePath is needed");
        with.Error.ShouldContain("Organisation must be a name without '|'");
        with.Error.ShouldNotContain("CertificatePath");
    }
}
