namespace Coproduction.Graph.Connection;

/// <summary>
/// The query of a next or delta link Graph gave. The documented links carry only a token, and whether
/// a token remembers the <c>$expand</c> it was asked with is not documented: a link followed is asked
/// for with its <c>$expand</c> again where it lacks one, so that a page never comes without what the
/// first one was asked for.
/// </summary>
internal static class LinkQuery
{
    public static string WithExpand(string link, string expand)
    {
        var at = link.IndexOf('?', StringComparison.Ordinal);
        var query = at >= 0 ? link[(at + 1)..] : string.Empty;
        var expanded = query.Split('&').Any(p => p.StartsWith("$expand=", StringComparison.OrdinalIgnoreCase)
            || p.StartsWith("expand=", StringComparison.OrdinalIgnoreCase) || p.StartsWith("%24expand=", StringComparison.OrdinalIgnoreCase));
        return expanded ? link : $"{link}{(at >= 0 ? "&" : "?")}$expand={expand}";
    }
}
