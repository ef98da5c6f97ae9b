using Coproduction.Graph;
using Coproduction.Graph.Mapping;
using Coproduction.Graph.Schema.Lists;
using Coproduction.Graph.Writing;
using Coproduction.Worker.State;

namespace Coproduction.Worker.Passes;

/// <summary>
/// Keeps one item of the list of entries to fix per entry the worker cannot read, for a course or
/// (course "") for the site: so that staff see, where they work, what does not count yet and why, and
/// the line resolves by itself once the entry is fixed (see <see cref="KeptItemSync"/>).
/// </summary>
internal sealed class ProblemSync(CoproductionGraphClient graph, WorkerState state)
{
    /// <summary>The course of the site's own entries to fix: those of no course.</summary>
    public const string SiteScope = "";

    private readonly KeptItemSync _sync = new(graph, state, KeptItems.Problems,
        fields => ProblemRow.Read(fields) is { } row ? new KeptItemRead(row.Course ?? SiteScope, ProblemRow.Kind, row.Place, row.Status == FlagStatus.Open, row.Fingerprint) : null,
        new FieldSet().Set(ProblemsList.Status, FlagStatus.Resolved), deletable: true);

    /// <summary>
    /// Queues the writes that make the list say what is wrong with a course's entries (or the site's), and
    /// nothing more; with <paramref name="keepOpen"/>, the lines open already stay open (a course that could
    /// not be read whole: what was not read is not known to be fixed).
    /// </summary>
    /// <returns>Items to write, opened, resolved.</returns>
    public Task<(int Writes, int Raised, int Resolved)> SyncAsync(
        string siteId, string problemList, string scope, IReadOnlyList<ProblemRow> open, PassWrites writes, CancellationToken cancellationToken, bool keepOpen = false) =>
        _sync.SyncAsync(siteId, problemList, scope,
            [.. open.DistinctBy(p => p.Place).Select(p => new KeptItem(ProblemRow.Kind, p.Place, p.ToFields(), p.ToFields(withSince: false), p.Fingerprint))],
            keepOpen ? state.Flags(siteId, scope, KeptItems.Problems).Where(r => r.Open).Select(r => (r.Kind, r.Subject)) : [], writes, cancellationToken);

    /// <summary>How many lines of a course that <paramref name="counted"/> counts (by place) are open once its writes are made: those it has, and those kept open.</summary>
    public int OpenCount(string siteId, string scope, IReadOnlyList<ProblemRow> open, bool keepOpen, Func<string, bool> counted) =>
        open.Select(p => p.Place).Concat(keepOpen ? state.Flags(siteId, scope, KeptItems.Problems).Where(r => r.Open).Select(r => r.Subject) : [])
            .Distinct(StringComparer.Ordinal).Count(counted);

    /// <summary>The courses one of whose lines a person deleted while it still held: taken again, to make it again.</summary>
    public IReadOnlyList<string> TakeGone(string siteId) => _sync.TakeGone(siteId);

    /// <summary>The site's entries to fix, read once per site each time the worker starts.</summary>
    public Task LearnAsync(string siteId, string problemList, CancellationToken cancellationToken) => _sync.LearnAsync(siteId, problemList, cancellationToken);
}
