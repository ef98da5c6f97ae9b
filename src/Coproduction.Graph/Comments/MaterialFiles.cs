using Coproduction.Graph.Connection;
using Microsoft.Extensions.Logging;
using Microsoft.Graph;

namespace Coproduction.Graph.Comments;

/// <summary>
/// The files of course materials, and their comments. A document's file is found through its list
/// item (<c>…/items/{id}/driveItem</c>, twenty a <c>$batch</c>), which gives its content's tag; its
/// content is downloaded as documented (<c>/drives/{drive}/items/{id}/content</c>, a 302 to a
/// short-lived URL the SDK follows) into a temporary file, never held in memory whole, and no further
/// than the size limit; then read by <see cref="OfficeCommentReader"/>. Nothing of a document's text is kept.
/// </summary>
internal sealed class MaterialFiles(GraphServiceClient graph, BatchSender sender, CommentReadingOptions options, ILogger logger)
{
    private static readonly string[] FileMembers = ["id", "name", "cTag", "size", "lastModifiedDateTime", "parentReference", "file"];

    private readonly OfficeCommentReader _reader = new(options);

    /// <summary>The files of these documents of a library; a document that is gone, or is a folder, is left out.</summary>
    public async Task<IReadOnlyDictionary<string, DocumentFile>> FilesAsync(string siteId, string libraryId, IReadOnlyList<string> itemIds, CancellationToken cancellationToken) =>
        (await Mapping.LibraryFiles.FindAsync(graph, sender, siteId, libraryId, itemIds, FileMembers, cancellationToken))
            .Where(f => f.Value.File is not null)
            .ToDictionary(
                f => f.Key,
                f => new DocumentFile(f.Key, f.Value.ParentReference!.DriveId!, f.Value.Id!, f.Value.Name ?? string.Empty, f.Value.CTag, f.Value.Size ?? 0, f.Value.LastModifiedDateTime ?? DateTimeOffset.MinValue),
                StringComparer.Ordinal);

    /// <summary>
    /// A document's comments, downloading it once; <see cref="DocumentComments.None"/> for a file that is
    /// no Office document (never downloaded); null for one gone since it was found.
    /// </summary>
    /// <exception cref="CoproductionGraphException">Graph refused the download (403: the app may not read the library).</exception>
    public async Task<DocumentComments?> CommentsAsync(DocumentFile file, CancellationToken cancellationToken)
    {
        if (!OfficeFiles.AreRead(file.Name))
        {
            return DocumentComments.None;
        }

        if (file.Size > options.MaxDocumentBytes)
        {
            Log.DocumentSkipped(logger, file.ItemId, file.Size);
            return DocumentComments.Unreadable(DocumentReadProblem.TooLarge);
        }

        var path = Path.Combine(Path.GetTempPath(), $"coproduction-{Guid.NewGuid():N}.tmp");
        // Readable by this user only, and gone once read (or if the process dies, at the next clean of the temporary folder).
        var create = new FileStreamOptions
        {
            Mode = FileMode.CreateNew, Access = FileAccess.ReadWrite, Share = FileShare.None, BufferSize = 81920,
            Options = FileOptions.DeleteOnClose | FileOptions.Asynchronous,
        };
        if (!OperatingSystem.IsWindows())
        {
            create.UnixCreateMode = UnixFileMode.UserRead | UnixFileMode.UserWrite;
        }

        await using var copy = new FileStream(path, create);
        try
        {
            await GraphCalls.RunAsync("Downloading a material", async () =>
            {
                await using var content = await graph.Drives[file.DriveId].Items[file.FileId].Content.GetAsync(cancellationToken: cancellationToken);
                return content is null || await CopyAtMostAsync(content, copy, options.MaxDocumentBytes, cancellationToken);
            });
        }
        catch (CoproductionGraphException ex) when (ex.Status == 404)
        {
            return null;
        }

        if (copy.Length > options.MaxDocumentBytes)
        {
            // Larger than its size said: the limit holds whatever the size said.
            Log.DocumentSkipped(logger, file.ItemId, copy.Length);
            return DocumentComments.Unreadable(DocumentReadProblem.TooLarge);
        }

        copy.Position = 0;
        var comments = _reader.Read(copy, file.Name, cancellationToken);
        Log.CommentsRead(logger, file.ItemId, comments.Comments.Count, comments.Problem);
        return comments;
    }

    /// <returns>Whether the whole content was copied; false when it went past <paramref name="most"/> (one byte more is copied, to tell).</returns>
    private static async Task<bool> CopyAtMostAsync(Stream content, Stream copy, long most, CancellationToken cancellationToken)
    {
        var buffer = new byte[81920];
        long copied = 0;
        int read;
        while ((read = await content.ReadAsync(buffer, cancellationToken)) > 0)
        {
            var take = (int)Math.Min(read, most + 1 - copied);
            await copy.WriteAsync(buffer.AsMemory(0, take), cancellationToken);
            copied += take;
            if (copied > most)
            {
                return false;
            }
        }

        return true;
    }
}
