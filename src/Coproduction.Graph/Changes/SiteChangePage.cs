namespace Coproduction.Graph.Changes;

/// <summary>A page of one list's changes, from a read of many lists at once (<see cref="SiteChangeReader"/>).</summary>
/// <param name="ListId">The list the page is of.</param>
/// <param name="Page">The page: its changes, whether it starts the list afresh, and on the last page the delta link.</param>
public sealed record SiteChangePage(string ListId, ListChangePage Page)
{
    /// <summary>
    /// The status (403 or 404) a list that may be refused (<see cref="SiteChangeReader.ReadPagesAllowingRefusalsAsync"/>)
    /// was refused with: its read ends here, the page holding no change and no delta link. Null for a page read.
    /// </summary>
    public int? Refused { get; init; }
}
