using Coproduction.Graph.Writing;
using Coproduction.Model;

namespace Coproduction.Graph.Mapping;

/// <summary>A course read from a site, and the items that could not be read and were left out.</summary>
/// <param name="Snapshot">The course as a snapshot.</param>
/// <param name="Problems">Each item left out, with where it is and what is wrong.</param>
public sealed record CourseExport(CourseSnapshot Snapshot, IReadOnlyList<DataProblem> Problems)
{
    /// <summary>
    /// The log items the course's site lacks for comments in its documents by people outside the core
    /// team: each a new item's fields for the log list, made so that staff can answer the comment there
    /// ("you said, we did"; docs/sharepoint-schema.md, "Answering a comment in a document"). The worker writes them; an
    /// export leaves them. A comment whose item is there, readable or not, is not given another.
    /// </summary>
    public IReadOnlyList<FieldSet> CommentsToLog { get; init; } = [];
}
