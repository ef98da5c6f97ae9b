namespace Coproduction.Graph.Mapping;

/// <summary>
/// The id of an item whose id column staff left empty, as SharePoint's own forms leave it: made from
/// the list item's id, which never changes, so the same item has the same id in every reading of the
/// site (the worker's and <c>export</c>'s) and in every report. A snapshot's own ids, written by an
/// import, are read as they are. An id typed that is another item's default is the later item's data problem.
/// </summary>
internal static class DefaultIds
{
    public static string Person(string itemId) => $"person-{itemId}";

    public static string Activity(string itemId) => $"log-{itemId}";

    public static string Decision(string itemId) => $"decision-{itemId}";

    public static string Material(string itemId) => $"document-{itemId}";
}
