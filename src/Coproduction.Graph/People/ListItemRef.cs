namespace Coproduction.Graph.People;

/// <summary>An item of a list, named by ids: here, one a site user last changed, whose <c>lastModifiedBy</c> says who they are in Entra.</summary>
/// <param name="ListId">The list's id.</param>
/// <param name="ItemId">The item's id.</param>
public sealed record ListItemRef(string ListId, string ItemId);
