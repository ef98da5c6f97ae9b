using System.Globalization;
using System.Net;
using Microsoft.Extensions.Logging;
using Microsoft.Graph;
using Microsoft.Kiota.Abstractions;

namespace Coproduction.Graph.Connection;

/// <summary>
/// Sends requests in <c>$batch</c>es of up to 20, Graph's most. A request throttled or refused for a
/// moment inside a batch (429, 503: the SDK's retry handler sees only the batch, which succeeded) is
/// sent again after its Retry-After, whole seconds or fractional; so is one refused with 412 (the
/// item changed meanwhile), since our writes set values rather than transform them. Each round of
/// retries is logged; an answer that cannot be read fails with <see cref="CoproductionGraphException"/>.
/// </summary>
internal sealed class BatchSender(GraphServiceClient graph, TimeProvider time, ILogger logger)
{
    /// <summary>Graph's limit of requests in one <c>$batch</c>.</summary>
    public const int MostPerBatch = 20;

    private const int MostAttempts = 6;

    /// <summary>Sends every request; calls <paramref name="read"/> with each one's index and its successful answer.</summary>
    /// <param name="count">How many requests.</param>
    /// <param name="request">Makes request i, afresh for each attempt (a request's content is read once).</param>
    /// <param name="batchWhat">What a batch of them does, for the error if one cannot be sent.</param>
    /// <param name="what">What request i does, for the error if it fails for good.</param>
    /// <param name="read">Reads a successful answer: the request's index, the batch's answers, the request's step id in them.</param>
    /// <param name="cancellationToken">Cancels sending; what was sent stays sent.</param>
    public Task SendAsync(
        int count,
        Func<int, RequestInformation> request,
        string batchWhat,
        Func<int, string> what,
        Func<int, BatchResponseContentCollection, string, Task> read,
        CancellationToken cancellationToken) =>
        SendAsync(count, request, batchWhat, what, (i, response, step, _) => read(i, response, step), static _ => false, cancellationToken);

    /// <summary>
    /// Sends every request; calls <paramref name="read"/> with each one's index, its answer and its
    /// status, for a successful answer and for one whose status <paramref name="accept"/> takes (such
    /// as 404 for an entry that is gone, or 410 for an expired delta token), which the caller deals with.
    /// </summary>
    /// <param name="count">How many requests.</param>
    /// <param name="request">Makes request i, afresh for each attempt (a request's content is read once).</param>
    /// <param name="batchWhat">What a batch of them does, for the error if one cannot be sent.</param>
    /// <param name="what">What request i does, for the error if it fails for good.</param>
    /// <param name="read">Reads an answer: the request's index, the batch's answers, the request's step id in them, its status.</param>
    /// <param name="accept">The failures the caller reads rather than fails on.</param>
    /// <param name="cancellationToken">Cancels sending; what was sent stays sent.</param>
    public Task SendAsync(
        int count,
        Func<int, RequestInformation> request,
        string batchWhat,
        Func<int, string> what,
        Func<int, BatchResponseContentCollection, string, HttpStatusCode, Task> read,
        Func<HttpStatusCode, bool> accept,
        CancellationToken cancellationToken) =>
        SendAsync(count, request, batchWhat, what, read, (_, status) => accept(status), cancellationToken);

    /// <summary>As the overload taking a status alone, but <paramref name="accept"/> is told which request it is (for a failure that some requests may meet and others not).</summary>
    /// <param name="count">How many requests.</param>
    /// <param name="request">Makes request i, afresh for each attempt.</param>
    /// <param name="batchWhat">What a batch of them does, for the error if one cannot be sent.</param>
    /// <param name="what">What request i does, for the error if it fails for good.</param>
    /// <param name="read">Reads an answer: the request's index, the batch's answers, the request's step id in them, its status.</param>
    /// <param name="accept">The failures of request i the caller reads rather than fails on.</param>
    /// <param name="cancellationToken">Cancels sending; what was sent stays sent.</param>
    public async Task SendAsync(
        int count,
        Func<int, RequestInformation> request,
        string batchWhat,
        Func<int, string> what,
        Func<int, BatchResponseContentCollection, string, HttpStatusCode, Task> read,
        Func<int, HttpStatusCode, bool> accept,
        CancellationToken cancellationToken)
    {
        for (var start = 0; start < count; start += MostPerBatch)
        {
            var pending = Enumerable.Range(start, Math.Min(MostPerBatch, count - start)).ToList();
            for (var attempt = 1; pending.Count > 0; attempt++)
            {
                pending = await SendOnceAsync(request, pending, attempt, batchWhat, what, read, accept, cancellationToken);
            }
        }
    }

    /// <returns>The requests to send again.</returns>
    private async Task<List<int>> SendOnceAsync(
        Func<int, RequestInformation> request,
        List<int> pending,
        int attempt,
        string batchWhat,
        Func<int, string> what,
        Func<int, BatchResponseContentCollection, string, HttpStatusCode, Task> read,
        Func<int, HttpStatusCode, bool> accept,
        CancellationToken cancellationToken)
    {
        var batch = new BatchRequestContentCollection(graph);
        var steps = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var index in pending)
        {
            steps[await batch.AddBatchRequestStepAsync(request(index))] = index;
        }

        var response = await GraphCalls.RunAsync(batchWhat, () => graph.Batch.PostAsync(batch, cancellationToken));
        var statuses = await GraphCalls.RunAsync("Reading a batch's answers", () => response.GetResponsesStatusCodesAsync());
        var retry = new List<int>();
        var retried = new Dictionary<HttpStatusCode, int>();
        var wait = TimeSpan.Zero;
        foreach (var (step, index) in steps)
        {
            if (!statuses.TryGetValue(step, out var status))
            {
                throw new CoproductionGraphException(what(index) + " failed: the batch's answer left it out");
            }

            if ((int)status is >= 200 and < 300 || accept(index, status))
            {
                await GraphCalls.RunAsync("Reading a batch's answer", async () =>
                {
                    await read(index, response, step, status);
                    return true;
                });
                continue;
            }

            using var message = await response.GetResponseByIdAsync(step);
            if (attempt >= MostAttempts || status is not (HttpStatusCode.TooManyRequests or HttpStatusCode.ServiceUnavailable or HttpStatusCode.PreconditionFailed))
            {
                throw new CoproductionGraphException(what(index) + " failed", (int)status, await ErrorCodeAsync(message, cancellationToken));
            }

            wait = Max(wait, RetryAfter(message));
            retry.Add(index);
            retried[status] = retried.GetValueOrDefault(status) + 1;
        }

        foreach (var (status, count) in retried)
        {
            Log.BatchRetry(logger, count, (int)status, wait, attempt + 1);
        }

        if (retry.Count > 0 && wait > TimeSpan.Zero)
        {
            await Task.Delay(wait, time, cancellationToken);
        }

        return retry;
    }

    /// <summary>The Graph error code of a request's answer inside a batch (<c>{"error":{"code":…}}</c>), if it has one.</summary>
    public static async Task<string?> ErrorCodeAsync(HttpResponseMessage message, CancellationToken cancellationToken = default)
    {
        try
        {
            using var json = System.Text.Json.JsonDocument.Parse(await message.Content.ReadAsStringAsync(cancellationToken));
            return json.RootElement.TryGetProperty("error", out var error) && error.TryGetProperty("code", out var code) ? code.GetString() : null;
        }
        catch (System.Text.Json.JsonException)
        {
            return null;
        }
    }

    /// <summary>
    /// How long a throttled request inside a batch waits: its Retry-After, whole or fractional seconds,
    /// as SharePoint asks (315 s has been recorded, so waits of several minutes are honoured); at most
    /// <see cref="LongestWait"/>, against a value no tenant means; a second where none is given.
    /// </summary>
    internal static TimeSpan RetryAfter(HttpResponseMessage message)
    {
        var text = message.Headers.TryGetValues("Retry-After", out var values) ? values.FirstOrDefault() : null;
        return double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var seconds) && seconds >= 0
            ? TimeSpan.FromSeconds(Math.Min(seconds, LongestWait.TotalSeconds))
            : TimeSpan.FromSeconds(1);
    }

    /// <summary>The longest Retry-After honoured as given.</summary>
    internal static readonly TimeSpan LongestWait = TimeSpan.FromMinutes(30);

    private static TimeSpan Max(TimeSpan a, TimeSpan b) => a > b ? a : b;
}
