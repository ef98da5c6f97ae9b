using System.Text.Json;

namespace Coproduction.Graph.Mapping;

/// <summary>
/// Fields as JSON and back, as plain values (strings, numbers, booleans, lists, dictionaries): how a
/// caller keeps a copy of list items, such as the worker's local copy in SQLite.
/// </summary>
public static class FieldJson
{
    /// <summary>Writes fields as a JSON object.</summary>
    /// <param name="fields">The fields.</param>
    public static string Write(IReadOnlyDictionary<string, object?> fields) => JsonSerializer.Serialize(fields);

    /// <summary>Reads fields written by <see cref="Write"/>.</summary>
    /// <param name="json">The JSON object.</param>
    public static IReadOnlyDictionary<string, object?> Read(string json)
    {
        using var document = JsonDocument.Parse(json);
        return (IReadOnlyDictionary<string, object?>)Plain(document.RootElement)!;
    }

    internal static object? Plain(JsonElement element) => element.ValueKind switch
    {
        JsonValueKind.String => element.GetString(),
        JsonValueKind.Number => element.GetDouble(),
        JsonValueKind.True => true,
        JsonValueKind.False => false,
        JsonValueKind.Array => element.EnumerateArray().Select(Plain).ToList(),
        JsonValueKind.Object => element.EnumerateObject().ToDictionary(p => p.Name, p => Plain(p.Value), StringComparer.Ordinal),
        _ => null,
    };
}
