namespace Coproduction.Graph.Checks;

/// <summary>What a check of a site found.</summary>
public enum CheckOutcome
{
    /// <summary>It holds: the worker can rely on it.</summary>
    Holds,

    /// <summary>It does not hold as the emulator's generous answers suppose, and the worker copes (saying how).</summary>
    Differs,

    /// <summary>It does not hold, and the worker cannot do its job until someone acts.</summary>
    Fails,

    /// <summary>It could not be tried on this site (such as: no document to read the versions of yet).</summary>
    NotTried,
}
