using Coproduction.Emulator;
using Coproduction.Graph.Connection;

namespace Coproduction.Graph;

/// <summary>
/// An emulator with one site, and the adapter pointed at it through the real SDK, fresh for each test.
/// A test class that must hold on any tenant is abstract and takes the tenant variant; a class for
/// each variant runs it (see <see cref="TenantVariant"/>).
/// </summary>
public abstract class EmulatedSite(TenantVariant? variant = null) : IAsyncLifetime
{
    protected const string SiteUrl = "https://contoso.sharepoint.com/sites/recovery";

    protected GraphEmulator Emulator { get; private set; } = null!;

    protected CoproductionGraphClient Graph { get; private set; } = null!;

    /// <summary>How the emulated tenant answers where the evidence is open.</summary>
    protected TenantVariant Variant { get; } = variant ?? TenantVariant.Generous;

    /// <summary>Plain HTTP to the emulator as a member of staff, for setting up what staff would do by hand.</summary>
    protected HttpClient Staff { get; private set; } = null!;

    public virtual async Task InitializeAsync()
    {
        var options = new GraphEmulatorOptions { Variant = Variant };
        options.Sites.Add("contoso.sharepoint.com/sites/recovery");
        Emulator = await GraphEmulator.StartAsync(options);
        Graph = new CoproductionGraphClient(new CoproductionGraphOptions { GraphUrl = Emulator.GraphUrl, Organisation = "NSFT" });
        Staff = new HttpClient { BaseAddress = new Uri(Emulator.GraphUrl + "/") };
        Staff.DefaultRequestHeaders.Authorization = new("Bearer", "user:staff@example.org");
    }

    public virtual async Task DisposeAsync()
    {
        Staff.Dispose();
        Graph.Dispose();
        await Emulator.DisposeAsync();
    }
}
