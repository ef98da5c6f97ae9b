using System.Net;
using System.Text;
using System.Text.Json.Nodes;
using Coproduction.Graph.Connection;

namespace Coproduction.Graph.Replay;

/// <summary>
/// Answers the adapter's requests with bodies given by the test, in place of a network: the real SDK
/// and the adapter's own parsing read them. What was asked is kept, to check what the adapter sent.
/// </summary>
internal sealed class ReplayHandler(Func<HttpRequestMessage, string, (HttpStatusCode Status, JsonNode? Body)> answer) : HttpMessageHandler
{
    public List<(string Method, string Url, string Body)> Requests { get; } = [];

    /// <summary>A client of the adapter whose every request this handler answers.</summary>
    public CoproductionGraphClient Client() =>
        new(new CoproductionGraphOptions { GraphUrl = "http://127.0.0.1:9/v1.0" }, null, this);

    /// <summary>The answer to a <c>$batch</c>: each request answered by <paramref name="each"/>, with SharePoint's inner headers.</summary>
    public static JsonObject Batch(string body, Func<JsonObject, (int Status, JsonNode? Body)> each) => new()
    {
        ["responses"] = new JsonArray([.. JsonNode.Parse(body)!["requests"]!.AsArray().Select(r =>
        {
            var (status, answer) = each(r!.AsObject());
            return (JsonNode)new JsonObject
            {
                ["id"] = r["id"]!.GetValue<string>(),
                ["status"] = status,
                ["headers"] = new JsonObject { ["Cache-Control"] = "no-cache", ["OData-Version"] = "4.0", ["Content-Type"] = "application/json;odata.metadata=minimal;odata.streaming=true;IEEE754Compatible=false;charset=utf-8" },
                ["body"] = answer,
            };
        })]),
    };

    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        var body = request.Content is null ? string.Empty : await request.Content.ReadAsStringAsync(cancellationToken);
        Requests.Add((request.Method.Method, request.RequestUri!.ToString(), body));
        var (status, json) = answer(request, body);
        return new HttpResponseMessage(status)
        {
            RequestMessage = request,
            Content = new StringContent(json?.ToJsonString() ?? string.Empty, Encoding.UTF8, "application/json"),
        };
    }
}
