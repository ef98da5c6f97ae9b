using System.Text.Encodings.Web;
using System.Text.Json;

namespace Coproduction.Text;

/// <summary>
/// How this library writes JSON: indented by two spaces with <c>\n</c> line ends on every platform,
/// and text kept readable (apostrophes, accents and every script as they are). The relaxed encoder
/// escapes only what JSON itself requires: our JSON is a document, never pasted into HTML or a
/// script, and the HTML report encodes for HTML itself.
/// </summary>
internal static class JsonOutput
{
    private static readonly JsonWriterOptions Options = new()
    {
        Indented = true,
        IndentSize = 2,
        NewLine = "\n",
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    public static string Write(Action<Utf8JsonWriter> write)
    {
        var buffer = new System.Buffers.ArrayBufferWriter<byte>();
        using (var writer = new Utf8JsonWriter(buffer, Options))
        {
            write(writer);
        }

        return System.Text.Encoding.UTF8.GetString(buffer.WrittenSpan) + "\n";
    }

    public static void WriteStrings(this Utf8JsonWriter writer, string name, IEnumerable<string> values)
    {
        writer.WriteStartArray(name);
        foreach (var value in values)
        {
            writer.WriteStringValue(value);
        }

        writer.WriteEndArray();
    }
}
