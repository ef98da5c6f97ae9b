using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace Coproduction.Graph.Connection;

/// <summary>
/// SharePoint's REST API (<c>{site}/_api/…</c>), for the little Graph v1.0 cannot do: a column's
/// formatting and a list's views. Answers are asked for as JSON without metadata; bodies are sent in
/// the verbose form with their <c>__metadata</c> type, as Microsoft's REST reference shows them (PnP Core
/// sends the same pair). A refusal is a <see cref="CoproductionGraphException"/> with the status and
/// SharePoint's error code, its message naming what was being done and what SharePoint said.
/// </summary>
internal sealed class SharePointRest(HttpClient http, CoproductionGraphOptions options) : IDisposable
{
    private const string NoMetadata = "application/json;odata=nometadata";

    /// <summary>Longer server messages are cut: they go into exception messages, not logs.</summary>
    private const int LongestMessage = 300;

    /// <summary>How the app signs in, for saying why SharePoint refused it.</summary>
    public GraphCredentialKind Credential => options.Credential;

    /// <summary>
    /// Where a site's REST API is: <c>https://contoso.sharepoint.com/sites/recovery/_api/</c>; against the
    /// emulator, the same path on the emulator's address (<c>http://127.0.0.1:5080/sites/recovery/_api/</c>).
    /// </summary>
    /// <exception cref="ArgumentException">The URL is not a SharePoint site URL.</exception>
    public Uri Root(string siteUrl)
    {
        SiteAddress.ToGraphKey(siteUrl);
        var site = new Uri(siteUrl);
        var origin = options.IsLoopback ? new Uri(options.GraphUrl).GetLeftPart(UriPartial.Authority) : site.GetLeftPart(UriPartial.Authority);
        return new Uri($"{origin}{site.AbsolutePath.TrimEnd('/')}/_api/");
    }

    /// <summary>An OData string literal: quoted, a quote doubled.</summary>
    public static string Literal(string text) => $"'{text.Replace("'", "''", StringComparison.Ordinal)}'";

    public Task<JsonNode?> GetAsync(Uri uri, string what, CancellationToken cancellationToken) =>
        SendAsync(HttpMethod.Get, uri, null, merge: false, what, cancellationToken);

    public Task<JsonNode?> PostAsync(Uri uri, JsonObject body, string what, CancellationToken cancellationToken) =>
        SendAsync(HttpMethod.Post, uri, body, merge: false, what, cancellationToken);

    /// <summary>Sets the properties the body names, leaving the rest: a POST tunnelling MERGE, whatever the entity's eTag (<c>IF-MATCH: *</c>).</summary>
    public Task MergeAsync(Uri uri, JsonObject body, string what, CancellationToken cancellationToken) =>
        SendAsync(HttpMethod.Post, uri, body, merge: true, what, cancellationToken);

    public void Dispose() => http.Dispose();

    private async Task<JsonNode?> SendAsync(HttpMethod method, Uri uri, JsonObject? body, bool merge, string what, CancellationToken cancellationToken)
    {
        using var request = new HttpRequestMessage(method, uri);
        request.Headers.Accept.ParseAdd(NoMetadata);
        if (body is not null)
        {
            request.Content = new StringContent(body.ToJsonString(), Encoding.UTF8);
            request.Content.Headers.ContentType = new MediaTypeHeaderValue("application/json") { CharSet = "utf-8", Parameters = { new NameValueHeaderValue("odata", "verbose") } };
        }

        if (merge)
        {
            request.Headers.Add("X-HTTP-Method", "MERGE");
            request.Headers.TryAddWithoutValidation("IF-MATCH", "*");
        }

        try
        {
            using var response = await http.SendAsync(request, cancellationToken);
            var text = await response.Content.ReadAsStringAsync(cancellationToken);
            if (!response.IsSuccessStatusCode)
            {
                throw Refused(what, (int)response.StatusCode, text);
            }

            return text.Length == 0 ? null : JsonNode.Parse(text);
        }
        catch (Exception ex) when (GraphCalls.Failure(what, ex) is { } failure)
        {
            throw failure;
        }
    }

    /// <summary>
    /// SharePoint's error, in the forms it is known to take: <c>{"odata.error":{"code","message":{"lang","value"}}}</c>
    /// without metadata (recorded), <c>{"error":{…}}</c> in the verbose form, and a sign-in refused as
    /// <c>{"error_description"}</c> (reported).
    /// </summary>
    private static CoproductionGraphException Refused(string what, int status, string body)
    {
        string? code = null, message = null;
        try
        {
            var json = JsonNode.Parse(body);
            var error = json?["odata.error"] ?? json?["error"];
            code = Text(error?["code"]);
            message = Text(error?["message"]?["value"]) ?? Text(error?["message"]) ?? Text(json?["error_description"]);
        }
        catch (JsonException)
        {
            // Not JSON (an HTML page, say): the status says enough.
        }

        var verb = status >= 500 ? "failed" : "was refused";
        return new CoproductionGraphException(message is null ? $"{what} {verb}" : $"{what} {verb}: {Shortened(message)}", status, code);
    }

    private static string? Text(JsonNode? node) => node is JsonValue value && value.TryGetValue<string>(out var text) && text.Length > 0 ? text : null;

    private static string Shortened(string message)
    {
        var line = string.Join(' ', message.Split(['\r', '\n'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)).TrimEnd('.');
        return line.Length <= LongestMessage ? line : string.Concat(line.AsSpan(0, LongestMessage), "…");
    }
}
