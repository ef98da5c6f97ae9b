namespace Coproduction.Graph.Provisioning;

/// <summary>What provisioning did to a site.</summary>
/// <param name="SiteId">The site's Graph id.</param>
/// <param name="CreatedLists">The display names of the lists and libraries created.</param>
/// <param name="AddedColumns">The columns added to lists that were there, as <c>List/Column</c>.</param>
public sealed record ProvisioningReport(string SiteId, IReadOnlyList<string> CreatedLists, IReadOnlyList<string> AddedColumns)
{
    /// <summary>The choices added to choice columns that were there (a newer version's, such as a flag kind added), as <c>List/Column/Choice</c>.</summary>
    public IReadOnlyList<string> AddedChoices { get; init; } = [];

    /// <summary>The status at a glance: the columns' formatting and the views (through SharePoint's REST API).</summary>
    public FormattingReport Formatting { get; init; } = new([], [], []);

    /// <summary>Whether anything was created, added or formatted.</summary>
    public bool Changed => CreatedLists.Count > 0 || AddedColumns.Count > 0 || AddedChoices.Count > 0 || Formatting.Changed;
}
