namespace Coproduction.Graph.Mapping;

/// <summary>A list item's id and fields, as Graph gives them (lookups as <c>{Name}LookupId</c>, several as <c>{Name}</c>).</summary>
/// <param name="Id">The item's id.</param>
/// <param name="Fields">Its fields.</param>
public sealed record ListItemData(string Id, IReadOnlyDictionary<string, object?> Fields);
