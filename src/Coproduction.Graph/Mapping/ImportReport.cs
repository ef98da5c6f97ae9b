namespace Coproduction.Graph.Mapping;

/// <summary>What importing a snapshot did: items created, updated, and already as they should be.</summary>
/// <param name="SiteId">The site.</param>
/// <param name="Created">Items (and documents) created.</param>
/// <param name="Updated">Items whose fields changed.</param>
/// <param name="Unchanged">Items already as the snapshot says.</param>
/// <param name="CourseId">The course imported.</param>
public sealed record ImportReport(string SiteId, int Created, int Updated, int Unchanged, string CourseId);
