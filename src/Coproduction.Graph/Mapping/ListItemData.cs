namespace Coproduction.Graph.Mapping;

/// <summary>A list item's id and fields, read through the schema's columns.</summary>
/// <param name="Id">The item's id.</param>
/// <param name="Fields">Its fields.</param>
public sealed record ListItemData(string Id, SiteFields Fields);
