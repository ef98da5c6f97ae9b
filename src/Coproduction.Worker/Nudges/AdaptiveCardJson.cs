using System.Text.Json.Nodes;

namespace Coproduction.Worker.Nudges;

/// <summary>
/// The few Adaptive Card elements a nudge uses (schema 1.4, which Teams renders), written as JSON, and the
/// message a Teams workflow's webhook takes them in. No library: the card is small, and this is all of it.
/// </summary>
internal static class AdaptiveCardJson
{
    public const string ContentType = "application/vnd.microsoft.card.adaptive";

    /// <summary>The message a workflow's "When a Teams webhook request is received" takes: one attachment, the card.</summary>
    public static JsonObject Message(JsonObject card) => new()
    {
        ["type"] = "message",
        ["attachments"] = new JsonArray(new JsonObject { ["contentType"] = ContentType, ["contentUrl"] = null, ["content"] = card }),
    };

    public static JsonObject Card(IEnumerable<JsonObject> body, IEnumerable<JsonObject> actions) => new()
    {
        ["$schema"] = "http://adaptivecards.io/schemas/adaptive-card.json",
        ["type"] = "AdaptiveCard",
        ["version"] = "1.4",
        ["body"] = new JsonArray([.. body]),
        ["actions"] = new JsonArray([.. actions]),
        ["msteams"] = new JsonObject { ["width"] = "Full" },
    };

    /// <summary>
    /// A line of text. Its runs are plain text (a <c>RichTextBlock</c>'s <c>TextRun</c>s take no markdown), so a
    /// title someone typed with <c>[link](…)</c> or <c>**</c> in it shows as typed, and makes no link.
    /// </summary>
    public static JsonObject Line(params Run[] runs) => new()
    {
        ["type"] = "RichTextBlock",
        ["inlines"] = new JsonArray([.. runs.Select(r => (JsonNode)Inline(r))]),
    };

    /// <summary>A heading: plain text, bold and larger.</summary>
    public static JsonObject Heading(string text) => Line(new Run(text, Bold: true, Large: true));

    public static JsonObject OpenUrl(string title, string url) => new() { ["type"] = "Action.OpenUrl", ["title"] = title, ["url"] = url };

    private static JsonObject Inline(Run run)
    {
        var inline = new JsonObject { ["type"] = "TextRun", ["text"] = run.Text };
        if (run.Bold)
        {
            inline["weight"] = "Bolder";
        }

        if (run.Large)
        {
            inline["size"] = "Large";
        }

        if (run.Subtle)
        {
            inline["isSubtle"] = true;
        }

        return inline;
    }

    /// <summary>A run of plain text in a <see cref="Line"/>.</summary>
    public sealed record Run(string Text, bool Bold = false, bool Large = false, bool Subtle = false);
}
