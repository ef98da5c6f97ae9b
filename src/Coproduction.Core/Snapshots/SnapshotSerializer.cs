using System.Text;
using System.Text.Json;
using Coproduction.Model;

namespace Coproduction.Snapshots;

/// <summary>
/// Reads and writes course snapshot documents (format <c>coproduction-snapshot/1</c>). A document is
/// either read whole or rejected whole with a <see cref="SnapshotFormatException"/> naming the JSON
/// path of the first problem; a snapshot written and read back is equal to the one written.
/// </summary>
public static class SnapshotSerializer
{
    private static readonly JsonDocumentOptions DocumentOptions = new()
    {
        // Duplicate member names are rejected by JsonNode.CheckUniqueNames, which can say where they are.
        AllowDuplicateProperties = true,
        CommentHandling = JsonCommentHandling.Disallow,
        AllowTrailingCommas = false,

        // The format nests five levels deep; anything far deeper is not a snapshot.
        MaxDepth = 32,
    };

    /// <summary>Reads a snapshot from JSON text.</summary>
    /// <param name="json">The document.</param>
    /// <returns>The snapshot, every reference checked.</returns>
    /// <exception cref="SnapshotFormatException">The document is not a valid snapshot.</exception>
    public static CourseSnapshot Deserialize(string json)
    {
        ArgumentNullException.ThrowIfNull(json);
        return Deserialize(Encoding.UTF8.GetBytes(json));
    }

    /// <summary>Reads a snapshot from UTF-8 JSON bytes.</summary>
    /// <param name="utf8Json">The document.</param>
    /// <returns>The snapshot, every reference checked.</returns>
    /// <exception cref="SnapshotFormatException">The document is not a valid snapshot.</exception>
    public static CourseSnapshot Deserialize(ReadOnlyMemory<byte> utf8Json)
    {
        using var document = ParseJson(WithoutByteOrderMark(utf8Json));
        var root = new JsonNode(document.RootElement, "$");
        root.CheckUniqueNames();
        var snapshot = SnapshotParser.Parse(root);
        SnapshotValidator.Validate(snapshot);
        return snapshot;
    }

    /// <summary>Writes a snapshot as indented JSON, members in the order of the format's description.</summary>
    /// <param name="snapshot">The snapshot.</param>
    /// <returns>The document, ending with a new line.</returns>
    public static string Serialize(CourseSnapshot snapshot)
    {
        ArgumentNullException.ThrowIfNull(snapshot);
        return Text.JsonOutput.Write(writer => SnapshotWriter.Write(writer, snapshot));
    }

    /// <summary>
    /// Some Windows editors start a UTF-8 file with a byte order mark. JSON readers may ignore it
    /// (RFC 8259, section 8.1), and the file is the same document, so it is skipped rather than refused.
    /// </summary>
    private static ReadOnlyMemory<byte> WithoutByteOrderMark(ReadOnlyMemory<byte> utf8Json) =>
        utf8Json.Span.StartsWith(Encoding.UTF8.Preamble) ? utf8Json[Encoding.UTF8.Preamble.Length..] : utf8Json;

    /// <summary>
    /// The reader's own words, without its position suffix. A word it took for true, false or null it
    /// quotes up to where it stopped, which for a file of prose is the whole file: the message says what
    /// was expected instead, never the text (it may be a person's words), on one line, briefly.
    /// </summary>
    private static string Detail(string message)
    {
        const string Literal = " is an invalid JSON literal. ";
        const int Longest = 200;
        var literal = message.LastIndexOf(Literal, StringComparison.Ordinal);
        var detail = literal < 0 ? message : "a word that is not true, false or null. " + message[(literal + Literal.Length)..];
        detail = detail.Split(" LineNumber:", 2)[0].Split(" Path:", 2)[0].TrimEnd().ReplaceLineEndings(" ");
        return detail.Length <= Longest ? detail : detail[..Longest] + "…";
    }

    private static JsonDocument ParseJson(ReadOnlyMemory<byte> utf8Json)
    {
        try
        {
            return JsonDocument.Parse(utf8Json, DocumentOptions);
        }
        catch (JsonException ex)
        {
            var detail = Detail(ex.Message);
            var where = ex.LineNumber is { } line ? $" at line {line + 1}, column {ex.BytePositionInLine + 1}" : string.Empty;
            throw new SnapshotFormatException("$", $"not valid JSON{where}: {detail}", ex);
        }
    }
}
