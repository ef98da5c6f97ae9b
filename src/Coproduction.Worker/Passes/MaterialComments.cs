using Coproduction.Graph;
using Coproduction.Graph.Changes;
using Coproduction.Graph.Comments;
using Coproduction.Graph.Schema;
using Coproduction.Graph.Schema.Lists;
using Coproduction.Worker.State;
using Microsoft.Extensions.Logging;

namespace Coproduction.Worker.Passes;

/// <summary>
/// Keeps the comments of the Office documents among the materials. For each document a page changes,
/// its file is found (twenty a <c>$batch</c>), and only a file whose content tag, kind (by its name) or
/// reading limits differ from those its comments were read at is downloaded: a change of a document's
/// columns alone costs one batched read and no download, an unchanged site nothing. A file over the size
/// limit, or in a legacy format, is not downloaded at all. Each pass also catches up a few documents no
/// change brought (those there before comments were read, a download that failed an hour ago). A file
/// that cannot be read or downloaded is recorded as such, for its course to show; it never fails a pass.
/// </summary>
internal sealed class MaterialComments(CoproductionGraphClient graph, WorkerState state, TimeProvider time, ILogger<MaterialComments> logger)
{
    /// <summary>How long a document that could not be downloaded waits before it is tried again, if no change of it comes first.</summary>
    public static readonly TimeSpan RetryAfter = TimeSpan.FromHours(1);

    private CommentReadingOptions Options => graph.CommentReading;

    /// <summary>Records the comments of the documents a page changed (their courses are due already).</summary>
    public async Task RecordAsync(string siteId, IReadOnlyDictionary<string, string> lists, IReadOnlyList<ItemChange> changes, CancellationToken cancellationToken)
    {
        var documents = new List<(string Item, string Name, long? Size, string? ETag)>();
        foreach (var change in changes.Where(c => !c.IsFolder))
        {
            if (Options.Enabled && !change.Deleted && change.Fields.Find(SharePointColumns.FileName) is { } name && OfficeFiles.AreRead(name))
            {
                documents.Add((change.ItemId, name, change.FileSize, change.ETag));
            }
            else if (state.HasCommentsRead(siteId, change.ItemId))
            {
                // Gone, renamed to what is no Office document, or changed while comments were not read:
                // what was read is not its content now (turned on again, the worker catches it up).
                state.ForgetComments(siteId, change.ItemId);
            }
        }

        await ReadAsync(siteId, lists, documents, cancellationToken);
    }

    /// <summary>
    /// Reads up to <see cref="CommentReadingOptions.CatchUpPerPass"/> documents that no change brought but
    /// need reading, and makes their courses due; forgets what is kept of documents no longer materials.
    /// </summary>
    public async Task CatchUpAsync(string siteId, IReadOnlyDictionary<string, string> lists, CancellationToken cancellationToken)
    {
        state.ForgetCommentsOfDocumentsGone(siteId);
        if (!Options.Enabled)
        {
            return;
        }

        var behind = state.DocumentsToCatchUp(siteId, OfficeFiles.AreRead, Options.ReadingOf, time.GetUtcNow() - RetryAfter, Options.CatchUpPerPass);
        if (behind.Count == 0)
        {
            return;
        }

        try
        {
            await ReadAsync(siteId, lists, [.. behind.Select(d => (d.Item, d.Name, (long?)null, state.ETag(siteId, SiteSchema.Materials, d.Item)))], cancellationToken, caughtUp: true);
        }
        catch (CoproductionGraphException ex) when (ex.Status is 403)
        {
            // Documents of their own permissions, which the app may not read: theirs alone, tried again an hour on; the library reads.
            Log.DocumentUnavailable(logger, behind[0].Item, ex.Status);
            foreach (var (item, name) in behind.Where(d => !state.HasCommentsRead(siteId, d.Item) || state.CommentsReadAt(siteId, d.Item)!.Reading != Options.ReadingOf(d.Name)))
            {
                state.RecordComments(siteId, item, new DocumentReading(null, null, Options.ReadingOf(name), DocumentReadProblem.Unavailable, time.GetUtcNow()), DocumentComments.Unreadable(DocumentReadProblem.Unavailable));
            }
        }

        state.AddDue(siteId, behind.Select(d => state.Item(siteId, SiteSchema.Materials, d.Item)?.Fields.Find(CourseColumn.Any)).OfType<string>().Distinct(StringComparer.Ordinal));
        Log.CommentsCaughtUp(logger, siteId, behind.Count);
    }

    private async Task ReadAsync(
        string siteId, IReadOnlyDictionary<string, string> lists, List<(string Item, string Name, long? Size, string? ETag)> documents, CancellationToken cancellationToken, bool caughtUp = false)
    {
        var now = time.GetUtcNow();
        var toFind = new List<(string Item, string Name, string? ETag)>();
        foreach (var (item, name, size, etag) in documents)
        {
            var reading = Options.ReadingOf(name);
            var read = state.CommentsReadAt(siteId, item);
            if (!caughtUp && etag is not null && read is { } same && same.ETag == etag && same.Reading == reading)
            {
                // The item as it was read (delta gives an item again that did not change): no request.
                continue;
            }

            // Known by their names and sizes from the page: not even their files are asked for.
            var known = Options.KnownWithoutDownload(name, size);
            if (known == DocumentReadProblem.None)
            {
                toFind.Add((item, name, etag));
            }
            else
            {
                state.RecordComments(siteId, item, new DocumentReading(etag, null, reading, known, now), DocumentComments.Unreadable(known));
            }
        }

        if (toFind.Count == 0)
        {
            return;
        }

        var files = await graph.ReadDocumentFilesAsync(siteId, lists[SiteSchema.Materials], [.. toFind.Select(d => d.Item)], cancellationToken);
        foreach (var (item, name, etag) in toFind)
        {
            var reading = Options.ReadingOf(name);
            if (!files.TryGetValue(item, out var file))
            {
                // No file (gone since, its deletion to come): read as holding none, so that no pass asks for it again.
                state.RecordComments(siteId, item, new DocumentReading(etag, null, reading, DocumentReadProblem.None, now), DocumentComments.None);
                continue;
            }

            if (file.ContentTag is not null && state.CommentsReadAt(siteId, item) is { } read && read.ContentTag == file.ContentTag && read.Reading == reading)
            {
                // Its columns alone changed: what was read stands, now at this eTag.
                state.RecordComments(siteId, item, read with { ETag = etag }, state.Comments(siteId, item)!);
                continue;
            }

            DocumentComments? comments;
            try
            {
                comments = await graph.ReadCommentsAsync(file, cancellationToken);
            }
            catch (CoproductionGraphException ex)
            {
                Log.DocumentUnavailable(logger, item, ex.Status);
                comments = null;
            }

            // One document that cannot be had (refused, failing, gone since it was found) stops nothing else:
            // it is shown, and tried again at its next change or an hour on.
            state.RecordComments(siteId, item, comments is null
                ? new DocumentReading(etag, null, reading, DocumentReadProblem.Unavailable, now)
                : new DocumentReading(etag, file.ContentTag, reading, comments.Problem, now), comments ?? DocumentComments.Unreadable(DocumentReadProblem.Unavailable));
        }
    }
}
