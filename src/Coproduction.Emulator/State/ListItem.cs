using System.Text.Json.Nodes;

namespace Coproduction.Emulator.State;

/// <summary>
/// An item of a list, or a document or folder of a library. Field values are kept as Graph writes
/// them (strings, numbers, booleans; person and lookup values as the looked-up ids).
/// </summary>
internal sealed class ListItem
{
    /// <summary>A new library keeps 500 major versions, as SharePoint Online's default: older ones are let go.</summary>
    public const int MajorVersionLimit = 500;

    public required int Id { get; init; }

    public Guid UniqueId { get; } = Guid.NewGuid();

    public required DateTimeOffset Created { get; init; }

    public required Actor CreatedBy { get; init; }

    public DateTimeOffset Modified { get; set; }

    public required Actor ModifiedBy { get; set; }

    public JsonObject Fields { get; set; } = [];

    /// <summary>The change number of the list at this item's latest change, for delta.</summary>
    public long Seq { get; set; }

    /// <summary>The versions kept, oldest first: at most <see cref="MajorVersionLimit"/>.</summary>
    public List<ItemVersion> Versions { get; } = [];

    private int _contentVersion;

    /// <summary>The number of the latest version: it goes on counting when old versions are let go.</summary>
    public int Version { get; private set; }

    /// <summary>For a document or folder: its name; a document also has content.</summary>
    public string? FileName { get; set; }

    public byte[]? Content { get; set; }

    /// <summary>The content type's name where it is not the list's usual one (Item, Document, Folder): "Person" in the user information list.</summary>
    public string? ContentTypeName { get; init; }

    /// <summary>A folder of a library (delta lists folders too, with the content type Folder).</summary>
    public bool IsFolder { get; init; }

    /// <summary>For an item of a library in a folder: the folder's item id.</summary>
    public int? FolderId { get; init; }

    public string DriveItemId => $"01{UniqueId:N}".ToUpperInvariant();

    /// <summary>A list item's eTag, as recorded from SharePoint Online: <c>"b4cfe36c-2f11-4f4f-9391-0b25c2197d8a,1"</c>.</summary>
    public string ETag => $"\"{UniqueId:D},{Version}\"";

    /// <summary>The same file's eTag as a drive item: <c>"{B4CFE36C-2F11-4F4F-9391-0B25C2197D8A},1"</c>.</summary>
    public string DriveETag => $"\"{{{UniqueId.ToString().ToUpperInvariant()}}},{Version}\"";

    /// <summary>A drive item's cTag, which changes with its content only: <c>"c:{B4CF…},2"</c>.</summary>
    public string CTag => $"\"c:{{{UniqueId.ToString().ToUpperInvariant()}}},{_contentVersion + 1}\"";

    /// <summary>Records the item as it now stands as a new version.</summary>
    public void AddVersion(Actor by, DateTimeOffset at, bool contentChanged)
    {
        Version++;
        _contentVersion += contentChanged ? 1 : 0;
        Versions.Add(new ItemVersion(Version, by, at, (JsonObject)Fields.DeepClone(), Content?.LongLength ?? 0, contentChanged));
        if (Versions.Count > MajorVersionLimit)
        {
            Versions.RemoveAt(0);
        }
    }
}
