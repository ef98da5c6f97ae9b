namespace Coproduction.Worker.State;

/// <summary>The items the worker keeps on a site, one per open condition, each in a table of its own of the same shape.</summary>
internal enum KeptItems
{
    /// <summary>Flags, in the flags list.</summary>
    Flags,

    /// <summary>Entries to fix, in the list of entries to fix.</summary>
    Problems,
}
