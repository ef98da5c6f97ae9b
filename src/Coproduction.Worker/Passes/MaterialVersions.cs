using Coproduction.Graph;
using Coproduction.Graph.Changes;
using Coproduction.Graph.Mapping;
using Coproduction.Graph.People;
using Coproduction.Graph.Schema;
using Coproduction.Worker.State;

namespace Coproduction.Worker.Passes;

/// <summary>
/// Keeps the versions of the course materials: who saved each and the file's size then. When a
/// library is first read (or read afresh), each document's versions are read from the site, twenty
/// documents a <c>$batch</c>. After that, a document's change is usually one new version, which its
/// fields describe whole (<c>_UIVersionString</c>, <c>FileSizeDisplay</c>, <c>Modified</c> and
/// <c>EditorLookupId</c>): no request but, the first time that person saves, one to the site's users
/// (with the document, whose <c>lastModifiedBy</c> gives the person's Entra object id). A document that
/// moved on by more than one version since the last pass, whose fields do not say all that, or whose
/// saver the site's users do not say, has its versions read again.
/// </summary>
internal sealed class MaterialVersions(CoproductionGraphClient graph, WorkerState state)
{
    public async Task RecordAsync(string siteId, IReadOnlyDictionary<string, string> lists, IReadOnlyList<ItemChange> changes, bool afresh, CancellationToken cancellationToken)
    {
        var userList = lists.GetValueOrDefault(SiteSchema.UserInformation);
        var library = lists[SiteSchema.Materials];
        var documents = changes.Where(c => !c.Deleted && !c.IsFolder).ToList();
        var recorded = documents.ToDictionary(c => c.ItemId, c => afresh ? [] : state.Versions(siteId, c.ItemId), StringComparer.Ordinal);
        var next = afresh ? [] : documents.Where(c => IsNext(recorded[c.ItemId], c)).ToList();
        var editors = await graph.ResolveUsersAsync(
            siteId, userList, [.. next.Select(c => c.EditorLookupId).OfType<string>()], state,
            next.Where(c => c.EditorLookupId is not null).DistinctBy(c => c.EditorLookupId).ToDictionary(c => c.EditorLookupId!, c => new ListItemRef(library, c.ItemId), StringComparer.Ordinal),
            cancellationToken);

        // A save by someone the site's users did not say (an entry not there, this once) is read from the file's versions instead:
        // recorded as no one, its label would never be read again, and the save never count.
        next.RemoveAll(c => c.EditorLookupId is not { } editor || editors.GetValueOrDefault(editor) is not { Kind: not SiteUserKind.Unknown });
        var fromFields = next.Select(c => c.ItemId).ToHashSet(StringComparer.Ordinal);
        var reread = documents.Where(c => !fromFields.Contains(c.ItemId) && (afresh || recorded[c.ItemId].All(v => v.Label != c.VersionLabel))).ToList();
        var read = reread.Count == 0 ? new Dictionary<string, IReadOnlyList<DocumentVersion>>()
            : await graph.ReadManyVersionsAsync(siteId, library, [.. reread.Select(c => c.ItemId)], userList, state, cancellationToken);
        state.InTransaction(() =>
        {
            foreach (var change in next)
            {
                state.RecordVersion(siteId, change.ItemId, new DocumentVersion(change.VersionLabel!, change.LastModified!.Value, editors[change.EditorLookupId!].Identity, change.FileSize!.Value));
            }

            foreach (var (item, versions) in read)
            {
                state.ForgetVersions(siteId, item);
                foreach (var version in versions)
                {
                    state.RecordVersion(siteId, item, version);
                }

                // A version that names a person by e-mail and object id both says who a site user is in Entra.
                state.LearnObjectIds(siteId, versions.Select(v => v.By).OfType<AccountIdentity>());
            }
        });
    }

    /// <summary>
    /// Whether a change is the document's next major version after those recorded (<c>1.0</c> for a new
    /// one), and its fields say its label, time and size, so that they say all there is to record.
    /// </summary>
    private static bool IsNext(IReadOnlyList<DocumentVersion> recorded, ItemChange change)
    {
        if (change.LastModified is null || change.FileSize is null || !Version.TryParse(change.VersionLabel, out var label) || label.Minor != 0)
        {
            return false;
        }

        var latest = recorded.Count == 0 ? new Version(0, 0) : recorded[^1].Order;
        return latest.Minor == 0 && label.Major == latest.Major + 1;
    }
}
