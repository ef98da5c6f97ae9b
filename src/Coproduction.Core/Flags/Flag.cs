namespace Coproduction.Flags;

/// <summary>
/// A sign that a course's way of working is drifting from co-production, for a person to review.
/// Flags are about the way of working, never a score of individuals, and never block a course.
/// </summary>
/// <param name="Kind">What kind of drift.</param>
/// <param name="Subject">The id of the material, decision or course it is about.</param>
/// <param name="People">The ids of the people it concerns.</param>
/// <param name="Since">When the condition began.</param>
/// <param name="Message">What is happening and what to do, in plain English.</param>
public sealed record Flag(FlagKind Kind, string Subject, IReadOnlyList<string> People, DateTimeOffset Since, string Message);
