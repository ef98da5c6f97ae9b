namespace Coproduction.Graph.Formatting;

/// <summary>
/// How a value reads at a glance, as one of SharePoint's theme classes for column formatting
/// (<c>sp-field-severity--good</c> and the rest, which follow the site's theme). Colour is never the
/// only signal: each value also shows a word and an icon.
/// </summary>
internal enum Severity
{
    /// <summary>All is well: <c>sp-field-severity--good</c>.</summary>
    Good,

    /// <summary>Worth a look: <c>sp-field-severity--warning</c>.</summary>
    Warning,

    /// <summary>Needs someone to act: <c>sp-field-severity--severeWarning</c>.</summary>
    SevereWarning,

    /// <summary>Not met at all: <c>sp-field-severity--blocked</c>.</summary>
    Blocked,

    /// <summary>Nothing to say yet (a column the worker has not written): no class, no icon.</summary>
    None,
}

/// <summary>The theme class of each severity, and the Fluent UI icons the formatting shows, by the names Microsoft's column formatting documentation uses.</summary>
internal static class Glance
{
    /// <summary>The schema every column formatter names, so that SharePoint's editor checks it.</summary>
    public const string Schema = "https://developer.microsoft.com/json-schemas/sp/v2/column-formatting.schema.json";

    public const string CheckMark = "CheckMark";

    public const string Warning = "Warning";

    public const string ErrorBadge = "ErrorBadge";

    public const string Flag = "Flag";

    public static string Class(Severity severity) => severity switch
    {
        Severity.Good => "sp-field-severity--good",
        Severity.Warning => "sp-field-severity--warning",
        Severity.SevereWarning => "sp-field-severity--severeWarning",
        Severity.Blocked => "sp-field-severity--blocked",
        Severity.None => string.Empty,
        _ => throw new ArgumentOutOfRangeException(nameof(severity), severity, null),
    };
}
