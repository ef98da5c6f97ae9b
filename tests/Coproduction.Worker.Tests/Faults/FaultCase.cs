using Coproduction.Emulator.Control;

namespace Coproduction.Worker.Faults;

/// <summary>
/// One fault of the matrix: what the emulator does, what the log must say about it, and whether the
/// first pass fails (to be finished by the next) or rides it out.
/// </summary>
/// <param name="Name">The case, as the test and docs/reliability.md name it.</param>
/// <param name="Faults">Scripted faults, added in order before the passes (or after the first, with <paramref name="AfterFirstPass"/>).</param>
/// <param name="LogSays">Text a log line must hold.</param>
/// <param name="PassFails">Whether the pass that meets the fault fails (and a later pass finishes the work).</param>
/// <param name="AfterFirstPass">Whether the fault comes after a first, clean pass (for delta tokens, which the first pass creates).</param>
/// <param name="ExpireDeltaTokens">Whether every delta token expires (410 Gone).</param>
/// <param name="RequestTimeout">The worker's Graph request timeout, if not the default.</param>
internal sealed record FaultCase(
    string Name,
    ScriptedFault[] Faults,
    string LogSays,
    bool PassFails = false,
    bool AfterFirstPass = false,
    bool ExpireDeltaTokens = false,
    string? RequestTimeout = null)
{
    private const string Delta = "/items/delta";

    /// <summary>A plain read, outside a batch: the site, looked up by its path on a worker's first pass (delta reads go in a batch).</summary>
    private const string Site = ":/sites/recovery";
    private const string Fields = "/fields";

    /// <summary>Item creates go in batches: the worker's flag items.</summary>
    private const string Items = "/items";

    private const string Upload = ":/content";

    public static IReadOnlyList<FaultCase> All { get; } =
    [
        new("429 with a whole Retry-After on a read",
            [new ScriptedFault { Method = "GET", PathContains = Site, Status = 429, RetryAfter = "1" }],
            "Graph answered HTTP 429 to a GET request (Retry-After: 1)"),
        new("429 with a fractional Retry-After on a read",
            [new ScriptedFault { Method = "GET", PathContains = Site, Status = 429, RetryAfter = "0.5" }],
            "Graph answered HTTP 429 to a GET request (Retry-After: 0.5)"),
        new("429 more times than the SDK retries",
            [new ScriptedFault { Method = "GET", PathContains = Site, Status = 429, RetryAfter = "0", Times = 5 }],
            "failed: still refused after the SDK's retries (HTTP 429)", PassFails: true),
        new("429 on delta inside the site's batch",
            [new ScriptedFault { Method = "GET", PathContains = Delta, Status = 429, RetryAfter = "1" }],
            "1 requests of a batch were answered HTTP 429; sending them again in 00:00:01"),
        new("429 with a whole Retry-After inside a batch",
            [new ScriptedFault { Method = "POST", PathContains = Items, Status = 429, RetryAfter = "1", Times = 2 }],
            "requests of a batch were answered HTTP 429; sending them again in 00:00:01"),
        new("429 with a fractional Retry-After inside a batch",
            [new ScriptedFault { Method = "PATCH", PathContains = Fields, Status = 429, RetryAfter = "0.3" }],
            "1 requests of a batch were answered HTTP 429; sending them again in 00:00:00.3"),
        new("503 on a read",
            [new ScriptedFault { Method = "GET", PathContains = Site, Status = 503, RetryAfter = "1" }],
            "Graph answered HTTP 503 to a GET request (Retry-After: 1)"),
        new("503 inside a batch",
            [new ScriptedFault { Method = "POST", PathContains = Items, Status = 503, Times = 3 }],
            "requests of a batch were answered HTTP 503"),
        new("503 on an upload",
            [new ScriptedFault { Method = "PUT", PathContains = Upload, Status = 503, RetryAfter = "1" }],
            "Graph answered HTTP 503 to a PUT request (Retry-After: 1)"),
        new("500 on a read",
            [new ScriptedFault { Method = "GET", PathContains = Site, Status = 500 }],
            "failed: Finding site", PassFails: true),
        new("500 on delta inside the site's batch",
            [new ScriptedFault { Method = "GET", PathContains = Delta, Status = 500 }],
            "failed: Reading the changes of list", PassFails: true),
        new("500 reading a material's versions",
            [new ScriptedFault { Method = "GET", PathContains = "/versions", Status = 500 }],
            "failed: Reading a material's versions failed (HTTP 500, generalException)", PassFails: true),
        new("500 on a write inside a batch",
            [new ScriptedFault { Method = "PATCH", PathContains = Fields, Status = 500 }],
            "Writing an item of list", PassFails: true),
        new("slow read past the request timeout",
            [new ScriptedFault { Method = "GET", PathContains = Site, Delay = TimeSpan.FromSeconds(4) }],
            "failed: no answer within the request timeout", PassFails: true, RequestTimeout: "00:00:01"),
        new("slow write past the request timeout, part way through a batch",
            [new ScriptedFault { Method = "POST", PathContains = Items, Times = 2 }, new ScriptedFault { Method = "POST", PathContains = Items, Delay = TimeSpan.FromSeconds(4) }],
            "Writing a batch failed: no answer within the request timeout", PassFails: true, RequestTimeout: "00:00:01"),
        new("dropped connection on a read",
            [new ScriptedFault { Method = "GET", PathContains = Site, DropConnection = true }],
            "failed: the connection failed", PassFails: true),
        new("dropped connection part way through a batch",
            [new ScriptedFault { Method = "POST", PathContains = Items, Times = 3 }, new ScriptedFault { Method = "POST", PathContains = Items, DropConnection = true }],
            "Writing a batch failed: the connection failed", PassFails: true),
        new("dropped connection on an upload",
            [new ScriptedFault { Method = "PUT", PathContains = Upload, DropConnection = true }],
            "failed: the connection failed", PassFails: true),
        new("410 Gone on delta (every token expired)",
            [], "has expired (HTTP 410", AfterFirstPass: true, ExpireDeltaTokens: true),
        new("412 on a write",
            [new ScriptedFault { Method = "PATCH", PathContains = Fields, Status = 412 }],
            "1 requests of a batch were answered HTTP 412"),
        new("malformed JSON on a read",
            [new ScriptedFault { Method = "GET", PathContains = Site, MalformedBody = "{\"value\": [ {\"id\": " }],
            "failed: the answer was not valid JSON", PassFails: true),
        new("malformed JSON answering an upload",
            [new ScriptedFault { Method = "PUT", PathContains = Upload, MalformedBody = "<html>Service unavailable</html>" }],
            "failed: the answer was not valid JSON", PassFails: true),
    ];

    public override string ToString() => Name;
}
