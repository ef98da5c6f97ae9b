namespace Coproduction.Graph.Changes;

/// <summary>
/// What changed in one list since its saved delta link: each changed or deleted item once (its last
/// state), and the link to save once the changes are dealt with.
/// </summary>
/// <param name="SiteId">The site.</param>
/// <param name="ListId">The list.</param>
/// <param name="Changes">The changed and deleted items, each once.</param>
/// <param name="DeltaLink">Where the next read starts: save it (commit) only after the changes are dealt with.</param>
/// <param name="Restarted">Whether the read started afresh: no link was saved, or the saved one had expired (410). The changes are then every item there is; anything not among them is gone.</param>
/// <param name="Pages">How many requests the read took.</param>
public sealed record ListChanges(string SiteId, string ListId, IReadOnlyList<ItemChange> Changes, string DeltaLink, bool Restarted, int Pages)
{
    /// <summary>The store key for this site and list.</summary>
    public string Key => KeyOf(SiteId, ListId);

    /// <summary>Saves the delta link once the changes are dealt with, so that the next read starts after them.</summary>
    /// <param name="store">Where the delta link is kept.</param>
    /// <param name="cancellationToken">Cancels the save.</param>
    public Task CommitAsync(IDeltaLinkStore store, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(store);
        return store.SaveAsync(Key, DeltaLink, cancellationToken);
    }

    /// <summary>The store key for a site and list.</summary>
    /// <param name="siteId">The site.</param>
    /// <param name="listId">The list.</param>
    public static string KeyOf(string siteId, string listId) => $"{siteId}|{listId}";
}
