namespace Coproduction.Model;

/// <summary>A dated act by one person: saving a version of a material, or agreeing it.</summary>
/// <param name="At">When it happened.</param>
/// <param name="By">The id of the person.</param>
public sealed record Signature(DateTimeOffset At, string By);
