using Coproduction.Assessment;
using Coproduction.Model;
using Coproduction.Text;

namespace Coproduction.Report;

/// <summary>
/// The cycle's focus groups: when, how, and with whom by category, with a gentle note for each phase
/// that had none. A session's experience counts hide small numbers (<see cref="PeopleCount"/>): a
/// session is small, and who came to it may be known.
/// </summary>
internal static class FocusGroupSummaryBuilder
{
    public static FocusGroupSummary Of(CourseView view, PeopleCount count)
    {
        var groups = view.Activities.Where(a => a.Kind == ActivityKind.FocusGroup).ToList();
        var sessions = groups.Select(g => Row(view, count, g)).ToList();
        var phases = Enum.GetValues<FocusGroupPhase>()
            .Select(phase => new PhaseRow(ReportText.Phase(phase), groups.Count(g => g.Phase == phase)))
            .ToList();
        var notes = Enum.GetValues<FocusGroupPhase>()
            .Where(phase => groups.All(g => g.Phase != phase))
            .Where(phase => phase != FocusGroupPhase.TowardsEnd || view.Snapshot.Course.Stage is Stage.Scoping or Stage.Developing or Stage.UnderReview or Stage.QualityReview)
            .Select(ReportText.PhaseAdvice)
            .ToList();
        return new FocusGroupSummary(sessions, phases, notes);
    }

    private static FocusGroupRow Row(CourseView view, PeopleCount count, Activity group)
    {
        var participants = group.Participants.Distinct(StringComparer.Ordinal).Select(id => view.People[id]).ToList();
        string With(ExperienceKind kind) => count.Number(participants.Count(p => p.Experience.Any(e => e.Kind == kind)));
        return new FocusGroupRow(
            group.At,
            ReportText.Phase(group.Phase),
            ReportText.Method(group.Method),
            participants.Count,
            participants.Count(p => p.Membership != Membership.Core),
            With(ExperienceKind.Lived),
            With(ExperienceKind.Learned),
            With(ExperienceKind.Carer));
    }
}
