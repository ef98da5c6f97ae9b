using System.Text.Json.Nodes;

namespace Coproduction.Emulator.Http;

/// <summary>
/// One request to the emulated Graph, whether it came over HTTP or inside a <c>$batch</c>: the
/// method, the path below <c>/v1.0</c> (segments already decoded), the query, headers and body. Or one
/// to a site's SharePoint REST API (<see cref="SharePointRest"/>), its path the whole path, <c>sites/name/_api/…</c>.
/// </summary>
internal sealed record GraphRequest
{
    public required string Method { get; init; }

    /// <summary>The path below /v1.0, decoded, without a leading slash: <c>sites/contoso.sharepoint.com:/sites/team:/lists</c>.</summary>
    public required string Path { get; init; }

    public IReadOnlyDictionary<string, string> Query { get; init; } = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);

    public IReadOnlyDictionary<string, string> Headers { get; init; } = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);

    public JsonNode? Body { get; init; }

    /// <summary>A request to a site's SharePoint REST API (<c>/{site path}/_api/…</c>), answered with SharePoint's errors, not Graph's.</summary>
    public bool SharePointRest { get; init; }

    public byte[]? Content { get; init; }

    /// <summary>Where links in responses point: <c>http://127.0.0.1:PORT/v1.0</c>.</summary>
    public required string BaseUrl { get; init; }

    public string? QueryValue(string name) =>
        Query.TryGetValue(name, out var value) || Query.TryGetValue("$" + name, out value) ? value : null;

    public string? Header(string name) => Headers.TryGetValue(name, out var value) ? value : null;
}
