namespace Coproduction.Graph.Provisioning;

/// <summary>
/// What provisioning did for the site's status at a glance: the columns it gave their formatting, those
/// holding someone's own formatting (kept as they are), and the views it created.
/// </summary>
/// <param name="FormattedColumns">The columns formatted, as <c>List/Column</c>.</param>
/// <param name="KeptColumns">The columns that held formatting of someone else's, left as they are, as <c>List/Column</c>.</param>
/// <param name="CreatedViews">The views created, as <c>List/View</c>.</param>
public sealed record FormattingReport(IReadOnlyList<string> FormattedColumns, IReadOnlyList<string> KeptColumns, IReadOnlyList<string> CreatedViews)
{
    /// <summary>
    /// Why SharePoint refused it and what to grant, when it did (HTTP 401 or 403); null when it was applied.
    /// The lists and columns stand either way; what was done before the refusal is listed.
    /// </summary>
    public string? Refusal { get; init; }

    /// <summary>Whether a column was formatted or a view created.</summary>
    public bool Changed => FormattedColumns.Count > 0 || CreatedViews.Count > 0;
}
