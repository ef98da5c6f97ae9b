using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Coproduction.Graph.Schema;
using Coproduction.Graph.Schema.Lists;

namespace Coproduction.Graph.Provisioning;

/// <summary>A choice column on a site provisioned by an earlier version gains the choices a newer one offers (the flag kinds of version 1.1), and keeps its own.</summary>
public sealed class SiteProvisionerChoicesTests : EmulatedSite
{
    /// <summary>The flags list's kinds as version 1.0 of the library offered them.</summary>
    private static readonly string[] EarlierKinds =
    [
        "Sole author without feedback", "Sole focus", "Pushed through without feedback", "Pulling rank", "Telling people what to work on",
        "Over reviewing", "Unexplained exemption", "Stage change not permitted",
    ];

    [Fact]
    public async Task Provision_FlagKindOfAnEarlierVersion_AddsTheNewKindsAfterItsOwn()
    {
        var site = (await Graph.FindListsAsync(SiteUrl)).SiteId;
        (await Staff.PostAsJsonAsync($"sites/{site}/lists", new JsonObject
        {
            ["displayName"] = FlagsList.Schema.DisplayName,
            ["columns"] = new JsonArray(new JsonObject
            {
                ["name"] = "FlagKind",
                ["choice"] = new JsonObject { ["choices"] = new JsonArray([.. EarlierKinds.Append("A kind staff added").Select(k => (JsonNode?)k)]) },
            }),
        })).EnsureSuccessStatusCode();

        var report = await Graph.Provisioner.ProvisionAsync(SiteUrl);

        report.AddedChoices.ShouldBe(["Coproduction flags/FlagKind/Input not answered", "Coproduction flags/FlagKind/Not co-delivered"]);
        report.Changed.ShouldBeTrue();
        (await ChoicesAsync(site)).ShouldBe([.. EarlierKinds, "A kind staff added", "Input not answered", "Not co-delivered"]);
        FlagsList.Kind.Schema.Choices.ShouldBe([.. EarlierKinds, "Input not answered", "Not co-delivered"], "a new kind comes after the worker's own, as sites have them");

        var again = await Graph.Provisioner.ProvisionAsync(SiteUrl);

        again.AddedChoices.ShouldBeEmpty();
        Emulator.Requests.Of("updateColumn").ShouldBe(1);
    }

    [Fact]
    public async Task Provision_NewSite_UpdatesNoColumn()
    {
        await Graph.Provisioner.ProvisionAsync(SiteUrl);
        var again = await Graph.Provisioner.ProvisionAsync(SiteUrl);

        again.AddedChoices.ShouldBeEmpty();
        Emulator.Requests.Of("updateColumn").ShouldBe(0);
    }

    private async Task<List<string>> ChoicesAsync(string site)
    {
        var flags = (await Graph.FindListsAsync(SiteUrl)).Lists[SiteSchema.FlagList];
        var columns = await Staff.GetFromJsonAsync<JsonObject>($"sites/{site}/lists/{flags}/columns");
        return [.. columns!["value"]!.AsArray().Single(c => c!["name"]!.GetValue<string>() == "FlagKind")!["choice"]!["choices"]!.AsArray().Select(c => c!.GetValue<string>())];
    }
}
