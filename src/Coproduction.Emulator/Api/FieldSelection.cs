using System.Text.Json.Nodes;

namespace Coproduction.Emulator.Api;

/// <summary>
/// Which fields a request asked for: <c>$expand=fields</c> (all) or <c>$expand=fields($select=A,B)</c>
/// (those, with the item's eTag). Null when fields were not asked for.
/// </summary>
internal sealed class FieldSelection
{
    private readonly HashSet<string>? _names;

    private FieldSelection(HashSet<string>? names) => _names = names;

    public static FieldSelection All { get; } = new(null);

    /// <summary>Reads <c>$expand</c> (or <c>expand</c>): <c>fields</c>, <c>fields($select=A,B)</c> or <c>fields(select=A,B)</c>.</summary>
    public static FieldSelection? FromExpand(string? expand)
    {
        if (string.IsNullOrWhiteSpace(expand))
        {
            return null;
        }

        var text = expand.Trim();
        if (!text.StartsWith("fields", StringComparison.OrdinalIgnoreCase))
        {
            return null;
        }

        var open = text.IndexOf('(', StringComparison.Ordinal);
        if (open < 0)
        {
            return All;
        }

        var inner = text[(open + 1)..].TrimEnd(')');
        var select = inner.Split('=', 2);
        if (select.Length != 2 || !select[0].Trim().TrimStart('$').Equals("select", StringComparison.OrdinalIgnoreCase))
        {
            return All;
        }

        return new FieldSelection(select[1].Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).ToHashSet(StringComparer.OrdinalIgnoreCase));
    }

    public JsonObject Apply(JsonObject fields)
    {
        if (_names is null)
        {
            return fields;
        }

        var selected = new JsonObject();
        foreach (var (name, value) in fields)
        {
            // A lookup column selected by name also brings its LookupId, as SharePoint does.
            if (name == "@odata.etag" || _names.Contains(name) || (name.EndsWith("LookupId", StringComparison.Ordinal) && _names.Contains(name[..^8])))
            {
                selected[name] = value?.DeepClone();
            }
        }

        return selected;
    }
}
