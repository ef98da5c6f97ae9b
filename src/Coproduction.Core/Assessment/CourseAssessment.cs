using Coproduction.Checklist;
using Coproduction.Flags;
using Coproduction.Lifecycle;
using Coproduction.Model;

namespace Coproduction.Assessment;

/// <summary>
/// A course's co-production as it stood at one moment: the checklist, whether it is ready for
/// quality review, the flags, and what can happen next in its lifecycle.
/// </summary>
public sealed record CourseAssessment
{
    /// <summary>The course assessed.</summary>
    public required string CourseId { get; init; }

    /// <summary>The moment the assessment was made for.</summary>
    public required DateTimeOffset AsOf { get; init; }

    /// <summary>The course's stage.</summary>
    public required Stage Stage { get; init; }

    /// <summary>When the current cycle began; null when it covers all history.</summary>
    public DateTimeOffset? CycleStart { get; init; }

    /// <summary>The six checklist items, in the checklist's order.</summary>
    public required IReadOnlyList<ChecklistResult> Checklist { get; init; }

    /// <summary>The checklist items that stand between the course and quality review, in checklist order.</summary>
    public required IReadOnlyList<ChecklistResult> MissingForQuality { get; init; }

    /// <summary>The open flags, by kind and then subject.</summary>
    public required IReadOnlyList<Flag> Flags { get; init; }

    /// <summary>"You said, we did": the cycle's outside inputs and the team's answers (zeros when there are none).</summary>
    public YouSaidWeDidSummary YouSaidWeDid { get; init; } = new();

    /// <summary>The cycle's delivered sessions and how many were co-delivered (zeros when there are none).</summary>
    public CoDeliverySummary CoDelivery { get; init; } = new();

    /// <summary>What the lifecycle's guards were judged by.</summary>
    public required LifecycleConditions Conditions { get; init; }

    /// <summary>The steps that lead on from the current stage and are permitted now.</summary>
    public required IReadOnlyList<LifecycleTrigger> PermittedTriggers { get; init; }

    /// <summary>The steps that lead on from the current stage but are blocked by a guard, with the reasons.</summary>
    public required IReadOnlyList<BlockedTrigger> BlockedTriggers { get; init; }

    /// <summary>The course's co-production score: the sum of the item scores, 0 to 12.</summary>
    public int Score => Checklist.Sum(r => r.Score);

    /// <summary>Whether the course is ready for quality review.</summary>
    public bool ReadyForQuality => MissingForQuality.Count == 0;
}
