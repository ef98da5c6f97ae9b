using Coproduction.Graph.Schema;
using Coproduction.Snapshots;

namespace Coproduction.Graph.Provisioning;

/// <summary>A site provisioned by an earlier schema version, holding a course, provisioned again by this version.</summary>
public sealed class SchemaUpgradeTests : EmulatedSite
{
    private static Model.CourseSnapshot Sample(string name) =>
        SnapshotSerializer.Deserialize(File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "samples", name)));

    public static TheoryData<int, string[], string[]> Earlier => new()
    {
        {
            1, ["Coproduction entries to fix", "Coproduction sessions"],
            ["Coproduction courses/NeedsAttention", "Coproduction courses/InputsWaiting", "Coproduction courses/SessionsDelivered", "Coproduction courses/CoDelivered",
             "Coproduction team/TrustAccount", "Coproduction log/OnMaterial", "Coproduction log/OnDecision",
             "Coproduction log/AnswerOutcome", "Coproduction log/AnswerReason", "Coproduction log/AnsweredAt", "Coproduction log/AnsweredBy"]
        },
        {
            2, ["Coproduction sessions"],
            ["Coproduction courses/InputsWaiting", "Coproduction courses/SessionsDelivered", "Coproduction courses/CoDelivered",
             "Coproduction log/AnswerOutcome", "Coproduction log/AnswerReason", "Coproduction log/AnsweredAt", "Coproduction log/AnsweredBy"]
        },
    };

    [Theory]
    [MemberData(nameof(Earlier))]
    public async Task Provision_EarlierSiteHoldingACourse_AddsOnlyWhatIsNewAndReadsTheCourseTheSame(int version, string[] lists, string[] columns)
    {
        // Without its sessions, which a site of an earlier version has nowhere for (Import_AnswersIntoAVersion2Site_…).
        var original = Sample("drifting-course.json") with { Sessions = [] };
        await Graph.Provisioner.ProvisionAsync(SiteUrl, version, CancellationToken.None);
        await Graph.ImportAsync(original, SiteUrl);
        var before = await Graph.ExportAsync(SiteUrl, original.Course.Id);
        var itemsBefore = await EveryItemAsync(version);

        var report = await Graph.Provisioner.ProvisionAsync(SiteUrl);

        report.CreatedLists.ShouldBe(lists);
        report.AddedColumns.ShouldBe(columns, "the columns first, then the new lists: a site that has a list has the columns the worker writes");
        // Nothing staff or an import wrote is removed or altered: every item of the earlier version holds what it held.
        var itemsAfter = await EveryItemAsync(version);
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
    public async Task Import_AnswersIntoAVersion2Site_IsRefusedUntilProvisionedAndThenRoundTrips()
    {
        var answered = Mapping.AnsweredCourse.Of(Sample("drifting-course.json"));
        await Graph.Provisioner.ProvisionAsync(SiteUrl, 2, CancellationToken.None);

        var refused = await Should.ThrowAsync<CoproductionGraphException>(() => Graph.ImportAsync(answered, SiteUrl));
        (await Graph.FindListsAsync(SiteUrl)).Lists.ShouldNotContainKey(SiteSchema.Sessions);
        await Graph.Provisioner.ProvisionAsync(SiteUrl);
        await Graph.ImportAsync(answered, SiteUrl);

        refused.ErrorCode.ShouldBe("schemaTooOld");
        refused.Message.ShouldContain("coproduction provision");
        var exported = await Graph.ExportAsync(SiteUrl, answered.Course.Id);
        exported.Problems.ShouldBeEmpty();
        SnapshotSerializer.Serialize(exported.Snapshot).ShouldBe(SnapshotSerializer.Serialize(answered with { AsOf = null }));
    }

    [Fact]
    public void ListsAt_Version1_HasNoListOrColumnOfALaterVersion()
    {
        var version1 = SiteSchema.ListsAt(1);

        version1.ShouldAllBe(l => l.Since == 1 && l.Columns.All(c => c.Since == 1));
        version1.Select(l => l.Key).ShouldNotContain(SiteSchema.Problems);
        SiteSchema.ListsAt(2).Select(l => l.Key).ShouldNotContain(SiteSchema.Sessions);
        SiteSchema.ListsAt(2).SelectMany(l => l.Columns).ShouldAllBe(c => c.Since <= 2);
        SiteSchema.ListsAt(SiteSchema.Version).Select(l => (l.Key, string.Join(",", l.Columns.Select(c => c.Name))))
            .ShouldBe(SiteSchema.Lists.Select(l => (l.Key, string.Join(",", l.Columns.Select(c => c.Name)))));
        Should.Throw<ArgumentOutOfRangeException>(() => SiteSchema.ListsAt(SiteSchema.Version + 1));
    }

    /// <summary>Each item of the lists a version had, by list and item, as its fields' JSON.</summary>
    private async Task<Dictionary<string, string>> EveryItemAsync(int version)
    {
        var (siteId, lists) = await Graph.FindListsAsync(SiteUrl);
        var items = new Dictionary<string, string>();
        foreach (var schema in SiteSchema.ListsAt(version))
        {
            foreach (var item in await Graph.ReadItemsAsync(siteId, lists[schema.Key]))
            {
                items[$"{schema.Key}/{item.Id}"] = item.Fields.ToJson();
            }
        }

        return items;
    }
}
