using Coproduction.Model;

namespace Coproduction.Graph.Schema.Lists;

/// <summary>The stage history list: each move of a course from one stage to another.</summary>
public static class StagesList
{
    /// <summary>The list's key.</summary>
    public const string Key = "stages";

    /// <summary>The course that moved.</summary>
    public static SiteColumn<string?> Course { get; } = CourseColumn.Create();

    /// <summary>When it moved.</summary>
    public static SiteColumn<DateTimeOffset?> At { get; } = Columns.Time("At", "When");

    /// <summary>The stage it left.</summary>
    public static SiteColumn<Stage?> From { get; } = Columns.Choice<Stage>("FromStage", "From");

    /// <summary>The stage it reached.</summary>
    public static SiteColumn<Stage?> To { get; } = Columns.Choice<Stage>("ToStage", "To");

    /// <summary>Who moved it: an item of the team list.</summary>
    public static SiteColumn<string?> By { get; } = Columns.Lookup("By", "By", TeamList.Key);

    /// <summary>The list's definition.</summary>
    public static ListSchema Schema { get; } = new(Key, "Coproduction stage history", "Each move of a course from one stage to another.", false,
        [Course.Schema, At.Schema, From.Schema, To.Schema, By.Schema]);
}
