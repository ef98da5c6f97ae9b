namespace Coproduction.Graph.Schema;

/// <summary>
/// The schema's columns that code reads and writes by name, beside their definitions in
/// <see cref="SiteSchema.Lists"/>, which use these names too.
/// </summary>
public static class SiteColumns
{
    /// <summary>A course's identifier, such as <c>sleep-2026</c>.</summary>
    public const string CourseId = "CourseId";

    /// <summary>A course's stage, as a choice label such as <c>Quality review</c>.</summary>
    public const string Stage = "Stage";

    /// <summary>The course an item belongs to: a lookup to the courses list.</summary>
    public const string Course = "Course";

    /// <summary>How <see cref="Course"/> reads in an item's fields.</summary>
    public const string CourseLookupId = Course + "LookupId";

    /// <summary>A team member's account: a sign-in e-mail, a sign-in name or an Entra object id.</summary>
    public const string Account = "Account";
}
