using Coproduction.Graph.Schema.Lists;
using Coproduction.Graph.Writing;
using Coproduction.Model;

namespace Coproduction.Graph.Mapping.Rows;

/// <summary>An item of the courses list, as staff keep it (the worker writes the assessment columns of <see cref="CoursesList"/>).</summary>
internal sealed record CourseRow(string? CourseId, string? Title, CourseKind? Kind, IReadOnlyList<string> Topics, Stage? Stage, string? Lead)
{
    public static CourseRow Read(SiteFields f) => new(
        CoursesList.CourseId.Read(f), SharePointColumns.Title.Read(f), CoursesList.Kind.Read(f), CoursesList.Topics.Read(f), CoursesList.Stage.Read(f), CoursesList.Lead.Read(f));

    /// <summary>The fields an import writes; the lead, a person, is written once the people are there.</summary>
    public FieldSet ToFields() => new FieldSet()
        .Set(SharePointColumns.Title, Title)
        .Set(CoursesList.CourseId, CourseId)
        .Set(CoursesList.Kind, Kind)
        .Set(CoursesList.Topics, Topics)
        .Set(CoursesList.Stage, Stage);
}
