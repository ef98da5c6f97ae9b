using Coproduction.Graph;
using Coproduction.Graph.Mapping;
using Coproduction.Graph.Schema.Lists;
using Coproduction.Graph.Writing;
using Coproduction.Worker.State;

namespace Coproduction.Worker.Passes;

/// <summary>
/// Keeps one flag item per open condition on a site, unique by course, kind and subject (see
/// <see cref="KeptItemSync"/>). A flag is a <see cref="FlagRow"/> throughout, and its
/// <see cref="FlagRow.Fingerprint"/> the one measure of whether its item says it.
/// </summary>
internal sealed class FlagSync(CoproductionGraphClient graph, WorkerState state)
{
    private readonly KeptItemSync _sync = new(graph, state, KeptItems.Flags,
        fields => FlagRow.Read(fields) is { } flag ? new KeptItemRead(flag.Course, flag.Kind, flag.Subject, flag.Status == FlagStatus.Open, flag.Fingerprint) : null,
        new FieldSet().Set(FlagsList.Status, FlagStatus.Resolved));

    /// <summary>Queues the flag writes a course needs; each flag's record is saved once its write is sent.</summary>
    /// <param name="siteId">The site.</param>
    /// <param name="flagList">The flags list's id.</param>
    /// <param name="courseItem">The course's item id.</param>
    /// <param name="flags">The course's flags: those to hold open as they say, and those to leave open as the site has them.</param>
    /// <param name="writes">The pass's writes.</param>
    /// <param name="cancellationToken">Cancels learning the site's flags.</param>
    /// <returns>Items to write, flags raised (or reopened), flags resolved.</returns>
    public Task<(int Writes, int Raised, int Resolved)> SyncAsync(
        string siteId, string flagList, string courseItem, CourseFlags flags, PassWrites writes, CancellationToken cancellationToken) =>
        _sync.SyncAsync(siteId, flagList, courseItem, [.. flags.Open.Select(f => new KeptItem(f.Kind, f.Subject, f.ToFields(), f.ToFields(), f.Fingerprint))],
            flags.Kept.Select(k => (k.Kind, k.Subject)), writes, cancellationToken);

    /// <summary>The site's flag items, read once per site each time the worker starts.</summary>
    public Task LearnAsync(string siteId, string flagList, CancellationToken cancellationToken) => _sync.LearnAsync(siteId, flagList, cancellationToken);
}
