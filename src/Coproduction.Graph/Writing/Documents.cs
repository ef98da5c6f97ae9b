using Coproduction.Graph.Connection;
using Microsoft.Graph;

namespace Coproduction.Graph.Writing;

/// <summary>A library's documents: its drive, a small file put in one request, and the list item a file is.</summary>
internal static class Documents
{
    public static async Task<string> DriveAsync(GraphServiceClient graph, string siteId, string libraryId, CancellationToken cancellationToken)
    {
        var drive = await GraphCalls.RunAsync("Finding a library's drive", () => graph.Sites[siteId].Lists[libraryId].Drive.GetAsync(cancellationToken: cancellationToken));
        return drive!.Id!;
    }

    /// <returns>The file's drive item id.</returns>
    public static async Task<string> PutAsync(GraphServiceClient graph, string driveId, string fileName, byte[] content, CancellationToken cancellationToken)
    {
        using var stream = new MemoryStream(content);
        var file = await GraphCalls.RunAsync($"Uploading {fileName}", () => graph.Drives[driveId].Items["root"].ItemWithPath(fileName).Content.PutAsync(stream, cancellationToken: cancellationToken));
        return file!.Id!;
    }

    public static async Task<string?> NameAsync(GraphServiceClient graph, string driveId, string fileId, CancellationToken cancellationToken)
    {
        try
        {
            var item = await GraphCalls.RunAsync("Finding a file's name", () => graph.Drives[driveId].Items[fileId].GetAsync(r => r.QueryParameters.Select = ["name"], cancellationToken));
            return item?.Name;
        }
        catch (CoproductionGraphException ex) when (ex.Status == 404)
        {
            return null;
        }
    }

    public static async Task DeleteAsync(GraphServiceClient graph, string driveId, string fileId, CancellationToken cancellationToken)
    {
        try
        {
            await GraphCalls.RunAsync("Deleting a file", async () =>
            {
                await graph.Drives[driveId].Items[fileId].DeleteAsync(cancellationToken: cancellationToken);
                return true;
            });
        }
        catch (CoproductionGraphException ex) when (ex.Status == 404)
        {
            // Gone already: what was asked.
        }
    }

    /// <returns>The list item id of a file.</returns>
    public static async Task<string> ListItemAsync(GraphServiceClient graph, string driveId, string fileId, string fileName, CancellationToken cancellationToken)
    {
        var item = await GraphCalls.RunAsync($"Finding the list item of {fileName}", () => graph.Drives[driveId].Items[fileId].ListItem.GetAsync(cancellationToken: cancellationToken));
        return item!.Id!;
    }
}
