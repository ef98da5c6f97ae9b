namespace Coproduction.Emulator.State;

/// <summary>A column of a list: its name, type and the type's settings.</summary>
internal sealed class ListColumn
{
    /// <summary>The most characters a single line of text keeps: its documented <c>maxLength</c> (graph-examples: list-list-columns, list-post-columns).</summary>
    public const int SingleLineLength = 255;

    public required string Id { get; init; }

    public required string Name { get; init; }

    public required string DisplayName { get; init; }

    public string Description { get; init; } = string.Empty;

    public required ColumnKind Kind { get; init; }

    public bool Required { get; init; }

    public bool Hidden { get; init; }

    public bool Indexed { get; init; }

    public bool ReadOnly { get; init; }

    /// <summary>One of SharePoint's own columns, there in every list of its kind (<see cref="BuiltInColumns"/>).</summary>
    public bool BuiltIn { get; init; }

    /// <summary>Where SharePoint files the column: "Custom Columns" for nearly all, built-in ones too; "_Hidden" for a few.</summary>
    public string ColumnGroup { get; init; } = "Custom Columns";

    /// <summary>For person and lookup columns: several values allowed.</summary>
    public bool AllowMultiple { get; init; }

    /// <summary>A choice column's choices, in order: settable, because updating a column may add to them.</summary>
    public IReadOnlyList<string> Choices { get; set; } = [];

    public bool AllowTextEntry { get; init; }

    public bool AllowMultipleLines { get; init; }

    /// <summary>For a date and time column: <c>dateTime</c> or <c>dateOnly</c>.</summary>
    public string DateFormat { get; init; } = "dateTime";

    /// <summary>For lookup columns: the list looked up, and its column shown.</summary>
    public string? LookupListId { get; init; }

    public string LookupColumnName { get; init; } = "Title";

    /// <summary>
    /// The column's formatting, JSON as SharePoint's REST API sets it (<c>CustomFormatter</c>); null, as
    /// recorded for a column never formatted. Graph does not show it.
    /// </summary>
    public string? CustomFormatter { get; set; }

    /// <summary>Person and lookup columns are written and read through <c>{Name}LookupId</c>.</summary>
    public bool IsLookup => Kind is ColumnKind.PersonOrGroup or ColumnKind.Lookup;
}
