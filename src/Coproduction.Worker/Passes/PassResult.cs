namespace Coproduction.Worker.Passes;

/// <summary>What one pass over a site did, in counts.</summary>
internal sealed record PassResult(string SiteId, int Changes, int Courses, int Writes, int Raised, int Resolved, int Reports)
{
    /// <summary>Courses due that were not assessed because the site's materials library could not be read: each keeps its last assessment.</summary>
    public int Waited { get; init; }

    /// <summary>Whether the site's materials library could not be read this pass (see <see cref="Intake.MaterialsRefused"/>).</summary>
    public bool MaterialsUnreadable { get; init; }

    public static PassResult operator +(PassResult a, PassResult b) =>
        new(a.SiteId, a.Changes + b.Changes, a.Courses + b.Courses, a.Writes + b.Writes, a.Raised + b.Raised, a.Resolved + b.Resolved, a.Reports + b.Reports)
        {
            Waited = a.Waited + b.Waited,
            MaterialsUnreadable = a.MaterialsUnreadable || b.MaterialsUnreadable,
        };
}
