using Coproduction.Graph.Schema;
using Coproduction.Snapshots;

namespace Coproduction.Graph.Provisioning;

/// <summary>A site provisioned by schema version 1, holding a course, provisioned again by this version.</summary>
public sealed class SchemaUpgradeTests : EmulatedSite
{
    private static Model.CourseSnapshot Sample(string name) =>
        SnapshotSerializer.Deserialize(File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "samples", name)));

    [Fact]
    public async Task Provision_Version1SiteHoldingACourse_AddsOnlyWhatIsNewAndReadsTheCourseTheSame()
    {
        var original = Sample("drifting-course.json");
        await Graph.Provisioner.ProvisionAsync(SiteUrl, 1, CancellationToken.None);
        await Graph.ImportAsync(original, SiteUrl);
        var before = await Graph.ExportAsync(SiteUrl, original.Course.Id);
        var itemsBefore = await EveryItemAsync();

        var report = await Graph.Provisioner.ProvisionAsync(SiteUrl);

        report.CreatedLists.ShouldBe(["Coproduction entries to fix"]);
        report.AddedColumns.ShouldBe(
            ["Coproduction courses/NeedsAttention", "Coproduction team/TrustAccount", "Coproduction log/OnMaterial", "Coproduction log/OnDecision"],
            "the columns first, then the new list: a site that has the list has the columns the worker writes");
        // Nothing staff or an import wrote is removed or altered: every item of version 1 holds what it held.
        var itemsAfter = await EveryItemAsync();
        itemsAfter.Keys.ShouldBe(itemsBefore.Keys, ignoreOrder: true);
        foreach (var (key, fields) in itemsBefore)
        {
            itemsAfter[key].ShouldBe(fields, key);
        }

        var after = await Graph.ExportAsync(SiteUrl, original.Course.Id);
        after.Problems.ShouldBeEmpty();
        SnapshotSerializer.Serialize(after.Snapshot).ShouldBe(SnapshotSerializer.Serialize(before.Snapshot));
        (await Graph.Provisioner.ProvisionAsync(SiteUrl)).Changed.ShouldBeFalse();
    }

    [Fact]
    public void ListsAt_Version1_HasNoListOrColumnOfALaterVersion()
    {
        var version1 = SiteSchema.ListsAt(1);

        version1.ShouldAllBe(l => l.Since == 1 && l.Columns.All(c => c.Since == 1));
        version1.Select(l => l.Key).ShouldNotContain(SiteSchema.Problems);
        SiteSchema.ListsAt(SiteSchema.Version).Select(l => (l.Key, string.Join(",", l.Columns.Select(c => c.Name))))
            .ShouldBe(SiteSchema.Lists.Select(l => (l.Key, string.Join(",", l.Columns.Select(c => c.Name)))));
        Should.Throw<ArgumentOutOfRangeException>(() => SiteSchema.ListsAt(SiteSchema.Version + 1));
    }

    /// <summary>Each item of the site's version 1 lists, by list and item, as its fields' JSON .</summary>
    private async Task<Dictionary<string, string>> EveryItemAsync()
    {
        var (siteId, lists) = await Graph.FindListsAsync(SiteUrl);
        var items = new Dictionary<string, string>();
        foreach (var schema in SiteSchema.ListsAt(1))
        {
            foreach (var item in await Graph.ReadItemsAsync(siteId, lists[schema.Key]))
            {
                items[$"{schema.Key}/{item.Id}"] = item.Fields.ToJson();
            }
        }

        return items;
    }
}
