using System.Text.Json.Nodes;
using Microsoft.Extensions.Time.Testing;

namespace Coproduction.Emulator.Infrastructure;

/// <summary>
/// A fresh emulator for each test, with one site, on loopback, on its own clock, answering as the
/// given tenant variant (by default the generous one); and helpers that set up lists and items over plain HTTP.
/// </summary>
public abstract class EmulatorTest(TenantVariant? variant = null) : IAsyncLifetime
{
    protected const string SiteAddress = "contoso.sharepoint.com/sites/recovery";

    protected FakeTimeProvider Clock { get; } = new(new DateTimeOffset(2026, 3, 1, 9, 0, 0, TimeSpan.Zero));

    protected GraphEmulator Emulator { get; private set; } = null!;

    internal GraphHttp Http { get; private set; } = null!;

    protected string SiteId { get; private set; } = null!;

    protected string SitePath => $"sites/{SiteId}";

    /// <summary>How the emulated tenant answers where the evidence is open.</summary>
    protected TenantVariant Variant { get; } = variant ?? TenantVariant.Generous;

    public virtual async Task InitializeAsync()
    {
        var options = new GraphEmulatorOptions { TimeProvider = Clock, ItemPageSize = 200, DeltaPageSize = 200, Variant = Variant };
        options.Sites.Add(SiteAddress);
        Emulator = await GraphEmulator.StartAsync(options);
        SiteId = Emulator.AddSite(SiteAddress);
        Http = new GraphHttp(Emulator.GraphUrl);
    }

    public async Task DisposeAsync()
    {
        Http.Dispose();
        await Emulator.DisposeAsync();
    }

    /// <summary>Creates a list with text columns (and a number column for each name starting with '#').</summary>
    internal async Task<string> CreateListAsync(string name, string template = "genericList", params string[] columns)
    {
        var definitions = new JsonArray();
        foreach (var column in columns)
        {
            definitions.Add(column.StartsWith('#')
                ? new JsonObject { ["name"] = column[1..], ["number"] = new JsonObject() }
                : new JsonObject { ["name"] = column, ["text"] = new JsonObject() });
        }

        var answer = await Http.SendAsync("POST", $"{SitePath}/lists", new JsonObject
        {
            ["displayName"] = name,
            ["columns"] = definitions,
            ["list"] = new JsonObject { ["template"] = template },
        });
        answer.Status.ShouldBe(201, answer.Text);
        return answer.Body["id"]!.GetValue<string>();
    }

    internal async Task<string> CreateItemAsync(string listId, JsonObject fields, string token = GraphHttp.Sam)
    {
        var answer = await Http.SendAsync("POST", $"{SitePath}/lists/{listId}/items", new JsonObject { ["fields"] = fields }, token);
        answer.Status.ShouldBe(201, answer.Text);
        return answer.Body["id"]!.GetValue<string>();
    }
}
