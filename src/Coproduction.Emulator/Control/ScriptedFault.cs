namespace Coproduction.Emulator.Control;

/// <summary>
/// A fault the next matching requests meet: the next <see cref="Times"/> requests whose method,
/// path and query match answer with <see cref="Status"/> (with <see cref="RetryAfter"/> if given), or a
/// malformed body, or a dropped connection, or only a delay before the real answer, or the real answer
/// without its items' fields.
/// </summary>
public sealed record ScriptedFault
{
    /// <summary>The HTTP method to match, such as <c>PATCH</c>; null matches any.</summary>
    public string? Method { get; init; }

    /// <summary>Text the request's path (below /v1.0, decoded) must contain, such as <c>/items/delta</c>; null matches any.</summary>
    public string? PathContains { get; init; }

    /// <summary>A query parameter the request must carry, such as <c>token</c> (a delta link's, not a first read's); null matches any.</summary>
    public string? WithQuery { get; init; }

    /// <summary>How many matching requests meet the fault. Default 1.</summary>
    public int Times { get; init; } = 1;

    /// <summary>The status to answer with, such as 429, 503 or 500. Null answers normally (after <see cref="Delay"/>, if any).</summary>
    public int? Status { get; init; }

    /// <summary>The Graph error code in the body; by default one that fits the status.</summary>
    public string? Code { get; init; }

    /// <summary>The <c>Retry-After</c> header, as sent: whole (<c>2</c>) or fractional (<c>2.128</c>) seconds.</summary>
    public string? RetryAfter { get; init; }

    /// <summary>A wait before answering, for time-outs.</summary>
    public TimeSpan? Delay { get; init; }

    /// <summary>Answer 200 with this text as the body instead of JSON, for malformed responses.</summary>
    public string? MalformedBody { get; init; }

    /// <summary>
    /// Answer normally, but with each item of the answer (its <c>value</c>) without its <c>fields</c>:
    /// a tenant that drops a link's <c>$expand</c>, which is reported and not recorded.
    /// </summary>
    public bool WithoutFields { get; init; }

    /// <summary>Close the connection without answering.</summary>
    public bool DropConnection { get; init; }

    /// <summary>
    /// Whether the fault is met by requests to a site's SharePoint REST API (<c>/sites/name/_api/…</c>, its
    /// path matched whole) rather than Graph's: a fault is met by one or the other, and answers in its errors' form.
    /// </summary>
    public bool SharePointRest { get; init; }

    internal bool Matches(string method, string path, IReadOnlyDictionary<string, string> query, bool sharePointRest) =>
        SharePointRest == sharePointRest
        && (Method is null || string.Equals(Method, method, StringComparison.OrdinalIgnoreCase))
        && (PathContains is null || path.Contains(PathContains, StringComparison.OrdinalIgnoreCase))
        && (WithQuery is null || query.ContainsKey(WithQuery));
}
