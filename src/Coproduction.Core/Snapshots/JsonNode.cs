using System.Text.Json;
using Coproduction.Text;

namespace Coproduction.Snapshots;

/// <summary>
/// A JSON value and the path that leads to it. Every accessor either returns a value of the
/// expected shape or throws <see cref="SnapshotFormatException"/> naming the path.
/// </summary>
internal readonly struct JsonNode(JsonElement element, string path)
{
    public JsonElement Element { get; } = element;

    public string Path { get; } = path;

    public SnapshotFormatException Problem(string problem) => new(Path, problem);

    public JsonNode Required(string name) =>
        Optional(name) ?? throw Problem($"the required member '{name}' is missing");

    public JsonNode? Optional(string name)
    {
        var obj = ExpectKind(JsonValueKind.Object, "an object");
        return obj.TryGetProperty(name, out var value) ? new JsonNode(value, Member(Path, name)) : null;
    }

    public IEnumerable<JsonNode> Items()
    {
        var array = ExpectKind(JsonValueKind.Array, "an array");
        var index = 0;
        foreach (var item in array.EnumerateArray())
        {
            yield return new JsonNode(item, $"{Path}[{index++}]");
        }
    }

    public IEnumerable<(string Name, JsonNode Value)> Members()
    {
        var obj = ExpectKind(JsonValueKind.Object, "an object");
        foreach (var property in obj.EnumerateObject())
        {
            yield return (property.Name, new JsonNode(property.Value, Member(Path, property.Name)));
        }
    }

    public string String() => ExpectKind(JsonValueKind.String, "a string").GetString()!;

    public string NonBlankString()
    {
        var text = String();
        return string.IsNullOrWhiteSpace(text) ? throw Problem("must not be empty") : text;
    }

    public DateTimeOffset Time()
    {
        var text = String();
        return IsoTime.TryParse(text, out var value)
            ? value
            : throw Problem($"'{text}' is not an ISO 8601 time with an offset, such as 2026-03-02T10:00:00Z");
    }

    public int Integer()
    {
        var number = ExpectKind(JsonValueKind.Number, "a whole number");
        return number.TryGetInt32(out var value) ? value : throw Problem($"{number.GetRawText()} is not a whole number");
    }

    public bool Boolean() => Element.ValueKind switch
    {
        JsonValueKind.True => true,
        JsonValueKind.False => false,
        _ => throw Problem($"must be true or false, not {Describe(Element)}"),
    };

    public TEnum Word<TEnum>()
        where TEnum : struct, Enum
    {
        var text = String();
        return Words<TEnum>.TryParse(text, out var value)
            ? value
            : throw Problem($"'{text}' is not one of {string.Join(", ", Words<TEnum>.All)}");
    }

    private JsonElement ExpectKind(JsonValueKind kind, string description) =>
        Element.ValueKind == kind ? Element : throw Problem($"must be {description}, not {Describe(Element)}");

    private static string Describe(JsonElement element) => element.ValueKind switch
    {
        JsonValueKind.Object => "an object",
        JsonValueKind.Array => "an array",
        JsonValueKind.String => "a string",
        JsonValueKind.Number => "a number",
        JsonValueKind.True or JsonValueKind.False => "true or false",
        JsonValueKind.Null => "null",
        _ => "nothing",
    };

    /// <summary>Dot notation for plain names, bracket notation for anything else (such as a topic with a space).</summary>
    private static string Member(string path, string name) =>
        name.Length > 0 && (char.IsAsciiLetter(name[0]) || name[0] == '_') && name.All(c => char.IsAsciiLetterOrDigit(c) || c == '_')
            ? $"{path}.{name}"
            : $"{path}['{name.Replace("'", "\\'", StringComparison.Ordinal)}']";
}
