using Coproduction.Emulator;

namespace Coproduction.Worker.Commands;

public sealed class ProvisionCommandTests : IAsyncLifetime
{
    private GraphEmulator _emulator = null!;

    public async Task InitializeAsync()
    {
        var options = new GraphEmulatorOptions();
        options.Sites.Add("contoso.sharepoint.com/sites/recovery");
        _emulator = await GraphEmulator.StartAsync(options);
    }

    public async Task DisposeAsync() => await _emulator.DisposeAsync();

    [Fact]
    public async Task Provision_Twice_CreatesThenChangesNothing()
    {
        var first = await CommandLine.RunAsync("provision", "--site", "https://contoso.sharepoint.com/sites/recovery", "--graph-url", _emulator.GraphUrl);
        var second = await CommandLine.RunAsync("provision", "--site", "https://contoso.sharepoint.com/sites/recovery", "--graph-url", _emulator.GraphUrl);

        first.ExitCode.ShouldBe(0, first.Error);
        first.Output.ShouldContain("created 11 lists and libraries");
        first.Output.ShouldContain("  created Coproduction courses");
        second.ExitCode.ShouldBe(0);
        second.Output.ShouldContain("nothing changed");
    }

    [Fact]
    public async Task Provision_UnknownSite_ExitsTwoWithGraphsAnswer()
    {
        var (exitCode, _, error) = await CommandLine.RunAsync("provision", "--site", "https://contoso.sharepoint.com/sites/nowhere", "--graph-url", _emulator.GraphUrl);

        exitCode.ShouldBe(2);
        error.ShouldContain("(HTTP 404, itemNotFound)");
    }

    [Theory]
    [InlineData("--site", "not a url", "--site: 'not a url' is not a site URL")]
    [InlineData("--graph-url", "http://graph.example.org/v1.0", "--graph-url: GraphUrl 'http://graph.example.org/v1.0' is not https")]
    public async Task Provision_BadOption_ExitsTwoNamingIt(string option, string value, string message)
    {
        string[] args = option == "--site"
            ? ["provision", "--site", value, "--graph-url", _emulator.GraphUrl]
            : ["provision", "--site", "https://contoso.sharepoint.com/sites/recovery", "--graph-url", value];

        var (exitCode, _, error) = await CommandLine.RunAsync(args);

        exitCode.ShouldBe(2);
        error.ShouldContain(message);
    }
}
