namespace Coproduction.Graph.Schema.Lists;

/// <summary>
/// The column every list of a course's items has (the team, the log, the decisions, the materials…):
/// the course it belongs to, a lookup to the courses list, read as the course's item id.
/// </summary>
public static class CourseColumn
{
    /// <summary>The column's name.</summary>
    public const string Name = "Course";

    /// <summary>The course an item of any of a course's lists belongs to.</summary>
    public static SiteColumn<string?> Any { get; } = Create();

    internal static SiteColumn<string?> Create() => Columns.Lookup(Name, "Course", CoursesList.Key);
}
