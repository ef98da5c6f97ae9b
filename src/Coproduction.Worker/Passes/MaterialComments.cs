using Coproduction.Graph;
using Coproduction.Graph.Changes;
using Coproduction.Graph.Comments;
using Coproduction.Graph.Schema;
using Coproduction.Graph.Schema.Lists;
using Coproduction.Worker.State;

namespace Coproduction.Worker.Passes;

/// <summary>
/// Keeps the comments of the Office documents among the materials. For each document a page changes,
/// its file is found (twenty a <c>$batch</c>), and only a file whose content tag differs from the one
/// its comments were read at is downloaded: a change of a document's columns alone costs one batched
/// read and no download, an unchanged site nothing. A file over the size limit is not downloaded at
/// all. A file that cannot be read is recorded as such, for its course to show; it never fails a pass.
/// </summary>
internal sealed class MaterialComments(CoproductionGraphClient graph, WorkerState state, TimeProvider time)
{
    public async Task RecordAsync(string siteId, IReadOnlyDictionary<string, string> lists, IReadOnlyList<ItemChange> changes, CancellationToken cancellationToken)
    {
        if (!graph.CommentReading.Enabled)
        {
            // What was read of a document that changed since is no longer its content: forgotten, so that,
            // turned on again, the worker reads it at its next change rather than count what it no longer holds.
            foreach (var change in changes.Where(c => state.Comments(siteId, c.ItemId) is not null))
            {
                state.ForgetComments(siteId, change.ItemId);
            }

            return;
        }

        var documents = new List<ItemChange>();
        foreach (var change in changes.Where(c => !c.IsFolder))
        {
            if (!change.Deleted && change.Fields.Find(SharePointColumns.FileName) is { } name && OfficeFiles.AreRead(name))
            {
                documents.Add(change);
            }
            else if (state.Comments(siteId, change.ItemId) is not null)
            {
                // Gone, or renamed to something that is no Office document: its comments went with it.
                state.ForgetComments(siteId, change.ItemId);
            }
        }

        var tooLarge = documents.Where(d => d.FileSize > graph.CommentReading.MaxDocumentBytes).ToList();
        foreach (var document in tooLarge)
        {
            // Its size is known from the page: not even its file is asked for.
            state.RecordComments(siteId, document.ItemId, null, DocumentComments.Unreadable(DocumentReadProblem.TooLarge), time.GetUtcNow());
        }

        var rest = documents.Except(tooLarge).ToList();
        if (rest.Count == 0)
        {
            return;
        }

        var files = await graph.ReadDocumentFilesAsync(siteId, lists[SiteSchema.Materials], [.. rest.Select(d => d.ItemId)], cancellationToken);
        foreach (var file in files.Values)
        {
            if (file.ContentTag is not null && state.CommentsReadAt(siteId, file.ItemId) == file.ContentTag)
            {
                continue;
            }

            if (await graph.ReadCommentsAsync(file, cancellationToken) is { } comments)
            {
                state.RecordComments(siteId, file.ItemId, file.ContentTag, comments, file.LastModified == DateTimeOffset.MinValue ? time.GetUtcNow() : file.LastModified);
            }
        }
    }
}
