namespace Coproduction.Graph.Changes;

/// <summary>
/// One page of a list's changes, as <see cref="ListChangeReader.ReadPagesAsync"/> gives them: apply
/// pages in order and an item reported twice ends in its last state. Memory stays that of a page
/// however many items change.
/// </summary>
/// <param name="Changes">The changed and deleted items of this page.</param>
/// <param name="StartsAfresh">
/// Whether this page begins a read of every item there is (no link was saved, or the saved one had
/// expired, 410, possibly after earlier pages): forget what the list held, and what earlier pages said.
/// </param>
/// <param name="DeltaLink">On the last page, where the next read starts: save it only after the changes are dealt with.</param>
public sealed record ListChangePage(IReadOnlyList<ItemChange> Changes, bool StartsAfresh, string? DeltaLink)
{
    /// <summary>
    /// Each item once, in its last state ("the same item might appear more than once in a delta feed
    /// … use the last occurrence you see"), in the order of those last occurrences.
    /// </summary>
    /// <param name="changes">Changes as delta gave them.</param>
    public static List<ItemChange> LastOfEach(IEnumerable<ItemChange> changes)
    {
        ArgumentNullException.ThrowIfNull(changes);
        var last = new Dictionary<string, ItemChange>(StringComparer.Ordinal);
        foreach (var change in changes)
        {
            last.Remove(change.ItemId);
            last[change.ItemId] = change;
        }

        return [.. last.Values];
    }
}
