using Coproduction.Checklist;
using Coproduction.Flags;
using Coproduction.Model;

namespace Coproduction.Assessment;

/// <summary>Reads one item or one kind of flag out of an assessment, so that tests say what they look at.</summary>
internal static class AssessmentExtensions
{
    public static ChecklistResult Item(this CourseAssessment assessment, ChecklistItem item) =>
        assessment.Checklist.Single(r => r.Item == item);

    public static IReadOnlyList<Flag> FlagsOf(this CourseAssessment assessment, FlagKind kind) =>
        assessment.Flags.Where(f => f.Kind == kind).ToList();
}
