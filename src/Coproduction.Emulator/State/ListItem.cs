using System.Text.Json.Nodes;

namespace Coproduction.Emulator.State;

/// <summary>
/// An item of a list, or a document of a library. Field values are kept as Graph writes them
/// (strings, numbers, booleans; person and lookup values as the looked-up ids).
/// </summary>
internal sealed class ListItem
{
    public required int Id { get; init; }

    public Guid UniqueId { get; } = Guid.NewGuid();

    public required DateTimeOffset Created { get; init; }

    public required Actor CreatedBy { get; init; }

    public DateTimeOffset Modified { get; set; }

    public required Actor ModifiedBy { get; set; }

    public JsonObject Fields { get; set; } = [];

    /// <summary>The change number of the list at this item's latest change, for delta.</summary>
    public long Seq { get; set; }

    public List<ItemVersion> Versions { get; } = [];

    public int Version => Versions.Count;

    /// <summary>For a document: its file name and content.</summary>
    public string? FileName { get; set; }

    public byte[]? Content { get; set; }

    public string DriveItemId => $"01{UniqueId:N}".ToUpperInvariant();

    public string ETag => $"\"{{{UniqueId.ToString().ToUpperInvariant()}}},{Version}\"";

    /// <summary>Records the item as it now stands as a new version.</summary>
    public void AddVersion(Actor by, DateTimeOffset at, bool contentChanged) =>
        Versions.Add(new ItemVersion(Versions.Count + 1, by, at, (JsonObject)Fields.DeepClone(), Content?.LongLength ?? 0, contentChanged));
}
