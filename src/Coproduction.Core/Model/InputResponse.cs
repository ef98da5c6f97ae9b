namespace Coproduction.Model;

/// <summary>
/// The team's answer to a piece of input ("you said, we did"): what it did with a focus group's,
/// a piece of feedback's or an objection's point, and why.
/// </summary>
public sealed record InputResponse
{
    /// <summary>When the answer was given.</summary>
    public required DateTimeOffset At { get; init; }

    /// <summary>The id of the person who gave it for the team.</summary>
    public required string By { get; init; }

    /// <summary>Whether the work changed as suggested, in part, or not at all.</summary>
    public required ResponseOutcome Outcome { get; init; }

    /// <summary>Why, in words, when recorded. An answer that nothing changed needs one to count as an answer.</summary>
    public string? Reason { get; init; }
}
