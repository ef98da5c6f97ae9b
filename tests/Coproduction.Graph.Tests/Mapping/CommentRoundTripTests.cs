using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Coproduction.Assessment;
using Coproduction.Emulator;
using Coproduction.Graph.Schema;
using Coproduction.Graph.Schema.Lists;
using Coproduction.Model;
using Coproduction.Snapshots;
using Coproduction.Worker.Commands.Demo;

namespace Coproduction.Graph.Mapping;

/// <summary>
/// A comment in a course's Word document is a feedback activity of the course's export, with an id made
/// from the document and the comment, so that an export imported back creates nothing and an export
/// imported into another site keeps the comment as a logged activity, assessed the same.
/// </summary>
public abstract class CommentRoundTripTests(TenantVariant variant) : EmulatedSite(variant)
{
    private const string Course = "understanding-anxiety-2026";
    private const string OtherSite = "https://contoso.sharepoint.com/sites/elsewhere";

    [Fact]
    public async Task ExportThenImport_ACommentInADocument_IsOneActivityOnEitherSite()
    {
        var document = await CommentedDocumentAsync();

        var exported = (await Graph.ExportAsync(SiteUrl, Course)).Snapshot;
        var (site, lists) = await Graph.FindListsAsync(SiteUrl);
        var logItems = (await Graph.ReadItemsAsync(site, lists[SiteSchema.Log])).Count;
        var again = await Graph.ImportAsync(exported, SiteUrl);
        var loggedAgain = (await Graph.ReadItemsAsync(site, lists[SiteSchema.Log])).Count;
        var reexported = (await Graph.ExportAsync(SiteUrl, Course)).Snapshot;
        Emulator.AddSite("contoso.sharepoint.com/sites/elsewhere");
        await Graph.Provisioner.ProvisionAsync(OtherSite);
        await Graph.ImportAsync(exported, OtherSite);
        var elsewhere = (await Graph.ExportAsync(OtherSite, Course)).Snapshot;

        var feedback = exported.Activities.Where(a => a.Id.StartsWith($"comment-{document}-", StringComparison.Ordinal)).ShouldHaveSingleItem();
        (feedback.Kind, feedback.By, feedback.On).ShouldBe((ActivityKind.Feedback, "p3", $"document-{document}"), "Rachel's comment on Aisha's document");
        loggedAgain.ShouldBe(logItems, "the comment is in the document already: not logged again");
        again.Created.ShouldBe(1, "the history item of Aisha's save, which reads back as the same save (the export below is the same)");
        SnapshotSerializer.Serialize(reexported).ShouldBe(SnapshotSerializer.Serialize(exported));
        var logged = elsewhere.Activities.Where(a => a.Id == feedback.Id).ShouldHaveSingleItem("logged on the other site, where the document is no Word document");
        (logged.Kind, logged.At, logged.By, logged.On, logged.Mode).ShouldBe((feedback.Kind, feedback.At, feedback.By, feedback.On, feedback.Mode));
        var asOf = new DateTimeOffset(2026, 6, 30, 9, 0, 0, TimeSpan.Zero);
        static List<string> Flags(CourseSnapshot snapshot, DateTimeOffset asOf) =>
            [.. new CourseAssessor().Assess(snapshot, asOf).Flags.Select(f => $"{f.Kind} {f.Subject} {f.Since:O} {string.Join(',', f.People)}")];
        Flags(elsewhere, asOf).ShouldBe(Flags(exported, asOf));
    }

    [Fact]
    public async Task ExportAnswerImport_ACommentByAFocusGroupMember_KeepsTheAnswerOnTheCommentsLogItem()
    {
        var document = await CommentedDocumentAsync("Sam Reid", "sam@example.org", null);
        var export = await Graph.ExportAsync(SiteUrl, Course);
        var comment = export.Snapshot.Activities.Single(a => a.Id.StartsWith($"comment-{document}-", StringComparison.Ordinal));
        var answer = new InputResponse { At = comment.At.AddDays(2), By = "p2", Outcome = ResponseOutcome.NotAdopted, Reason = "The handout keeps to one page" };
        var answered = export.Snapshot with { Activities = [.. export.Snapshot.Activities.Select(a => a.Id == comment.Id ? a with { Response = answer } : a)] };

        var unanswered = await Graph.ImportAsync(export.Snapshot, SiteUrl);
        var unansweredAgain = await Graph.ImportAsync(export.Snapshot, SiteUrl);
        var first = await Graph.ImportAsync(answered, SiteUrl);
        var again = await Graph.ImportAsync(answered, SiteUrl);
        var reexported = await Graph.ExportAsync(SiteUrl, Course);

        comment.By.ShouldBe("f1", "Sam, of the focus group: the comment is outside input");
        export.CommentsToLog.Count.ShouldBe(1, "the log item the worker would make; an export makes none");
        var (site, lists) = await Graph.FindListsAsync(SiteUrl);
        var item = (await Graph.ReadItemsAsync(site, lists[SiteSchema.Log])).Where(i => i.Fields.Find(LogList.ActivityId) == comment.Id).ShouldHaveSingleItem("the comment's log item, holding the answer");
        (item.Fields.Find(LogList.OnMaterial), item.Fields.Find(LogList.Outcome), item.Fields.Find(LogList.Reason)).ShouldBe((document, ResponseOutcome.NotAdopted, answer.Reason));
        unanswered.Created.ShouldBe(2, "the comment's log item, as the worker would make it, and the history item of Aisha's save");
        (unansweredAgain.Created, unansweredAgain.Updated).ShouldBe((0, 0));
        (first.Created, first.Updated).ShouldBe((0, 1), "the answer, on the comment's item");
        (again.Created, again.Updated).ShouldBe((0, 0), "imported again, nothing changes");
        reexported.Snapshot.Activities.Single(a => a.Id == comment.Id).Response.ShouldBe(answer);
        reexported.CommentsToLog.ShouldBeEmpty();
        SnapshotSerializer.Serialize(reexported.Snapshot).ShouldBe(SnapshotSerializer.Serialize(answered));
    }

    /// <summary>The drifting sample, its members' accounts typed, and a Word document Aisha saved with a comment in it (Rachel's, by default); its item id.</summary>
    private async Task<string> CommentedDocumentAsync(string author = "Rachel Obi", string authorAccount = "rachel@example.org", string? objectId = "2f9c6a41-8d3b-4b7e-a1f0-5c2e9d7b4a63")
    {
        await Graph.Provisioner.ProvisionAsync(SiteUrl);
        await Graph.ImportAsync(SnapshotSerializer.Deserialize(File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "samples", "drifting-course.json"))), SiteUrl);
        var (site, lists) = await Graph.FindListsAsync(SiteUrl);
        var courseItem = (await Graph.ReadItemsAsync(site, lists[SiteSchema.Courses])).Single(c => c.Fields.Find(CoursesList.CourseId) == Course).Id;
        foreach (var member in await Graph.ReadItemsAsync(site, lists[SiteSchema.Team]))
        {
            var account = $"{member.Fields.Find(SharePointColumns.Title)!.ToLowerInvariant()}@example.org";
            (await Staff.PatchAsJsonAsync($"sites/{site}/lists/{lists[SiteSchema.Team]}/items/{member.Id}/fields", new JsonObject { [TeamList.Account.FieldName] = account })).EnsureSuccessStatusCode();
        }

        var word = new WordWithComments().Person(author, authorAccount, objectId);
        word.Comment(author, new DateTimeOffset(2026, 6, 2, 10, 0, 0, TimeSpan.Zero));
        using var aisha = new HttpClient { BaseAddress = Staff.BaseAddress };
        aisha.DefaultRequestHeaders.Authorization = new("Bearer", "user:aisha@example.org");
        var drive = await Graph.FindLibraryDriveAsync(site, lists[SiteSchema.Materials]);
        var answer = await aisha.PutAsync($"drives/{drive}/root:/Handout.docx:/content", new ByteArrayContent(word.ToBytes()));
        answer.EnsureSuccessStatusCode();
        var file = (string)(await answer.Content.ReadFromJsonAsync<JsonObject>())!["id"]!;
        var item = (string)(await aisha.GetFromJsonAsync<JsonObject>($"drives/{drive}/items/{file}/listItem"))!["id"]!;
        (await aisha.PatchAsJsonAsync($"sites/{site}/lists/{lists[SiteSchema.Materials]}/items/{item}/fields", new JsonObject { [CourseColumn.Any.FieldName] = courseItem })).EnsureSuccessStatusCode();
        return item;
    }
}

/// <summary>On a tenant that answers every open point the most helpful way.</summary>
public sealed class CommentRoundTripOnAGenerousTenantTests() : CommentRoundTripTests(TenantVariant.Generous);

/// <summary>On a tenant that answers every open point the least helpful way.</summary>
public sealed class CommentRoundTripOnASparseTenantTests() : CommentRoundTripTests(TenantVariant.Sparse);
