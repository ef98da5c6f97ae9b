using System.Text.Json.Nodes;
using Coproduction.Emulator.Infrastructure;

namespace Coproduction.Emulator.Behaviour;

/// <summary>
/// A lookup to an item that is then deleted: the tenant keeps the id (generous) or empties the lookup
/// (sparse), neither recorded (docs/graph-assumptions.md, 55); either way the item holding it is not changed.
/// </summary>
public abstract class DeletedLookupTests(TenantVariant variant) : EmulatorTest(variant)
{
    [Fact]
    public async Task Delete_AnItemLookedUp_KeepsOrEmptiesTheLookupsAsTheVariantSays()
    {
        var decisions = await CreateListAsync("Coproduction decisions");
        var log = await CreateListAsync("Coproduction log");
        foreach (var (name, many) in new[] { ("OnDecision", false), ("Decisions", true) })
        {
            var added = await Http.SendAsync("POST", $"{SitePath}/lists/{log}/columns", new JsonObject
            {
                ["name"] = name, ["lookup"] = new JsonObject { ["listId"] = decisions, ["columnName"] = "Title", ["allowMultipleValues"] = many },
            });
            added.Status.ShouldBe(201, added.Text);
        }

        var gone = await CreateItemAsync(decisions, new JsonObject { ["Title"] = "Two sessions" });
        var kept = await CreateItemAsync(decisions, new JsonObject { ["Title"] = "Three sessions" });
        var entry = await CreateItemAsync(log, new JsonObject
        {
            ["Title"] = "Feedback", ["OnDecisionLookupId"] = gone, ["DecisionsLookupId@odata.type"] = "Collection(Edm.String)", ["DecisionsLookupId"] = new JsonArray(gone, kept),
        });
        var before = (await Http.GetAsync($"{SitePath}/lists/{log}/items/{entry}?$expand=fields")).Body;

        (await Http.SendAsync("DELETE", $"{SitePath}/lists/{decisions}/items/{gone}")).Status.ShouldBe(204);

        var after = (await Http.GetAsync($"{SitePath}/lists/{log}/items/{entry}?$expand=fields")).Body;
        var ids = after["fields"]!["Decisions"]!.AsArray().Select(e => e!["LookupId"]!.GetValue<int>().ToString(System.Globalization.CultureInfo.InvariantCulture)).ToList();
        if (Variant.DeletedLookupsCleared)
        {
            after["fields"]!["OnDecisionLookupId"].ShouldBeNull();
            ids.ShouldBe([kept]);
        }
        else
        {
            after["fields"]!["OnDecisionLookupId"]!.GetValue<string>().ShouldBe(gone);
            ids.ShouldBe([gone, kept]);
        }

        after["eTag"]!.GetValue<string>().ShouldBe(before["eTag"]!.GetValue<string>(), "the item holding the lookup is not changed");
    }
}

/// <summary>On a tenant that keeps a lookup's id.</summary>
public sealed class DeletedLookupOnAGenerousTenantTests() : DeletedLookupTests(TenantVariant.Generous);

/// <summary>On a tenant that empties it.</summary>
public sealed class DeletedLookupOnASparseTenantTests() : DeletedLookupTests(TenantVariant.Sparse);
