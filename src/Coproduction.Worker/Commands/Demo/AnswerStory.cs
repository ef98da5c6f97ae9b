using Coproduction.Graph;
using Coproduction.Graph.Connection;
using Coproduction.Graph.Schema;
using Coproduction.Graph.Schema.Lists;
using Coproduction.Graph.Writing;
using Coproduction.Model;
using Coproduction.Text;
using Coproduction.Worker.Hosting;

namespace Coproduction.Worker.Commands.Demo;

/// <summary>
/// The demo's "you said, we did": Sam, from a focus group, gave feedback on the drifting course's
/// outline that no one has answered for 28 days. Martin, who leads the course, answers it in the log
/// item's own form, signed in as himself, and the flag resolves by itself on the next pass.
/// </summary>
internal sealed class AnswerStory(string graphUrl, string site, DemoClock clock)
{
    private const string Course = "understanding-anxiety-2026";

    /// <summary>Sam's feedback on the outline, as the imported sample gives its id.</summary>
    private const string SamsFeedback = "a25";

    /// <summary>Martin fills in What we did, Why, Answered on and Answered by on Sam's feedback.</summary>
    public async Task AnswerAsync(CancellationToken cancellationToken)
    {
        clock.Advance(TimeSpan.FromMinutes(20));
        using var martin = new CoproductionGraphClient(new CoproductionGraphOptions { GraphUrl = graphUrl, EmulatorToken = "user:martin@example.org" });
        var (siteId, lists) = await martin.FindListsAsync(site, cancellationToken);
        var course = (await martin.ReadItemsAsync(siteId, lists[SiteSchema.Courses], cancellationToken)).Single(c => c.Fields.Find(CoursesList.CourseId) == Course).Id;
        var himself = (await martin.ReadItemsAsync(siteId, lists[SiteSchema.Team], cancellationToken))
            .Single(p => p.Fields.Find(TeamList.Course) == course && p.Fields.Find(TeamList.PersonId) == "p1").Id;
        var feedback = (await martin.ReadItemsAsync(siteId, lists[SiteSchema.Log], cancellationToken))
            .Single(i => i.Fields.Find(LogList.Course) == course && i.Fields.Find(LogList.ActivityId) == SamsFeedback).Id;
        await martin.WriteAsync(siteId, [new ItemUpdate(lists[SiteSchema.Log], feedback, new FieldSet()
            .Set(LogList.Outcome, ResponseOutcome.Adopted)
            .Set(LogList.Reason, "The outline now says at its start what each session covers, as Sam asked")
            .Set(LogList.AnsweredAt, clock.GetUtcNow())
            .Set(LogList.AnsweredBy, himself))], cancellationToken);
    }

    /// <summary>Whether the course outline is flagged as input waiting for an answer, as the flags list says.</summary>
    public async Task<string> FlagAsync(CoproductionGraphClient graph, CancellationToken cancellationToken)
    {
        var (siteId, lists) = await graph.FindListsAsync(site, cancellationToken);
        var label = SnapshotWords.Label(Flags.FlagKind.InputNotAnswered);
        var flag = (await graph.ReadItemsAsync(siteId, lists[SiteSchema.FlagList], cancellationToken))
            .SingleOrDefault(f => f.Fields.Find(FlagsList.Subject) == "m3" && f.Fields.Find(FlagsList.Kind) == label);
        return flag is null ? "Flag on the course outline: none\n" : $"Flag on the course outline: {label} ({(flag.Fields.Find(FlagsList.Status) == FlagStatus.Open ? "open" : "resolved")})\n";
    }
}
