namespace Coproduction.Graph.Changes;

/// <summary>
/// One item as delta last reported it: its fields (strings, numbers, booleans, and for several
/// people or lookups a list of <c>{LookupId, LookupValue}</c> dictionaries), or that it was deleted.
/// </summary>
/// <param name="ItemId">The list item's id.</param>
/// <param name="Deleted">Whether the item was deleted.</param>
/// <param name="Fields">Its fields; empty for a deleted item.</param>
/// <param name="ETag">Its eTag, for writing back with If-Match.</param>
/// <param name="LastModified">When it last changed.</param>
public sealed record ItemChange(string ItemId, bool Deleted, IReadOnlyDictionary<string, object?> Fields, string? ETag, DateTimeOffset? LastModified)
{
    /// <summary>The email of the person who last changed the item; null when the application did.</summary>
    public string? ModifiedBy { get; init; }

    /// <summary>For a document of a library, its file's size in bytes then (SharePoint's <c>FileSizeDisplay</c>); 0 for a list item.</summary>
    public long FileSize { get; init; }
}
