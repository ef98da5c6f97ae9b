using Coproduction.Emulator;
using Coproduction.Graph.Connection;

namespace Coproduction.Graph;

/// <summary>An emulator with one site, and the adapter pointed at it through the real SDK, fresh for each test.</summary>
public abstract class EmulatedSite : IAsyncLifetime
{
    protected const string SiteUrl = "https://contoso.sharepoint.com/sites/recovery";

    protected GraphEmulator Emulator { get; private set; } = null!;

    protected CoproductionGraphClient Graph { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        var options = new GraphEmulatorOptions();
        options.Sites.Add("contoso.sharepoint.com/sites/recovery");
        Emulator = await GraphEmulator.StartAsync(options);
        Graph = new CoproductionGraphClient(new CoproductionGraphOptions { GraphUrl = Emulator.GraphUrl, Organisation = "NSFT" });
    }

    public async Task DisposeAsync()
    {
        Graph.Dispose();
        await Emulator.DisposeAsync();
    }
}
