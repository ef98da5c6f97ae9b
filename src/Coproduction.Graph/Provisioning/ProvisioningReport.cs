namespace Coproduction.Graph.Provisioning;

/// <summary>What provisioning did to a site.</summary>
/// <param name="SiteId">The site's Graph id.</param>
/// <param name="CreatedLists">The display names of the lists and libraries created.</param>
/// <param name="AddedColumns">The columns added to lists that were there, as <c>List/Column</c>.</param>
public sealed record ProvisioningReport(string SiteId, IReadOnlyList<string> CreatedLists, IReadOnlyList<string> AddedColumns)
{
    /// <summary>Whether anything was created or added.</summary>
    public bool Changed => CreatedLists.Count > 0 || AddedColumns.Count > 0;
}
