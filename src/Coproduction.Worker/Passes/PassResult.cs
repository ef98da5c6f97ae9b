namespace Coproduction.Worker.Passes;

/// <summary>What one pass over a site did, in counts.</summary>
internal sealed record PassResult(string SiteId, int Changes, int Courses, int Writes, int Raised, int Resolved, int Reports)
{
    public static PassResult operator +(PassResult a, PassResult b) =>
        new(a.SiteId, a.Changes + b.Changes, a.Courses + b.Courses, a.Writes + b.Writes, a.Raised + b.Raised, a.Resolved + b.Resolved, a.Reports + b.Reports);
}
