namespace Coproduction.Assessment;

/// <summary>
/// "You said, we did" in the cycle: how many outside inputs there were (focus groups with someone
/// from outside the core team, feedback and objections by someone outside it), how many the team has
/// answered and how, and how many wait past the time allowed.
/// </summary>
public sealed record YouSaidWeDidSummary
{
    /// <summary>The outside inputs.</summary>
    public int Inputs { get; init; }

    /// <summary>Those answered: <see cref="Adopted"/>, <see cref="Adapted"/> and <see cref="NotAdopted"/> together.</summary>
    public int Answered { get; init; }

    /// <summary>Those answered that the work changed as suggested.</summary>
    public int Adopted { get; init; }

    /// <summary>Those answered that the work changed in part, or in another way.</summary>
    public int Adapted { get; init; }

    /// <summary>Those answered, with a reason, that the work did not change.</summary>
    public int NotAdopted { get; init; }

    /// <summary>Those not answered within the time allowed.</summary>
    public int Overdue { get; init; }
}
