namespace Coproduction.Model;

/// <summary>What the team did with a piece of input.</summary>
public enum ResponseOutcome
{
    /// <summary>The work changed as suggested.</summary>
    Adopted,

    /// <summary>The work changed in part, or in another way.</summary>
    Adapted,

    /// <summary>The work did not change.</summary>
    NotAdopted,
}
