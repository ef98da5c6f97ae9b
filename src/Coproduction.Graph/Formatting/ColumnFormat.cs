using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;
using Coproduction.Graph.Schema;

namespace Coproduction.Graph.Formatting;

/// <summary>One way a column's value shows: when it applies (null for any other value), the word, the icon and the severity.</summary>
/// <param name="When">A formatter expression on <c>@currentField</c>; null for every value the cases before it leave.</param>
/// <param name="Text">The word shown, as a formatter expression (a literal is quoted).</param>
/// <param name="Icon">A Fluent UI icon name.</param>
/// <param name="Severity">Its theme class.</param>
internal sealed record FormatCase(string? When, string Text, string Icon, Severity Severity);

/// <summary>
/// A column's formatting: its value as a word with an icon, on a theme colour, case by case. As JSON it
/// is Microsoft's documented pattern for conditional formatting (a <c>div</c> with a severity class, an
/// icon <c>span</c>, a text <c>span</c>), in Excel-style expressions on <c>@currentField</c>, so it names
/// no column and holds for whichever column it is set on.
/// </summary>
/// <param name="Column">The column formatted.</param>
/// <param name="Cases">The cases, first match wins.</param>
internal sealed record ColumnFormat(SiteColumn Column, IReadOnlyList<FormatCase> Cases)
{
    /// <summary>Laid out for a person: SharePoint's editor shows a column's formatter as it is kept; quotes and '&gt;' left as they are.</summary>
    private static readonly JsonSerializerOptions Layout = new() { WriteIndented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    /// <summary>A choice: each label shown as itself, with the icon and severity given for it; a value none names is shown plainly.</summary>
    public static ColumnFormat Choice(SiteColumn column, IReadOnlyList<(string Label, string Icon, Severity Severity)> labels) =>
        new(column, [.. labels.Select(l => new FormatCase($"@currentField == {Quote(l.Label)}", Quote(l.Label), l.Icon, l.Severity))]);

    /// <summary>Yes or no, each with a word of its own.</summary>
    public static ColumnFormat YesNo(SiteColumn<bool?> column, (string Word, string Icon, Severity Severity) yes, (string Word, string Icon, Severity Severity) no) =>
        new(column, [new FormatCase("@currentField", Quote(yes.Word), yes.Icon, yes.Severity), new FormatCase(null, Quote(no.Word), no.Icon, no.Severity)]);

    /// <summary>A count where more than none needs attention: "3 open" with the icon given; none is "None", with a check mark.</summary>
    /// <param name="column">The column.</param>
    /// <param name="word">What follows the count.</param>
    /// <param name="icon">The icon of a count above none.</param>
    /// <param name="severity">How a count above none reads: by default, someone needs to act.</param>
    public static ColumnFormat Count(SiteColumn<int?> column, string word, string icon, Severity severity = Severity.SevereWarning) =>
        new(column,
        [
            // Empty until the worker first assesses the course: not "None", which would say all is well.
            new FormatCase("toString(@currentField) == ''", "''", string.Empty, Severity.None),
            new FormatCase("@currentField > 0", $"toString(@currentField) + {Quote(" " + word)}", icon, severity),
            new FormatCase(null, Quote("None"), Glance.CheckMark, Severity.Good),
        ]);

    /// <summary>The formatter as SharePoint keeps it in the column's <c>CustomFormatter</c>.</summary>
    public string ToJson() => new JsonObject
    {
        ["$schema"] = Glance.Schema,
        ["elmType"] = "div",
        ["attributes"] = new JsonObject { ["class"] = Pick(c => Quote(Glance.Class(c.Severity)), "''") },
        ["children"] = new JsonArray(
            new JsonObject
            {
                ["elmType"] = "span",
                ["style"] = new JsonObject { ["display"] = "inline-block", ["padding"] = "0 4px" },
                ["attributes"] = new JsonObject { ["iconName"] = Pick(c => Quote(c.Icon), "''") },
            },
            new JsonObject { ["elmType"] = "span", ["txtContent"] = Pick(c => c.Text, "@currentField") }),
    }.ToJsonString(Layout);

    /// <summary>An expression choosing a case's value: <c>=if(a, x, if(b, y, otherwise))</c>.</summary>
    private string Pick(Func<FormatCase, string> value, string otherwise) =>
        "=" + Cases.Reverse().Aggregate(otherwise, (rest, c) => c.When is null ? value(c) : $"if({c.When}, {value(c)}, {rest})");

    private static string Quote(string text) => $"'{text.Replace("\\", "\\\\", StringComparison.Ordinal).Replace("'", "\\'", StringComparison.Ordinal)}'";
}
