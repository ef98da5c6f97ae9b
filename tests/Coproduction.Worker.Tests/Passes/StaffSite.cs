using Coproduction.Emulator;
using Coproduction.Worker.Faults;
using Microsoft.Extensions.Time.Testing;

namespace Coproduction.Worker.Passes;

/// <summary>
/// A provisioned site for a test of what staff do, on a tenant variant, with a clock of its own: the
/// site, its lists found once, and the hands staff work it with. Bounded to two minutes, as a pass must be.
/// </summary>
internal sealed class StaffSite : IAsyncDisposable
{
    private readonly CancellationTokenSource _timeout = new(TimeSpan.FromMinutes(2));

    private StaffSite()
    {
    }

    public FaultedSite Site { get; private set; } = null!;

    public string SiteId { get; private set; } = null!;

    public IReadOnlyDictionary<string, string> Lists { get; private set; } = null!;

    public StaffHands Hands { get; private set; } = null!;

    public CancellationToken Cancellation => _timeout.Token;

    public static async Task<StaffSite> StartAsync(TenantVariant variant, DateTimeOffset now)
    {
        var staff = new StaffSite();
        staff.Site = await FaultedSite.StartAsync(variant, new FakeTimeProvider(now), staff.Cancellation, string.Empty);
        (staff.SiteId, staff.Lists) = await staff.Site.Graph.FindListsAsync(FaultedSite.Site, staff.Cancellation);
        staff.Hands = new StaffHands(staff.Site, staff.SiteId, staff.Lists, staff.Cancellation);
        return staff;
    }

    public async ValueTask DisposeAsync()
    {
        await Site.DisposeAsync();
        _timeout.Dispose();
    }
}
