namespace Coproduction.Graph.Schema;

/// <summary>A list or document library the site needs, with its columns (besides SharePoint's own Title).</summary>
/// <param name="Key">How code refers to the list, such as <c>courses</c>; stable across schema versions.</param>
/// <param name="DisplayName">The list's name on the site, such as "Coproduction courses".</param>
/// <param name="Description">What the list is for, shown to staff.</param>
/// <param name="IsLibrary">A document library rather than a list.</param>
/// <param name="Columns">The columns it needs.</param>
public sealed record ListSchema(string Key, string DisplayName, string Description, bool IsLibrary, IReadOnlyList<ColumnSchema> Columns)
{
    /// <summary>The schema version that added the list (<see cref="SiteSchema.Version"/>).</summary>
    public int Since { get; init; } = 1;

    /// <summary>The list as a schema version had it: only the columns that version had.</summary>
    /// <param name="version">The schema version.</param>
    public ListSchema At(int version) => this with { Columns = [.. Columns.Where(c => c.Since <= version)] };

    /// <summary>A column by internal name.</summary>
    /// <param name="name">The column's internal name.</param>
    public ColumnSchema Column(string name) => Columns.Single(c => c.Name == name);
}
