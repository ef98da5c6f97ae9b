using Coproduction.Graph.Connection;
using Microsoft.Graph;
using Microsoft.Graph.Models;
using Microsoft.Kiota.Abstractions;

namespace Coproduction.Graph.Writing;

/// <summary>Sends writes in <c>$batch</c>es of up to 20 (retrying what is throttled inside one: <see cref="BatchSender"/>).</summary>
internal sealed class BatchWriter(GraphServiceClient graph, BatchSender sender)
{
    /// <returns>For each write, the item's id (a new item's id for a create).</returns>
    public async Task<IReadOnlyList<string>> WriteAsync(string siteId, IReadOnlyList<ItemWrite> writes, CancellationToken cancellationToken)
    {
        var ids = new string?[writes.Count];
        await SendAsync(siteId, writes, async (i, response, step, _) => ids[i] = writes[i].ItemId ?? (await response.GetResponseByIdAsync<ListItem>(step)).Id, static _ => false, cancellationToken);
        return ids.Select(id => id!).ToList();
    }

    /// <returns>What became of each write: its item's id, or Graph's refusal of it (<see cref="CoproductionGraphException.IsRefusal"/>).</returns>
    public async Task<IReadOnlyList<ItemWriteResult>> WriteEachAsync(string siteId, IReadOnlyList<ItemWrite> writes, CancellationToken cancellationToken)
    {
        var results = new ItemWriteResult?[writes.Count];
        await SendAsync(
            siteId,
            writes,
            async (i, response, step, status) =>
            {
                if ((int)status is >= 200 and < 300)
                {
                    // A create answered without the new item's id cannot be recorded: refused, as a write of that course.
                    results[i] = (writes[i].ItemId ?? (await response.GetResponseByIdAsync<ListItem>(step))?.Id) is { } id
                        ? new ItemWriteResult(id, null)
                        : new ItemWriteResult(null, new CoproductionGraphException($"Writing an item of list {writes[i].ListId} was answered without the item's id", (int)status, null));
                    return;
                }

                using var message = await response.GetResponseByIdAsync(step);
                if (status == System.Net.HttpStatusCode.NotFound && writes[i].ItemId is null)
                {
                    // A new item's list not found is the site's failure, not one item's.
                    throw new CoproductionGraphException($"Writing an item of list {writes[i].ListId} failed", 404, await BatchSender.ErrorCodeAsync(message, cancellationToken));
                }

                results[i] = new ItemWriteResult(null, new CoproductionGraphException(
                    $"Writing an item of list {writes[i].ListId} was refused", (int)status, await BatchSender.ErrorCodeAsync(message, cancellationToken)));
            },
            // An item gone (404 to an update: deleted meanwhile) is that write's, as a refusal is.
            status => CoproductionGraphException.Refuses((int)status) || status == System.Net.HttpStatusCode.NotFound,
            cancellationToken);
        return results.Select(r => r!).ToList();
    }

    /// <summary>Sends the writes, twenty a batch; <paramref name="read"/> hears each answer that succeeded or that <paramref name="accept"/> takes.</summary>
    private Task SendAsync(
        string siteId,
        IReadOnlyList<ItemWrite> writes,
        Func<int, BatchResponseContentCollection, string, System.Net.HttpStatusCode, Task> read,
        Func<System.Net.HttpStatusCode, bool> accept,
        CancellationToken cancellationToken) =>
        sender.SendAsync(writes.Count, i => Request(siteId, writes[i]), "Writing a batch", i => $"Writing an item of list {writes[i].ListId}", read, accept, cancellationToken);

    private RequestInformation Request(string siteId, ItemWrite write)
    {
        var fields = new FieldValueSet { AdditionalData = Graphable(write.Fields) };
        if (write.DriveId is { } drive)
        {
            // The SDK has no request for a drive item's list item's fields, which Graph serves.
            var request = new RequestInformation
            {
                HttpMethod = Method.PATCH,
                URI = new Uri($"{graph.RequestAdapter.BaseUrl}/drives/{Uri.EscapeDataString(drive)}/items/{Uri.EscapeDataString(write.ItemId!)}/listItem/fields"),
            };
            request.Headers.TryAdd("Accept", "application/json");
            request.SetContentFromParsable(graph.RequestAdapter, "application/json", fields);
            return request;
        }

        var items = graph.Sites[siteId].Lists[write.ListId].Items;
        return write.ItemId is null
            ? items.ToPostRequestInformation(new ListItem { Fields = fields })
            : items[write.ItemId].Fields.ToPatchRequestInformation(fields);
    }

    /// <summary>Several lookup ids need their collection type named, as Graph asks.</summary>
    private static Dictionary<string, object> Graphable(IReadOnlyDictionary<string, object?> fields)
    {
        var data = new Dictionary<string, object>(StringComparer.Ordinal);
        foreach (var (name, value) in fields)
        {
            if (value is IEnumerable<string> many)
            {
                data[name + "@odata.type"] = "Collection(Edm.String)";
                data[name] = many.ToList();
            }
            else
            {
                data[name] = value!;
            }
        }

        return data;
    }
}
