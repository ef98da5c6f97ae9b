namespace Coproduction.Graph.Comments;

/// <summary>Which files among the materials are read for comments: by their names, before anything is downloaded.</summary>
public static class OfficeFiles
{
    /// <summary>
    /// Whether a file of this name is read for comments: a Word, PowerPoint or Excel document, modern or
    /// macro-enabled, and the legacy <c>.doc</c>, <c>.ppt</c> and <c>.xls</c> (read only to tell the team to
    /// save them again in a modern format). Anything else (a PDF, an image, Markdown) is never downloaded.
    /// </summary>
    /// <param name="fileName">The file's name.</param>
    public static bool AreRead(string fileName) => OfficeFileName.Of(fileName ?? string.Empty) is not null;

    /// <summary>Whether a file of this name is in a legacy binary format (<c>.doc</c>, <c>.ppt</c>, <c>.xls</c>), whose comments are not read: known by its name, never downloaded.</summary>
    /// <param name="fileName">The file's name.</param>
    public static bool IsLegacy(string fileName) => OfficeFileName.Of(fileName ?? string.Empty) is { Legacy: true };
}
