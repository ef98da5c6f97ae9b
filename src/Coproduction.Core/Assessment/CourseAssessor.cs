using Coproduction.Checklist;
using Coproduction.Flags;
using Coproduction.Lifecycle;
using Coproduction.Model;
using Coproduction.Snapshots;

namespace Coproduction.Assessment;

/// <summary>
/// Assesses a course snapshot against the co-production checklist, the flags for what is not
/// co-production and the lifecycle. Pure: the same snapshot and moment always give the same assessment.
/// </summary>
public sealed class CourseAssessor
{
    private readonly AssessmentOptions _options;

    /// <summary>Creates an assessor with the default thresholds.</summary>
    public CourseAssessor()
        : this(new AssessmentOptions())
    {
    }

    /// <summary>Creates an assessor with the given thresholds.</summary>
    /// <param name="options">The thresholds.</param>
    /// <exception cref="ArgumentException">An option's value makes no sense.</exception>
    public CourseAssessor(AssessmentOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        options.Validate();
        _options = options;
    }

    /// <summary>Assesses a course as it stood at <paramref name="asOf"/>; anything dated later is ignored.</summary>
    /// <param name="snapshot">The course snapshot.</param>
    /// <param name="asOf">The moment to assess for.</param>
    /// <returns>The assessment.</returns>
    /// <exception cref="SnapshotFormatException">The snapshot breaks a rule of the format (only a snapshot built in code can: the reader refuses such documents).</exception>
    public CourseAssessment Assess(CourseSnapshot snapshot, DateTimeOffset asOf)
    {
        SnapshotValidator.Validate(snapshot);
        var view = new CourseView(snapshot, asOf, _options);
        var checklist = new[]
        {
            ExperienceRule.Learned(view),
            ExperienceRule.Lived(view),
            CarersViewsRule.Evaluate(view),
            FocusGroupsRule.Evaluate(view),
            MaterialsAgreedRule.Evaluate(view),
            WorkSharedRule.Evaluate(view),
        };
        var missing = QualityReadiness.Missing(checklist, snapshot.ChecklistNotes);
        var conditions = Conditions(checklist, missing);
        var lifecycle = new CourseLifecycle(snapshot.Course.Stage, conditions);

        return new CourseAssessment
        {
            CourseId = snapshot.Course.Id,
            AsOf = asOf,
            Stage = snapshot.Course.Stage,
            CycleStart = view.CycleStart,
            Checklist = checklist,
            MissingForQuality = missing,
            Flags = FlagRules.Evaluate(view),
            YouSaidWeDid = YouSaidWeDid(view.OutsideInputs),
            CoDelivery = new CoDeliverySummary { Sessions = view.Sessions.Count, CoDelivered = view.Sessions.Count(s => s.CoDelivered) },
            Conditions = conditions,
            PermittedTriggers = lifecycle.PermittedTriggers,
            BlockedTriggers = lifecycle.BlockedTriggers,
        };
    }

    private static YouSaidWeDidSummary YouSaidWeDid(IReadOnlyList<OutsideInput> inputs)
    {
        int Answered(ResponseOutcome outcome) => inputs.Count(i => i.Answer?.Outcome == outcome);
        return new YouSaidWeDidSummary
        {
            Inputs = inputs.Count,
            Answered = inputs.Count(i => i.Answered),
            Adopted = Answered(ResponseOutcome.Adopted),
            Adapted = Answered(ResponseOutcome.Adapted),
            NotAdopted = Answered(ResponseOutcome.NotAdopted),
            Overdue = inputs.Count(i => i.Overdue),
        };
    }

    private static LifecycleConditions Conditions(IReadOnlyList<ChecklistResult> checklist, IReadOnlyList<ChecklistResult> missing)
    {
        var experience = checklist
            .Where(r => r.Item is ChecklistItem.RelevantLearnedExperience or ChecklistItem.RelevantLivedExperience)
            .Where(r => r.Status != ChecklistStatus.Met)
            .ToList();
        return new LifecycleConditions
        {
            RightExperienceIncluded = experience.Count == 0,
            RightExperienceGaps = experience.Select(Gap).ToList(),
            ReadyForQuality = missing.Count == 0,
            QualityGaps = missing.Select(Gap).ToList(),
        };
    }

    private static string Gap(ChecklistResult result) =>
        $"{ChecklistText.Describe(result.Item)}: {ChecklistText.Describe(result.Status)}. {result.Reason}"
        + (QualityReadiness.MayBeExplained(result.Item) ? " If it cannot be met, explain why in a checklist note." : string.Empty);
}
