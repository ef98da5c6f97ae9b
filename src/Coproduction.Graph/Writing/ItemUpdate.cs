namespace Coproduction.Graph.Writing;

/// <summary>
/// A write for <see cref="CoproductionGraphClient.WriteAsync"/>: a new item of a list (no
/// <see cref="ItemId"/>) or new values for some of an item's columns, set through the schema's typed columns.
/// </summary>
/// <param name="ListId">The list's id.</param>
/// <param name="ItemId">The item to update; null to create one.</param>
/// <param name="Fields">The fields to write.</param>
/// <param name="DriveId">
/// For a document uploaded with <see cref="CoproductionGraphClient.UploadFileAsync"/>: its library's
/// drive, <see cref="ItemId"/> being the file's drive item id. The write then reaches the document's
/// list item through its file, without a request to learn the list item's id first.
/// </param>
public sealed record ItemUpdate(string ListId, string? ItemId, FieldSet Fields, string? DriveId = null)
{
    // Fields by their names, as a form sends them: for tests that act as staff would.
    internal ItemUpdate(string listId, string? itemId, IReadOnlyDictionary<string, object?> fields, string? driveId = null)
        : this(listId, itemId, FieldSet.FromGraph(fields), driveId)
    {
    }
}
