using System.Text.Json;
using Microsoft.Kiota.Abstractions.Serialization;

namespace Coproduction.Graph.Changes;

/// <summary>Field values as the SDK parses them (untyped nodes), turned into plain .NET values.</summary>
internal static class FieldValues
{
    public static Mapping.SiteFields From(IDictionary<string, object>? data) =>
        new((data ?? new Dictionary<string, object>()).ToDictionary(p => p.Key, p => Plain(p.Value), StringComparer.Ordinal));

    public static object? Plain(object? value) => value switch
    {
        null => null,
        UntypedString s => s.GetValue(),
        UntypedBoolean b => b.GetValue(),
        UntypedInteger i => (double)i.GetValue(),
        UntypedLong l => (double)l.GetValue(),
        UntypedDouble d => d.GetValue(),
        UntypedFloat f => (double)f.GetValue(),
        UntypedDecimal m => (double)m.GetValue(),
        UntypedNull => null,
        UntypedArray a => a.GetValue().Select(Plain).ToList(),
        UntypedObject o => o.GetValue().ToDictionary(p => p.Key, p => Plain(p.Value), StringComparer.Ordinal),
        JsonElement e => Mapping.FieldJson.Plain(e),

        // The SDK reads a string that looks like a time as a time; fields keep Graph's ISO text.
        DateTimeOffset t => Schema.GraphTime.Format(t),
        DateTime t => Schema.GraphTime.Format(t.Kind == DateTimeKind.Unspecified ? DateTime.SpecifyKind(t, DateTimeKind.Utc) : t.ToUniversalTime()),

        // And a string that looks like a GUID (an account given as an Entra object id) as a Guid: text, as the copy keeps it.
        Guid g => g.ToString("D"),
        int i => (double)i,
        long l => (double)l,
        decimal m => (double)m,
        float f => (double)f,
        _ => value,
    };

    /// <summary>A document's size in bytes from its <c>FileSizeDisplay</c> (text of digits, or a number); null if absent or unreadable.</summary>
    public static long? FileSize(object? value) => Plain(value) switch
    {
        string text when long.TryParse(text, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var n) => n,
        double n => (long)n,
        _ => null,
    };
}
