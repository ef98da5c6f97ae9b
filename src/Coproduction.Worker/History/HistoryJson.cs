using System.Text.Json;
using System.Text.Encodings.Web;

namespace Coproduction.Worker.History;

/// <summary>
/// The history as JSON: <c>{"format": "coproduction-history/1", "lines": [ … ]}</c>, each line's members
/// named as the CSV's columns, its checklist an object by item, and its flags open, opened and resolved
/// each a list of <c>{kind, subject}</c> (docs/history.md). The same lines give the same bytes.
/// </summary>
internal static class HistoryJson
{
    public const string Format = "coproduction-history/1";

    /// <summary>As the library writes JSON: two spaces, <c>\n</c> line ends, text kept readable.</summary>
    private static readonly JsonWriterOptions Options = new() { Indented = true, IndentSize = 2, NewLine = "\n", Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    public static string Write(IEnumerable<HistoryEntry> entries)
    {
        var buffer = new System.Buffers.ArrayBufferWriter<byte>();
        using (var writer = new Utf8JsonWriter(buffer, Options))
        {
            Write(writer, entries);
        }

        return System.Text.Encoding.UTF8.GetString(buffer.WrittenSpan) + "\n";
    }

    private static void Write(Utf8JsonWriter writer, IEnumerable<HistoryEntry> entries)
    {
        writer.WriteStartObject();
        writer.WriteString("format", Format);
        writer.WriteStartArray("lines");
        foreach (var entry in entries)
        {
            writer.WriteStartObject();
            writer.WriteString("at", HistoryColumns.Time(entry.At));
            writer.WriteString("site", entry.SiteUrl);
            writer.WriteString("courseId", entry.CourseId);
            writer.WriteString("event", entry.Event);
            Nullable(writer, "stage", entry.Stage);
            if (entry.Score is { } score)
            {
                writer.WriteNumber("score", score);
            }
            else
            {
                writer.WriteNull("score");
            }

            if (entry.Ready is { } ready)
            {
                writer.WriteBoolean("readyForQualityReview", ready);
            }
            else
            {
                writer.WriteNull("readyForQualityReview");
            }

            writer.WriteStartObject("checklist");
            for (var i = 0; i < entry.Checklist.Count && i < HistoryColumns.ChecklistItems.Count; i++)
            {
                writer.WriteString(HistoryColumns.ChecklistItems[i], entry.Checklist[i]);
            }

            writer.WriteEndObject();
            Flags(writer, "openFlags", entry.OpenFlags);
            Flags(writer, "flagsOpened", entry.Opened);
            Flags(writer, "flagsResolved", entry.Resolved);
            writer.WriteEndObject();
        }

        writer.WriteEndArray();
        writer.WriteEndObject();
    }

    private static void Nullable(Utf8JsonWriter writer, string name, string? value)
    {
        if (value is null)
        {
            writer.WriteNull(name);
        }
        else
        {
            writer.WriteString(name, value);
        }
    }

    private static void Flags(Utf8JsonWriter writer, string name, IReadOnlyList<HistoryFlag> flags)
    {
        writer.WriteStartArray(name);
        foreach (var flag in flags)
        {
            writer.WriteStartObject();
            writer.WriteString("kind", flag.Kind);
            writer.WriteString("subject", flag.Subject);
            writer.WriteEndObject();
        }

        writer.WriteEndArray();
    }
}
