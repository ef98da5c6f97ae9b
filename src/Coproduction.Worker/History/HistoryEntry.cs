namespace Coproduction.Worker.History;

/// <summary>
/// One line of a course's history: its assessment as the worker wrote it at a change, or its deletion.
/// Ids and words only: no name, no experience, no text a person wrote.
/// </summary>
/// <param name="At">When the worker assessed it (or saw it deleted).</param>
/// <param name="SiteUrl">The site it is on.</param>
/// <param name="CourseId">The course's id.</param>
/// <param name="Event"><c>assessed</c>, or <c>deleted</c>.</param>
/// <param name="Stage">Its stage, as the assessment's word (<c>developing</c>); null for a deletion.</param>
/// <param name="Score">Its score out of 12; null for a deletion.</param>
/// <param name="Ready">Whether it was ready for quality review; null for a deletion.</param>
/// <param name="Checklist">Each checklist item's status word (<c>met</c>, <c>partlyMet</c>, <c>notMet</c>), in the checklist's order; empty for a deletion.</param>
/// <param name="OpenFlags">The flags open then, each its kind's word and its subject's id.</param>
/// <param name="Opened">The flags opened since the line before.</param>
/// <param name="Resolved">The flags resolved since the line before (all those open, at a deletion).</param>
internal sealed record HistoryEntry(
    DateTimeOffset At,
    string SiteUrl,
    string CourseId,
    string Event,
    string? Stage,
    int? Score,
    bool? Ready,
    IReadOnlyList<string> Checklist,
    IReadOnlyList<HistoryFlag> OpenFlags,
    IReadOnlyList<HistoryFlag> Opened,
    IReadOnlyList<HistoryFlag> Resolved)
{
    /// <summary>A line of an assessment.</summary>
    public const string Assessed = "assessed";

    /// <summary>A line of a course's deletion.</summary>
    public const string Deleted = "deleted";
}

/// <summary>A flag in a history line: its kind's word (<c>soleAuthorWithoutFeedback</c>, or the worker's own <c>stageChangeNotPermitted</c>) and its subject's id.</summary>
/// <param name="Kind">The kind's word.</param>
/// <param name="Subject">The subject's id: a material, a decision, or the course.</param>
internal sealed record HistoryFlag(string Kind, string Subject);
