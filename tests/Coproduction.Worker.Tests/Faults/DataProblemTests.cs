using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Coproduction.Graph.Schema;
using Coproduction.Graph.Schema.Lists;

namespace Coproduction.Worker.Faults;

/// <summary>
/// Malformed SharePoint items and hand-edited lists are data problems: each is reported by list,
/// item and column (never its value), left out, and the rest of the course is assessed and written.
/// </summary>
public sealed class DataProblemTests
{
    [Fact]
    public async Task Pass_ItemsWithValuesOfTheWrongTypeOrClearedByHand_ReportsEachByListItemAndColumnAndAssessesTheRest()
    {
        using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(2));
        await using var site = await FaultedSite.StartAsync(timeout.Token);
        var (siteId, lists) = await site.Graph.FindListsAsync(FaultedSite.Site, timeout.Token);
        var activities = (await site.Graph.ReadItemsAsync(siteId, lists[SiteSchema.Log], timeout.Token))
            .Where(i => i.Fields.GetValueOrDefault("Kind") as string != Coproduction.Graph.Schema.Lists.LogList.AgreementLabel).ToList();
        var team = await site.Graph.ReadItemsAsync(siteId, lists[SiteSchema.Team], timeout.Token);
        var lead = (await site.Graph.ReadItemsAsync(siteId, lists[SiteSchema.Courses], timeout.Token)).Single().Fields.GetValueOrDefault(CoursesList.Lead.FieldName);
        var person = team.Last(p => p.Id != lead as string);

        // Past SharePoint's checks, as a column whose type was changed leaves them: a number in a date
        // column, a word that is not one of the choices, text in a number column.
        site.Emulator.SetFieldUnchecked(siteId, lists[SiteSchema.Log], activities[0].Id, "At", 987654);
        site.Emulator.SetFieldUnchecked(siteId, lists[SiteSchema.Log], activities[1].Id, "Kind", "Coffee morning");
        site.Emulator.SetFieldUnchecked(siteId, lists[SiteSchema.Team], person.Id, "Seniority", "very senior");

        // By hand, through Graph: a required column cleared.
        using var staff = new HttpClient { BaseAddress = new Uri(site.Emulator.GraphUrl + "/") };
        staff.DefaultRequestHeaders.Authorization = new("Bearer", "user:coordinator@example.org");
        (await staff.PatchAsJsonAsync($"sites/{siteId}/lists/{lists[SiteSchema.Log]}/items/{activities[2].Id}/fields", new JsonObject { [LogList.By.FieldName] = null }, timeout.Token))
            .EnsureSuccessStatusCode();

        var runner = site.Worker();
        var first = (await runner.RunOnceAsync(timeout.Token)).Single().Result;
        var second = (await runner.RunOnceAsync(timeout.Token)).Single().Result;
        var described = await site.DescribeAsync(timeout.Token);

        first.ShouldNotBeNull().Courses.ShouldBe(1, "the course is assessed without what could not be read");
        second.ShouldNotBeNull().Writes.ShouldBe(0);
        described.ShouldContain(l => l.StartsWith("course understanding-anxiety-2026|", StringComparison.Ordinal) && !l.Contains("||", StringComparison.Ordinal));
        described.Count(l => l.StartsWith("flag ", StringComparison.Ordinal)).ShouldBeGreaterThan(0);
        described.Where(l => l.StartsWith("flag ", StringComparison.Ordinal)).ShouldBeUnique();
        var log = site.Log.Lines;
        log.ShouldContain(l => l.Contains("Course understanding-anxiety-2026 on site", StringComparison.Ordinal) && l.Contains("items could not be read and were left out", StringComparison.Ordinal));
        var logList = SiteSchema.List(SiteSchema.Log).DisplayName;
        log.ShouldContain(l => l.Contains($"list {logList}, item {activities[0].Id}, column At", StringComparison.Ordinal));
        log.ShouldContain(l => l.Contains($"list {logList}, item {activities[1].Id}, column Kind", StringComparison.Ordinal));
        log.ShouldContain(l => l.Contains($"list {logList}, item {activities[2].Id}, column By", StringComparison.Ordinal));
        log.ShouldContain(l => l.Contains($"list {SiteSchema.List(SiteSchema.Team).DisplayName}, item {person.Id}, column Seniority", StringComparison.Ordinal));
        log.ShouldAllBe(l => !l.Contains("987654") && !l.Contains("Coffee morning") && !l.Contains("very senior"), "a data problem never quotes the value");
        PrivateText.FoundIn(log, FaultedSite.Sample()).ShouldBeEmpty();
    }

    [Fact]
    public async Task Pass_CourseItemThatCannotBeRead_IsSkippedAndTheOtherCourseIsAssessed()
    {
        using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(2));
        await using var site = await FaultedSite.StartAsync(timeout.Token, "drifting-course.json", "healthy-new-course.json");
        var (siteId, lists) = await site.Graph.FindListsAsync(FaultedSite.Site, timeout.Token);
        var healthy = (await site.Graph.ReadItemsAsync(siteId, lists[SiteSchema.Courses], timeout.Token))
            .Single(c => c.Fields["CourseId"] as string == FaultedSite.Sample("healthy-new-course.json").Course.Id);
        site.Emulator.SetFieldUnchecked(siteId, lists[SiteSchema.Courses], healthy.Id, "Stage", "Somewhere else");

        var result = (await site.Worker().RunOnceAsync(timeout.Token)).Single().Result;
        var described = await site.DescribeAsync(timeout.Token);

        result.ShouldNotBeNull().Courses.ShouldBe(1);
        site.Log.Lines.ShouldContain(l => l.Contains($"Course item {healthy.Id} on site {siteId} was skipped: it cannot be read", StringComparison.Ordinal));
        site.Log.Lines.ShouldAllBe(l => !l.Contains("Somewhere else"));
        described.ShouldContain(l => l.StartsWith("course understanding-anxiety-2026|", StringComparison.Ordinal) && l.Contains("|7|False|9", StringComparison.Ordinal));
        described.ShouldContain($"course {healthy.Fields["CourseId"]}|||||||||", "nothing written for the course that cannot be read");
    }
}
