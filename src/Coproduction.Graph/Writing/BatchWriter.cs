using System.Globalization;
using System.Net;
using Coproduction.Graph.Connection;
using Microsoft.Extensions.Logging;
using Microsoft.Graph;
using Microsoft.Graph.Models;
using Microsoft.Kiota.Abstractions;

namespace Coproduction.Graph.Writing;

/// <summary>
/// Sends writes in <c>$batch</c> requests of up to 20. A request throttled or refused for a moment
/// inside a batch (429, 503: the SDK does not retry those) is sent again after its Retry-After; an
/// update refused with 412 (the item changed meanwhile) is sent again without the stale eTag, since
/// our writes set values rather than transform them. Each round of retries is logged; an answer
/// that cannot be read fails the write with <see cref="CoproductionGraphException"/>.
/// </summary>
internal sealed class BatchWriter(GraphServiceClient graph, TimeProvider time, ILogger logger)
{
    private const int MostAttempts = 6;

    /// <returns>For each write, the item's id (a new item's id for a create).</returns>
    public async Task<IReadOnlyList<string>> WriteAsync(string siteId, IReadOnlyList<ItemWrite> writes, CancellationToken cancellationToken)
    {
        var ids = new string?[writes.Count];
        var pending = Enumerable.Range(0, writes.Count).ToList();
        for (var attempt = 1; pending.Count > 0; attempt++)
        {
            var batch = new BatchRequestContentCollection(graph);
            var steps = new Dictionary<string, int>(StringComparer.Ordinal);
            foreach (var index in pending)
            {
                steps[await batch.AddBatchRequestStepAsync(Request(siteId, writes[index]))] = index;
            }

            var response = await GraphCalls.RunAsync("Writing a batch", () => graph.Batch.PostAsync(batch, cancellationToken));
            var statuses = await GraphCalls.RunAsync("Reading a batch's answers", () => response.GetResponsesStatusCodesAsync());
            var retry = new List<int>();
            var retried = new Dictionary<HttpStatusCode, int>();
            var wait = TimeSpan.Zero;
            foreach (var (step, index) in steps)
            {
                if (!statuses.TryGetValue(step, out var status))
                {
                    throw new CoproductionGraphException($"Writing an item of list {writes[index].ListId} failed: the batch's answer left it out");
                }

                if ((int)status is >= 200 and < 300)
                {
                    ids[index] = writes[index].ItemId ?? (await GraphCalls.RunAsync("Reading a batch's answer", () => response.GetResponseByIdAsync<ListItem>(step))).Id;
                    continue;
                }

                if (attempt >= MostAttempts || status is not (HttpStatusCode.TooManyRequests or HttpStatusCode.ServiceUnavailable or HttpStatusCode.PreconditionFailed))
                {
                    throw new CoproductionGraphException($"Writing an item of list {writes[index].ListId} failed", (int)status);
                }

                using var message = await response.GetResponseByIdAsync(step);
                wait = Max(wait, RetryAfter(message));
                retry.Add(index);
                retried[status] = retried.GetValueOrDefault(status) + 1;
            }

            foreach (var (status, count) in retried)
            {
                Log.BatchRetry(logger, count, (int)status, wait, attempt + 1);
            }

            pending = retry;
            if (pending.Count > 0 && wait > TimeSpan.Zero)
            {
                await Task.Delay(wait, time, cancellationToken);
            }
        }

        return ids.Select(id => id!).ToList();
    }

    private RequestInformation Request(string siteId, ItemWrite write)
    {
        var fields = new FieldValueSet { AdditionalData = Graphable(write.Fields) };
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

    private static TimeSpan RetryAfter(HttpResponseMessage message)
    {
        var text = message.Headers.TryGetValues("Retry-After", out var values) ? values.FirstOrDefault() : null;
        return double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var seconds) && seconds >= 0
            ? TimeSpan.FromSeconds(Math.Min(seconds, 300))
            : TimeSpan.FromSeconds(1);
    }

    private static TimeSpan Max(TimeSpan a, TimeSpan b) => a > b ? a : b;
}
