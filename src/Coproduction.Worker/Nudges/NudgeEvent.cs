namespace Coproduction.Worker.Nudges;

/// <summary>
/// Something a nudge tells of a course, kept in the state until a digest takes it. Words and titles only:
/// a flag's kind by its label, what it is on (a material, a decision, the course) and that one's title,
/// never the people it concerns nor the flag's message (which may speak of them).
/// </summary>
/// <param name="Kind"><see cref="FlagOpened"/>, <see cref="ReadyForQualityReview"/> or <see cref="NeedsAttention"/>.</param>
/// <param name="At">When the worker saw it.</param>
/// <param name="FlagKind">A flag's kind, as the flags list labels it; null for the other kinds.</param>
/// <param name="Subject">What a flag is on: <c>material</c>, <c>decision</c> or <c>course</c>; null for the other kinds.</param>
/// <param name="SubjectTitle">The material's or decision's title; null for the course, and the other kinds.</param>
/// <param name="Entries">How many entries to fix the course has, for <see cref="NeedsAttention"/>.</param>
internal sealed record NudgeEvent(string Kind, DateTimeOffset At, string? FlagKind = null, string? Subject = null, string? SubjectTitle = null, int? Entries = null)
{
    /// <summary>A flag opened on the course.</summary>
    public const string FlagOpened = "flagOpened";

    /// <summary>The course became ready for quality review.</summary>
    public const string ReadyForQualityReview = "readyForQualityReview";

    /// <summary>The course has had entries to fix for <see cref="NudgeOptions.NeedsAttentionAfter"/>.</summary>
    public const string NeedsAttention = "needsAttention";

    /// <summary>Its row in the state, once kept there.</summary>
    public long Seq { get; init; }
}
