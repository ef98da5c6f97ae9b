using System.Text.Json;

namespace Coproduction.Worker.State;

/// <summary>Field values stored as JSON and read back as the plain values the mapping expects (strings, numbers, booleans, lists, dictionaries).</summary>
internal static class PlainJson
{
    public static string Write(IReadOnlyDictionary<string, object?> fields) => JsonSerializer.Serialize(fields);

    public static IReadOnlyDictionary<string, object?> Read(string json)
    {
        using var document = JsonDocument.Parse(json);
        return (IReadOnlyDictionary<string, object?>)Plain(document.RootElement)!;
    }

    private static object? Plain(JsonElement element) => element.ValueKind switch
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
