namespace Coproduction.Graph.Changes;

/// <summary>
/// One item as delta last reported it: its fields, read through the schema's columns
/// (<see cref="Mapping.SiteFields.Get{T}"/>), or that it was deleted.
/// Delta does not say who made a change; the item's fields do, as the site user <see cref="EditorLookupId"/>.
/// </summary>
/// <param name="ItemId">The list item's id.</param>
/// <param name="Deleted">Whether the item was deleted.</param>
/// <param name="Fields">Its fields; empty for a deleted item.</param>
/// <param name="ETag">Its eTag, which changes with every change: the same eTag again is no change.</param>
/// <param name="LastModified">When it last changed.</param>
public sealed record ItemChange(string ItemId, bool Deleted, Mapping.SiteFields Fields, string? ETag, DateTimeOffset? LastModified)
{
    // Fields by their names, as Graph gives them: for tests.
    internal ItemChange(string itemId, bool deleted, IReadOnlyDictionary<string, object?> fields, string? eTag, DateTimeOffset? lastModified)
        : this(itemId, deleted, new Mapping.SiteFields(fields), eTag, lastModified)
    {
    }

    /// <summary>Who last changed it: the lookup id of an entry of the site's user information list (<c>EditorLookupId</c>); null when the fields do not say.</summary>
    public string? EditorLookupId { get; init; }

    /// <summary>Its version's label (<c>_UIVersionString</c>), such as <c>3.0</c>; null when the fields do not say.</summary>
    public string? VersionLabel { get; init; }

    /// <summary>For a document of a library, its file's size in bytes then (SharePoint's <c>FileSizeDisplay</c>); null where the fields do not say (a list item, a folder).</summary>
    public long? FileSize { get; init; }

    /// <summary>A folder of a library, which delta lists beside the documents: not a document.</summary>
    public bool IsFolder { get; init; }
}
