using System.Text.Json.Nodes;
using Coproduction.Emulator.Http;
using Coproduction.Emulator.Pipeline;

namespace Coproduction.Emulator.Api;

/// <summary>
/// JSON batching: up to 20 requests in one, each answered with its own status inside a 200 (a
/// throttled one answers 429 in there). A request whose <c>dependsOn</c> failed answers 424. The
/// answers come in the order asked unless the tenant variant reorders them, as the service may.
/// </summary>
internal static class BatchApi
{
    public const int MostRequests = 20;

    public static async Task<GraphResponse> HandleAsync(RequestPipeline pipeline, GraphRequest batch, CancellationToken cancellationToken)
    {
        var now = pipeline.Now;
        if (batch.Body?["requests"] is not JsonArray requests)
        {
            return GraphErrors.BadRequest("A batch needs a 'requests' array.", now);
        }

        if (requests.Count > MostRequests)
        {
            return GraphErrors.BadRequest($"The batch holds {requests.Count} requests; at most {MostRequests} are allowed.", now);
        }

        var entries = requests.Select(r => r as JsonObject).ToList();
        if (entries.Any(e => e?["id"] is null || e["method"] is null || e["url"] is null))
        {
            return GraphErrors.BadRequest("Each request of a batch needs an id, a method and a url.", now);
        }

        var ids = entries.Select(e => e!["id"]!.ToString()).ToList();
        if (ids.Distinct(StringComparer.Ordinal).Count() != ids.Count)
        {
            return GraphErrors.BadRequest("The ids of a batch's requests must be unique.", now);
        }

        var statuses = new Dictionary<string, int>(StringComparer.Ordinal);
        var answers = new Dictionary<string, JsonObject>(StringComparer.Ordinal);
        while (answers.Count < entries.Count)
        {
            // The next request whose dependencies are answered; sequencing follows dependsOn, then the order given.
            var next = entries.FirstOrDefault(e => !answers.ContainsKey(Id(e!)) && DependsOn(e!).All(answers.ContainsKey));
            if (next is null)
            {
                return GraphErrors.BadRequest("The batch's dependsOn names a request that is not in it, or goes round in a circle.", now);
            }

            var id = Id(next);
            GraphResponse response;
            if (DependsOn(next).Any(d => statuses[d] >= 400))
            {
                response = GraphErrors.Error(424, "failedDependency", "A request this one depends on failed.", now);
            }
            else
            {
                response = await pipeline.HandleAsync(Inner(batch, next), cancellationToken);
                if (response.Abort)
                {
                    return response;
                }
            }

            statuses[id] = response.Status;
            answers[id] = Answer(id, response);
        }

        // The service may answer in another order than asked: the ids say which answer is which.
        var order = pipeline.Variant.BatchAnswersInOrder ? ids : Enumerable.Reverse(ids);
        return GraphResponse.Ok(new JsonObject { ["responses"] = new JsonArray([.. order.Select(i => (JsonNode)answers[i])]) });
    }

    private static string Id(JsonObject entry) => entry["id"]!.ToString();

    private static IEnumerable<string> DependsOn(JsonObject entry) =>
        entry["dependsOn"] is JsonArray depends ? depends.Select(d => d!.ToString()) : [];

    private static GraphRequest Inner(GraphRequest batch, JsonObject entry)
    {
        var url = entry["url"]!.GetValue<string>();
        var start = url.IndexOf("/v1.0/", StringComparison.OrdinalIgnoreCase);
        url = (start >= 0 ? url[(start + 6)..] : url).TrimStart('/');
        var parts = url.Split('?', 2);
        var headers = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        foreach (var (name, value) in entry["headers"] as JsonObject ?? [])
        {
            headers[name] = value?.ToString() ?? string.Empty;
        }

        // Requests in a batch act with the batch's token, and answer with the batch's request id.
        if (batch.Header("Authorization") is { } authorization)
        {
            headers["Authorization"] = authorization;
        }

        if (batch.Header("client-request-id") is { } requestId)
        {
            headers.TryAdd("client-request-id", requestId);
        }

        return new GraphRequest
        {
            Method = entry["method"]!.GetValue<string>().ToUpperInvariant(),
            Path = string.Join('/', parts[0].Split('/').Select(Uri.UnescapeDataString)),
            Query = QueryString.Parse(parts.Length > 1 ? parts[1] : string.Empty),
            Headers = headers,
            Body = entry["body"]?.DeepClone(),
            BaseUrl = batch.BaseUrl,
        };
    }

    private static JsonObject Answer(string id, GraphResponse response)
    {
        var headers = new JsonObject { ["Content-Type"] = "application/json" };
        foreach (var (name, value) in response.Headers)
        {
            headers[name] = value;
        }

        var answer = new JsonObject { ["id"] = id, ["status"] = response.Status, ["headers"] = headers };
        if (response.Body is not null)
        {
            answer["body"] = response.Body.DeepClone();
        }

        return answer;
    }
}
