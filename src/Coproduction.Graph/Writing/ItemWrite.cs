namespace Coproduction.Graph.Writing;

/// <summary>
/// One write to a list: a new item (no <see cref="ItemId"/>) or new values for some fields of an
/// item. Values are as Graph takes them: strings, numbers, booleans, ISO times, and lookups as
/// <c>{Name}LookupId</c> (one id, or a list of ids).
/// </summary>
/// <param name="ListId">The list.</param>
/// <param name="ItemId">The item to update; null to create one.</param>
/// <param name="Fields">The fields to write.</param>
/// <param name="DriveId">
/// For a document just uploaded, its library's drive: <see cref="ItemId"/> is then the file's drive
/// item id, and the write reaches its list item through it, without first asking for the list item's id.
/// </param>
internal sealed record ItemWrite(string ListId, string? ItemId, IReadOnlyDictionary<string, object?> Fields, string? DriveId = null);
