using System.Text.Json;

namespace Coproduction.Graph.Mapping;

/// <summary>JSON values as plain .NET values (strings, numbers, booleans, lists, dictionaries), as <see cref="SiteFields"/> holds them.</summary>
internal static class FieldJson
{
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
