namespace Coproduction.Graph.Comments;

/// <summary>
/// A material's file as its library's drive gives it: where to download it from, and its content's tag
/// (<c>cTag</c>), which changes when the file does and not when only its columns do, so that a
/// document whose columns alone changed is not downloaded again.
/// </summary>
/// <param name="ItemId">The document's list item id.</param>
/// <param name="DriveId">The library's drive.</param>
/// <param name="FileId">The file's drive item id.</param>
/// <param name="Name">The file's name.</param>
/// <param name="ContentTag">The content's tag (<c>cTag</c>); null where the drive does not give one (then the file is read whenever it changes).</param>
/// <param name="Size">The file's size, in bytes.</param>
/// <param name="LastModified">When the file last changed: the time of a comment whose document gives it none.</param>
public sealed record DocumentFile(string ItemId, string DriveId, string FileId, string Name, string? ContentTag, long Size, DateTimeOffset LastModified);
