using System.Text.Json.Nodes;
using Coproduction.Emulator.Infrastructure;

namespace Coproduction.Emulator.Behaviour;

/// <summary>
/// A value a choice column does not offer, written through Graph (a flow, a script: SharePoint's form offers
/// only the choices): refused (generous) or kept as written (sparse), neither recorded (docs/graph-assumptions.md, 57).
/// </summary>
public abstract class ChoiceTests(TenantVariant variant) : EmulatorTest(variant)
{
    [Fact]
    public async Task Item_ValueNotOffered_IsRefusedOrKeptAsTheVariantSays()
    {
        var list = await CreateListAsync("Coproduction log");
        (await Http.SendAsync("POST", $"{SitePath}/lists/{list}/columns", JsonNode.Parse("""{"name":"Kind","choice":{"choices":["Meeting","Feedback"]}}"""))).Status.ShouldBe(201);

        var answer = await Http.SendAsync("POST", $"{SitePath}/lists/{list}/items", new JsonObject { ["fields"] = new JsonObject { ["Title"] = "Entry", ["Kind"] = "Coffee morning" } });

        if (Variant.ChoicesTakeOnlyOffered)
        {
            answer.Status.ShouldBe(400);
            answer.Body["error"]!["message"]!.GetValue<string>().ShouldContain("is not one of its choices");
        }
        else
        {
            answer.Status.ShouldBe(201, answer.Text);
            answer.Body["fields"]!["Kind"]!.GetValue<string>().ShouldBe("Coffee morning");
        }
    }

    [Fact]
    public async Task Column_ChoicesUpdated_OffersTheNewOnesAndRefusesAnyOtherChange()
    {
        var list = await CreateListAsync("Coproduction flags");
        (await Http.SendAsync("POST", $"{SitePath}/lists/{list}/columns", JsonNode.Parse("""{"name":"Kind","choice":{"choices":["Sole focus"]}}"""))).Status.ShouldBe(201);

        var updated = await Http.SendAsync("PATCH", $"{SitePath}/lists/{list}/columns/Kind", JsonNode.Parse("""{"choice":{"choices":["Sole focus","Not co-delivered"]}}"""));
        var refused = await Http.SendAsync("PATCH", $"{SitePath}/lists/{list}/columns/Kind", JsonNode.Parse("""{"displayName":"Type"}"""));
        var written = await Http.SendAsync("POST", $"{SitePath}/lists/{list}/items", new JsonObject { ["fields"] = new JsonObject { ["Title"] = "Flag", ["Kind"] = "Not co-delivered" } });

        updated.Status.ShouldBe(200, updated.Text);
        updated.Body["choice"]!["choices"]!.AsArray().Select(c => c!.GetValue<string>()).ShouldBe(["Sole focus", "Not co-delivered"]);
        refused.Status.ShouldBe(400);
        written.Status.ShouldBe(201, written.Text);
    }
}

/// <summary>On a tenant that refuses it.</summary>
public sealed class ChoiceOnAGenerousTenantTests() : ChoiceTests(TenantVariant.Generous);

/// <summary>On a tenant that keeps it.</summary>
public sealed class ChoiceOnASparseTenantTests() : ChoiceTests(TenantVariant.Sparse);
