using Coproduction.Graph.Schema.Lists;

namespace Coproduction.Graph.Mapping;

/// <summary>
/// A course's id as every reading of a site gives it: the <c>CourseId</c> typed, or, where staff left it
/// empty in SharePoint's form, one made from the course's list item id (<c>course-12</c>), which never
/// changes. A snapshot's own ids, written by an import, are read as they are.
/// </summary>
public static class CourseIds
{
    private const string Prefix = "course-";

    /// <summary>The id of a course item.</summary>
    /// <param name="course">An item of the courses list.</param>
    public static string Of(ListItemData course)
    {
        ArgumentNullException.ThrowIfNull(course);
        return course.Fields.Find(CoursesList.CourseId) ?? Prefix + course.Id;
    }

    /// <summary>The item id a course id made from one names (<c>course-12</c>: 12), or null for an id that is not one.</summary>
    /// <param name="courseId">A course id.</param>
    public static string? MadeFrom(string courseId)
    {
        ArgumentNullException.ThrowIfNull(courseId);
        return courseId.StartsWith(Prefix, StringComparison.Ordinal) && courseId.Length > Prefix.Length && courseId[Prefix.Length..].All(char.IsAsciiDigit)
            ? courseId[Prefix.Length..]
            : null;
    }
}
