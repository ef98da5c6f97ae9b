namespace Coproduction.Lifecycle;

/// <summary>
/// What the lifecycle's guards need to know, with the reasons to give when a guard fails. An
/// assessment provides them (<see cref="Assessment.CourseAssessment.Conditions"/>).
/// </summary>
public sealed record LifecycleConditions
{
    /// <summary>Relevant learned and relevant lived experience are both met.</summary>
    public required bool RightExperienceIncluded { get; init; }

    /// <summary>Why the right experience is not included, when it is not.</summary>
    public IReadOnlyList<string> RightExperienceGaps { get; init; } = [];

    /// <summary>The course is ready for quality review.</summary>
    public required bool ReadyForQuality { get; init; }

    /// <summary>What stands between the course and quality review, when it is not ready.</summary>
    public IReadOnlyList<string> QualityGaps { get; init; } = [];

    /// <summary>Conditions under which every guard holds, for drawing the lifecycle.</summary>
    public static LifecycleConditions AllMet { get; } = new() { RightExperienceIncluded = true, ReadyForQuality = true };
}
