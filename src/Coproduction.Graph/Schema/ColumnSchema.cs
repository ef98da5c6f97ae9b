namespace Coproduction.Graph.Schema;

/// <summary>A column the site needs in a list or library.</summary>
/// <param name="Name">The internal name, such as <c>CourseId</c>: what Graph reads and writes.</param>
/// <param name="DisplayName">What staff see, such as "Course id".</param>
/// <param name="Type">The column's type.</param>
public sealed record ColumnSchema(string Name, string DisplayName, ColumnType Type)
{
    /// <summary>What the column holds, shown to staff.</summary>
    public string Description { get; init; } = string.Empty;

    /// <summary>For a choice column: its labels.</summary>
    public IReadOnlyList<string> Choices { get; init; } = [];

    /// <summary>For a lookup column: the <see cref="ListSchema.Key"/> of the list looked up.</summary>
    public string? LookupList { get; init; }

    /// <summary>For a lookup column: the column of the list looked up that a form offers to choose from (SharePoint's <c>Title</c> unless said).</summary>
    public string? LookupColumn { get; init; }

    /// <summary>For a lookup column: whether several items may be chosen.</summary>
    public bool AllowMultiple { get; init; }

    /// <summary>Whether the worker writes the column (staff read it).</summary>
    public bool WrittenByWorker { get; init; }

    /// <summary>The schema version that added the column (<see cref="SiteSchema.Version"/>): a site provisioned earlier gets it when provisioned again.</summary>
    public int Since { get; init; } = 1;
}
