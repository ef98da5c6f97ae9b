using Coproduction.Graph.Connection;
using Microsoft.Extensions.Logging;
using System.Net;
using Microsoft.Graph;
using Microsoft.Kiota.Abstractions;
using Microsoft.Kiota.Http.HttpClientLibrary.Middleware.Options;

namespace Coproduction.Graph.Comments;

/// <summary>
/// The files of course materials, and their comments. A document's file is found through its list
/// item (<c>…/items/{id}/driveItem</c>, twenty a <c>$batch</c>), which gives its content's tag; its
/// content is downloaded as documented (<c>/drives/{drive}/items/{id}/content</c>, a 302 to a
/// short-lived URL that needs no token, asked for with none) into a temporary file, never held in
/// memory whole, no further than the size limit and within the request timeout; then read by
/// <see cref="OfficeCommentReader"/>. Nothing of a document's text is kept.
/// </summary>
internal sealed class MaterialFiles(GraphServiceClient graph, HttpClient http, BatchSender sender, CoproductionGraphOptions options, ILogger logger)
{
    private static readonly string[] FileMembers = ["id", "name", "cTag", "size", "lastModifiedDateTime", "parentReference", "file"];

    private readonly OfficeCommentReader _reader = new(options.Comments);

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
    /// no Office document, and a problem for one over the size limit or in a legacy format, none of them
    /// downloaded; null for one gone since it was found.
    /// </summary>
    /// <exception cref="CoproductionGraphException">The download was refused, failed after the SDK's retries, or took longer than the request timeout.</exception>
    public async Task<DocumentComments?> CommentsAsync(DocumentFile file, CancellationToken cancellationToken)
    {
        if (!OfficeFiles.AreRead(file.Name))
        {
            return DocumentComments.None;
        }

        // A legacy file by its name (downloading it would only say what the name says), or one over the size limit.
        if (Limits.KnownWithoutDownload(file.Name, file.Size) is not DocumentReadProblem.None and var known)
        {
            if (known == DocumentReadProblem.TooLarge)
            {
                Log.DocumentSkipped(logger, file.ItemId, file.Size);
            }

            return DocumentComments.Unreadable(known);
        }

        // The request timeout bounds the wait for each answer and each read of the body after it (HttpClient's own stops
        // at the headers): a download that stalls is given up, one that goes on slowly is not.
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        timeout.CancelAfter(options.RequestTimeout);
        try
        {
            await using var copy = TemporaryFile.Create();
            if (!await DownloadAsync(file, copy, timeout))
            {
                return null;
            }

            if (copy.Length > Limits.MaxDocumentBytes)
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
        catch (OperationCanceledException ex) when (!cancellationToken.IsCancellationRequested)
        {
            throw new CoproductionGraphException("Downloading a material failed: no answer within the request timeout", null, null, ex);
        }
        catch (Exception ex) when (ex is IOException or InvalidOperationException)
        {
            // The temporary file, or the connection mid-body; or the redirect handler refusing a Location.
            throw new CoproductionGraphException($"Downloading a material failed: {ex.GetType().Name}", null, null, ex);
        }
        catch (Exception ex) when (GraphCalls.Failure("Downloading a material", ex) is { } failure)
        {
            // Still throttled or failing after the SDK's retries, the connection failed, signing in failed.
            throw failure;
        }
    }

    private CommentReadingOptions Limits => options.Comments;

    /// <summary>
    /// The file into <paramref name="copy"/>, at most one byte past the limit: its <c>…/content</c> asked
    /// for without following the redirect, then the download URL it gives asked for with no Authorization
    /// header (documented as needing none; a Graph token sent there is reported refused, 59); or the
    /// content itself, where Graph answers with it. False for a file that is gone.
    /// </summary>
    private async Task<bool> DownloadAsync(DocumentFile file, Stream copy, CancellationTokenSource timeout)
    {
        var cancellationToken = timeout.Token;
        var request = graph.Drives[file.DriveId].Items[file.FileId].Content.ToGetRequestInformation();
        var native = new NativeResponseHandler();
        request.AddRequestOptions([new ResponseHandlerOption { ResponseHandler = native }, new RedirectHandlerOption { ShouldRedirect = _ => false }]);
        await graph.RequestAdapter.SendPrimitiveAsync<Stream>(request, cancellationToken: cancellationToken);
        using var answer = (HttpResponseMessage)native.Value!;
        if (answer.StatusCode is HttpStatusCode.NotFound)
        {
            return false;
        }

        if ((int)answer.StatusCode is >= 300 and < 400 && answer.Headers.Location is { } location)
        {
            using var download = await http.GetAsync(location.IsAbsoluteUri ? location : new Uri(answer.RequestMessage!.RequestUri!, location), HttpCompletionOption.ResponseHeadersRead, cancellationToken);
            return download.StatusCode is not HttpStatusCode.NotFound && await CopyAsync(download, copy, timeout);
        }

        return await CopyAsync(answer, copy, timeout);
    }

    private async Task<bool> CopyAsync(HttpResponseMessage answer, Stream copy, CancellationTokenSource timeout)
    {
        var cancellationToken = timeout.Token;
        if (!answer.IsSuccessStatusCode)
        {
            throw new CoproductionGraphException($"Downloading a material failed: HTTP {(int)answer.StatusCode}", (int)answer.StatusCode, null);
        }

        await using var content = await answer.Content.ReadAsStreamAsync(cancellationToken);
        await CopyAtMostAsync(content, copy, Limits.MaxDocumentBytes, timeout, options.RequestTimeout);
        return true;
    }

    /// <returns>Whether the whole content was copied; false when it went past <paramref name="most"/> (one byte more is copied, to tell).</returns>
    private static async Task<bool> CopyAtMostAsync(Stream content, Stream copy, long most, CancellationTokenSource timeout, TimeSpan eachRead)
    {
        var buffer = new byte[81920];
        long copied = 0;
        int read;
        while ((read = await content.ReadAsync(buffer, timeout.Token)) > 0)
        {
            timeout.CancelAfter(eachRead);
            var take = (int)Math.Min(read, most + 1 - copied);
            await copy.WriteAsync(buffer.AsMemory(0, take), timeout.Token);
            copied += take;
            if (copied > most)
            {
                return false;
            }
        }

        return true;
    }
}
