using Coproduction.Model;

namespace Coproduction.Graph.Mapping;

/// <summary>A course read from a site, and the items that could not be read and were left out.</summary>
/// <param name="Snapshot">The course as a snapshot.</param>
/// <param name="Problems">Each item left out, with where it is and what is wrong.</param>
public sealed record CourseExport(CourseSnapshot Snapshot, IReadOnlyList<DataProblem> Problems);
