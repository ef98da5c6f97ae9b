using Coproduction.Flags;
using Coproduction.Graph.Mapping;
using Coproduction.Graph.Schema.Lists;
using Coproduction.Model;
using Coproduction.Text;
using Coproduction.Worker.History;
using Coproduction.Worker.State;

namespace Coproduction.Worker.Nudges;

/// <summary>
/// Keeps what a nudge will tell of a course, from what the pass already knows: the flags opened and
/// readiness gained that its line of history finds, and the count of its entries to fix. Called once the
/// course's writes are made, in the transaction that records them, so that a crash loses no nudge and
/// makes none of a write not made. Reads nothing of Graph; keeps nothing for a site that has not opted in.
/// </summary>
internal sealed class NudgeRecorder(WorkerState state, NudgeOptions options)
{
    /// <summary>The course as a nudge names it; null for a site that has not opted in.</summary>
    /// <param name="siteId">The site's Graph id.</param>
    /// <param name="siteUrl">The site's address.</param>
    /// <param name="coursesList">The courses list's id, for the link to the course's form.</param>
    /// <param name="courseItem">The course's item, as the copy holds it.</param>
    public NudgeCourse? Course(string siteId, string siteUrl, string coursesList, ListItemData courseItem) =>
        options.For(siteUrl) is null ? null : new NudgeCourse(
            siteId, NudgeOptions.Address(siteUrl), courseItem.Id, CourseIds.Of(courseItem), courseItem.Fields.Find(SharePointColumns.Title) ?? CourseIds.Of(courseItem),
            ItemForms.Link(siteUrl, coursesList, courseItem.Id));

    /// <summary>Records a course assessed: its line of history, and what it tells.</summary>
    /// <param name="course">The course, or null for a site that has not opted in (only the line is recorded).</param>
    /// <param name="siteId">The site's Graph id.</param>
    /// <param name="siteUrl">The site's address.</param>
    /// <param name="courseItem">The course's item id.</param>
    /// <param name="snapshot">The course as read from the copy: the titles of what its flags are on.</param>
    /// <param name="line">Its line of history.</param>
    /// <param name="entriesToFix">How many entries to fix it has.</param>
    public void Assessed(NudgeCourse? course, string siteId, string siteUrl, string courseItem, CourseSnapshot snapshot, HistoryEntry line, int entriesToFix) => state.InTransaction(() =>
    {
        var change = state.RecordAssessment(siteId, siteUrl, courseItem, line);
        if (course is null)
        {
            return;
        }

        if (change is not null)
        {
            var events = change.Opened.Select(f => Opened(f, snapshot, line.At)).ToList();
            if (change.BecameReady)
            {
                events.Add(new NudgeEvent(NudgeEvent.ReadyForQualityReview, line.At));
            }

            state.AddNudgeEvents(course, events);
        }

        state.NoteNeedsAttention(course, entriesToFix, line.At);
    });

    /// <summary>Records the count of a course's entries to fix, for a course that could not be assessed.</summary>
    public void Skipped(NudgeCourse? course, int entriesToFix, DateTimeOffset now)
    {
        if (course is not null)
        {
            state.NoteNeedsAttention(course, entriesToFix, now);
        }
    }

    /// <summary>A flag opened, by its kind's label and the title of what it is on: never its people, nor its message.</summary>
    private static NudgeEvent Opened(HistoryFlag flag, CourseSnapshot snapshot, DateTimeOffset at)
    {
        var kind = SnapshotWords.TryParse<FlagKind>(flag.Kind, out var known) ? SnapshotWords.Label(known)
            : flag.Kind == HistoryColumns.StageChangeKind ? FlagsList.StageChangeLabel : flag.Kind;
        return snapshot.Materials.FirstOrDefault(m => m.Id == flag.Subject) is { } material ? new NudgeEvent(NudgeEvent.FlagOpened, at, kind, "material", material.Title)
            : snapshot.Decisions.FirstOrDefault(d => d.Id == flag.Subject) is { } decision ? new NudgeEvent(NudgeEvent.FlagOpened, at, kind, "decision", decision.Summary)
            : new NudgeEvent(NudgeEvent.FlagOpened, at, kind, "course");
    }
}
