using Coproduction.Model;

namespace Coproduction.Graph.Schema.Lists;

/// <summary>The decisions register (the title is the decision's summary).</summary>
public static class DecisionsList
{
    /// <summary>The list's key.</summary>
    public const string Key = "decisions";

    /// <summary>The decision's identifier, such as <c>d3</c>.</summary>
    public static SiteColumn<string?> DecisionId { get; } = Columns.Text("DecisionId", "Decision id", "The decision's identifier, such as d3.");

    /// <summary>The course the decision belongs to.</summary>
    public static SiteColumn<string?> Course { get; } = CourseColumn.Create();

    /// <summary>When it was made.</summary>
    public static SiteColumn<DateTimeOffset?> At { get; } = Columns.Time("At", "When");

    /// <summary>Who made it: an item of the team list.</summary>
    public static SiteColumn<string?> By { get; } = Columns.Lookup("By", "Made by", TeamList.Key);

    /// <summary>Who was involved: items of the team list.</summary>
    public static SiteColumn<IReadOnlyList<string>> Involved { get; } = Columns.Lookups("Involved", "Involved", TeamList.Key);

    /// <summary>The exemption from co-production, if any.</summary>
    public static SiteColumn<Exemption?> Exemption { get; } = Columns.Choice<Exemption>("Exemption", "Exemption");

    /// <summary>Why it is exempt.</summary>
    public static SiteColumn<string?> Justification { get; } = Columns.Note("Justification", "Justification");

    /// <summary>The list's definition.</summary>
    public static ListSchema Schema { get; } = new(Key, "Coproduction decisions", "The decisions register: who decided, who was involved, and any exemption with its reason.", false,
        [DecisionId.Schema, Course.Schema, At.Schema, By.Schema, Involved.Schema, Exemption.Schema, Justification.Schema]);
}
