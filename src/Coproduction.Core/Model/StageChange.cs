namespace Coproduction.Model;

/// <summary>A move of the course from one lifecycle stage to another.</summary>
/// <param name="At">When it moved.</param>
/// <param name="From">The stage it left.</param>
/// <param name="To">The stage it entered.</param>
/// <param name="By">The id of the person who moved it.</param>
public sealed record StageChange(DateTimeOffset At, Stage From, Stage To, string By);
