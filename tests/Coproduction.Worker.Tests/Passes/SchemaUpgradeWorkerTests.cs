using Coproduction.Graph.Schema;
using Coproduction.Graph.Schema.Lists;
using Coproduction.Worker.Faults;

namespace Coproduction.Worker.Passes;

/// <summary>The worker of this version on a site provisioned by an earlier schema version, before and after `provision` upgrades it.</summary>
public sealed class SchemaUpgradeWorkerTests
{
    public static TheoryData<int, string[]> Earlier => new() { { 1, ["Coproduction entries to fix", "Coproduction sessions"] }, { 2, ["Coproduction sessions"] } };

    [Theory]
    [MemberData(nameof(Earlier))]
    public async Task Pass_OnAnEarlierSiteThenOnceUpgraded_SaysToProvisionThenAssessesAsBefore(int version, string[] created)
    {
        using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(2));
        await using var site = await FaultedSite.StartAtVersionAsync(version, timeout.Token);
        var runner = site.Worker();

        var before = (await runner.RunOnceAsync(timeout.Token)).Single().Result;
        var upgrade = await site.Graph.Provisioner.ProvisionAsync(FaultedSite.Site, timeout.Token);
        var after = (await runner.RunOnceAsync(timeout.Token)).Single().Result;

        before.ShouldBeNull("the worker writes version 3's columns and follows its list: it does not work a site that lacks them");
        site.Log.Lines.ShouldContain(l => l.Contains("not provisioned at schema version 3", StringComparison.Ordinal) && l.Contains("run 'coproduction provision'", StringComparison.Ordinal));
        upgrade.CreatedLists.ShouldBe(created);
        after.ShouldNotBeNull().Courses.ShouldBe(1);
        var (siteId, lists) = await site.Graph.FindListsAsync(FaultedSite.Site, timeout.Token);
        var course = (await site.Graph.ReadItemsAsync(siteId, lists[SiteSchema.Courses], timeout.Token)).Single();
        course.Fields.Find(CoursesList.NeedsAttention).ShouldBe(0, "the imported course has nothing to fix");
        course.Fields.Find(CoursesList.OpenFlags).ShouldBe(8, "the drifting sample's flags but Not co-delivered: a site of an earlier version was given no sessions");
        (course.Fields.Find(CoursesList.InputsWaiting), course.Fields.Find(CoursesList.Sessions), course.Fields.Find(CoursesList.CoDelivered))
            .ShouldBe((1, 0, 0), "version 3's columns, written: the focus group member's feedback waits for an answer");
    }
}
