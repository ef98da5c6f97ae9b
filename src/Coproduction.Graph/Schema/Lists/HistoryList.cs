namespace Coproduction.Graph.Schema.Lists;

/// <summary>The material history list: versions of materials saved before the site was connected, by whom and when.</summary>
public static class HistoryList
{
    /// <summary>The list's key.</summary>
    public const string Key = "history";

    /// <summary>The course the material belongs to.</summary>
    public static SiteColumn<string?> Course { get; } = CourseColumn.Create();

    /// <summary>The material's identifier.</summary>
    public static SiteColumn<string?> MaterialId { get; } = Columns.Text("MaterialId", "Material id", "The material's identifier.");

    /// <summary>When the version was saved.</summary>
    public static SiteColumn<DateTimeOffset?> At { get; } = Columns.Time("At", "When");

    /// <summary>Who saved it: an item of the team list.</summary>
    public static SiteColumn<string?> By { get; } = Columns.Lookup("By", "By", TeamList.Key);

    /// <summary>The list's definition.</summary>
    public static ListSchema Schema { get; } = new(Key, "Coproduction material history", "Versions of materials saved before the site was connected, by whom and when.", false,
        [Course.Schema, MaterialId.Schema, At.Schema, By.Schema]);
}
