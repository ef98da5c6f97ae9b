using System.Text.Json;
using Coproduction.Text;

namespace Coproduction.Snapshots;

/// <summary>
/// A JSON value and the path that leads to it. Every accessor either returns a value of the
/// expected shape or throws <see cref="SnapshotFormatException"/> naming the path and what is
/// expected there, never the value found (it may be a person's words).
/// </summary>
internal readonly struct JsonNode(JsonElement element, string path)
{
    public JsonElement Element { get; } = element;

    public string Path { get; } = path;

    public SnapshotFormatException Problem(string problem) => new(Path, problem);

    public JsonNode Required(string name) =>
        Optional(name) ?? throw Problem(SnapshotProblems.Missing(name));

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
        var byPosition = NamedByData.Contains(Path);
        var index = 0;
        foreach (var property in obj.EnumerateObject())
        {
            var name = NameOf(property);
            yield return (name, new JsonNode(property.Value, byPosition ? $"{Path}[{index}]" : Member(Path, name)));
            index++;
        }
    }

    /// <summary>
    /// Rejects an object, here or anywhere below, that names a member twice: readers differ on which
    /// of the two counts, so the document is ambiguous. Checked here rather than by the JSON parser
    /// because the parser's message does not say where the duplicate is. Depth is bounded by the
    /// parser's maximum, so the recursion is too.
    /// </summary>
    public void CheckUniqueNames()
    {
        if (Element.ValueKind == JsonValueKind.Object)
        {
            var names = new HashSet<string>(StringComparer.Ordinal);
            foreach (var (name, value) in Members())
            {
                if (!names.Add(name))
                {
                    throw value.Problem("appears more than once in the same object; keep only one of them");
                }

                value.CheckUniqueNames();
            }
        }
        else if (Element.ValueKind == JsonValueKind.Array)
        {
            foreach (var item in Items())
            {
                item.CheckUniqueNames();
            }
        }
    }

    public string String()
    {
        var text = ExpectKind(JsonValueKind.String, "a string");
        try
        {
            return text.GetString()!;
        }
        catch (InvalidOperationException ex)
        {
            // The parser accepts bytes that are not UTF-8 and escaped half surrogates (\ud800) and only
            // fails when the text is read; that is a problem with the document, not a crash.
            throw new SnapshotFormatException(Path, $"is not readable text {NotText}", ex);
        }
    }

    public string NonBlankString()
    {
        var text = String();
        return string.IsNullOrWhiteSpace(text) ? throw Problem(SnapshotProblems.Empty) : text;
    }

    public DateTimeOffset Time()
    {
        var text = String();
        return IsoTime.TryParse(text, out var value)
            ? value
            : throw Problem("is not an ISO 8601 time with an offset, such as 2026-03-02T10:00:00Z");
    }

    public int Integer()
    {
        var number = ExpectKind(JsonValueKind.Number, "a whole number");
        if (number.TryGetInt32(out var value))
        {
            return value;
        }

        // A whole number too large to hold is a different mistake from a fraction: say which it is.
        return number.GetRawText().AsSpan().IndexOfAny('.', 'e', 'E') < 0
            ? throw Problem($"is out of range; it must be from {int.MinValue} to {int.MaxValue}")
            : throw Problem("is not a whole number; write it without a fraction or exponent, such as 2");
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
            : throw Problem($"is not one of {string.Join(", ", Words<TEnum>.All)}");
    }

    /// <summary>
    /// The objects whose member names are data, not the format's own names: a taxonomy's are topic
    /// tags. Their members are named by position (<c>$.taxonomy[2]</c>, from 0), so that no path or
    /// message repeats a topic.
    /// </summary>
    private static readonly HashSet<string> NamedByData = new(StringComparer.Ordinal) { "$.taxonomy" };

    private const string NotText =
        "because it holds bytes that are not UTF-8 or an escaped half of a surrogate pair (such as \\ud800); save the document as UTF-8 and write each character whole";

    private string NameOf(JsonProperty property)
    {
        try
        {
            return property.Name;
        }
        catch (InvalidOperationException ex)
        {
            throw new SnapshotFormatException(Path, $"a member name is not readable text {NotText}", ex);
        }
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
