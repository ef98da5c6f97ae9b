using System.Text.Json.Nodes;

namespace Coproduction.Emulator.Http;

/// <summary>What the emulated Graph answers: a status, headers, and a JSON body or raw content.</summary>
internal sealed record GraphResponse(int Status, JsonNode? Body = null)
{
    public Dictionary<string, string> Headers { get; } = new(StringComparer.OrdinalIgnoreCase);

    public byte[]? Content { get; init; }

    /// <summary>Answer with this text instead of the JSON body (a scripted malformed response).</summary>
    public string? RawBody { get; init; }

    /// <summary>Drop the connection instead of answering (a scripted fault).</summary>
    public bool Abort { get; init; }

    public static GraphResponse Ok(JsonNode body) => new(200, body);

    public static GraphResponse Created(JsonNode body) => new(201, body);

    public static GraphResponse NoContent() => new(204);

    public GraphResponse WithHeader(string name, string value)
    {
        Headers[name] = value;
        return this;
    }
}
