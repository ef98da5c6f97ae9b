using Coproduction.Assessment;
using Coproduction.Checklist;
using Coproduction.Flags;
using Coproduction.Lifecycle;
using Coproduction.Model;
using Coproduction.Text;

namespace Coproduction.Report;

/// <summary>Works out the content of the evidence report from a snapshot and its assessment.</summary>
internal static class ReportContentBuilder
{
    public static ReportContent Build(CourseSnapshot snapshot, CourseAssessment assessment, EvidenceReportOptions options)
    {
        // The report describes the same moment and cycle as the assessment; its thresholds play no part here.
        var view = new CourseView(snapshot, assessment.AsOf, new AssessmentOptions());
        var labels = new PersonLabels(snapshot.People, options.ShowNames);
        var count = new PeopleCount(options.SmallestCountShown);
        var evidence = new EvidenceText(snapshot, labels, count);

        return new ReportContent
        {
            Course = snapshot.Course,
            AsOf = assessment.AsOf,
            CycleStart = assessment.CycleStart,
            StageHistory = snapshot.StageHistory.Where(c => c.At <= assessment.AsOf).Select(c => new StageRow(c.At, c.From, c.To, labels[c.By])).ToList(),
            Checklist = assessment.Checklist.Select(r => Section(r, CountedReasons.Of(r, view, count), evidence, snapshot.ChecklistNotes)).ToList(),
            Score = assessment.Score,
            ReadyForQuality = assessment.ReadyForQuality,
            MissingForQuality = assessment.MissingForQuality.Select(r => $"{ChecklistText.Describe(r.Item)} ({ChecklistText.Describe(r.Status)})").ToList(),
            Experience = ExperienceSummary.Of(view, count),
            FocusGroups = FocusGroupSummaryBuilder.Of(view, count),
            Inputs = InputsSummaryBuilder.Of(view, assessment.YouSaidWeDid, labels),
            Delivery = DeliverySummaryBuilder.Of(view),
            Decisions = view.Decisions.OrderBy(d => d.At).Select(d => Decision(d, labels)).ToList(),
            Flags = assessment.Flags.Select(f => new FlagRow(ReportText.Flag(f.Kind), Subject(snapshot, f), FlagPeople(f, labels), f.Since, f.Message)).ToList(),
            Contributions = CoreShares.Of(view).Select(s => new ContributionRow(labels[s.Person.Id], s.Contributions, s.Share)).ToList(),
            Timeline = TimelineBuilder.Of(view),
            Lifecycle = new LifecycleSummary(
                assessment.Stage,
                assessment.PermittedTriggers.Select(ReportText.Step).ToList(),
                assessment.BlockedTriggers.Select(b => (ReportText.Step(b.Trigger), b.Reasons)).ToList(),
                CourseLifecycle.ToMermaid()),
        };
    }

    /// <summary>
    /// Who a flag is about, as the report shows them. A session not co-delivered is about its trainers, and
    /// beside it a trainer named (or labelled by role) would say which kind of experience they lack: they are
    /// counted, as the Delivery section counts them, whatever the report may show of names.
    /// </summary>
    private static List<string> FlagPeople(Flags.Flag flag, PersonLabels labels) =>
        flag.Kind == Flags.FlagKind.NotCoDelivered ? [Text.English.Count(flag.People.Count, "trainer")] : [.. flag.People.Select(p => labels[p])];

    private static ChecklistSection Section(ChecklistResult result, string reason, EvidenceText evidence, IReadOnlyList<ChecklistNote> notes)
    {
        var note = string.Join(" ", notes.Where(n => n.Item == result.Item && !string.IsNullOrWhiteSpace(n.Note)).Select(n => n.Note.Trim()));
        return new ChecklistSection(result.Item, ChecklistText.Describe(result.Item), ReportText.Asks(result.Item), result.Status, result.Score,
            reason, evidence.Describe(result), note.Length == 0 ? null : note);
    }

    private static DecisionRow Decision(Decision decision, PersonLabels labels)
    {
        var others = decision.Involved.Distinct(StringComparer.Ordinal).Count(p => p != decision.By);

        // A timely decision with the views of a handful of people is still co-production.
        var coProduced = others > 0 && decision.Exemption is null or Exemption.Timely;
        return new DecisionRow(decision.At, decision.Id, decision.Summary, labels[decision.By], others, coProduced,
            decision.Exemption is { } e ? ReportText.Exemption(e) : null,
            string.IsNullOrWhiteSpace(decision.Justification) ? null : decision.Justification);
    }

    /// <summary>A flag's kind says what its subject is: a material, a decision or the course (ids are unique only within a collection).</summary>
    private static string Subject(CourseSnapshot snapshot, Flag flag) => flag.Kind switch
    {
        // Its subject is what the input is on, a material or a decision (the format refuses an id naming both), or the course.
        FlagKind.InputNotAnswered when snapshot.Materials.FirstOrDefault(m => m.Id == flag.Subject) is { } material => $"\u201C{material.Title}\u201D",
        FlagKind.InputNotAnswered when snapshot.Decisions.FirstOrDefault(d => d.Id == flag.Subject) is { } decision => $"\u201C{decision.Summary}\u201D",
        FlagKind.SoleAuthorWithoutFeedback or FlagKind.OverReviewing =>
            $"\u201C{snapshot.Materials.First(m => m.Id == flag.Subject).Title}\u201D",
        FlagKind.PushedThroughWithoutFeedback or FlagKind.PullingRank or FlagKind.UnexplainedExemption =>
            $"\u201C{snapshot.Decisions.First(d => d.Id == flag.Subject).Summary}\u201D",
        _ => "the course as a whole",
    };
}
