namespace Coproduction.Graph.Connection;

/// <summary>
/// The query of a next or delta link Graph gave. The documented links carry only a token, and whether
/// a token remembers the <c>$expand</c> or <c>$select</c> it was asked with is not documented: a link
/// followed is asked for with them again where it lacks them, so that a page never comes without what
/// the first one was asked for.
/// </summary>
internal static class LinkQuery
{
    public static string WithExpand(string link, string expand) => With(link, "expand", expand);

    public static string WithSelect(string link, string select) => With(link, "select", select);

    private static string With(string link, string option, string value)
    {
        var at = link.IndexOf('?', StringComparison.Ordinal);
        var query = at >= 0 ? link[(at + 1)..] : string.Empty;
        var given = query.Split('&').Any(p => p.StartsWith($"${option}=", StringComparison.OrdinalIgnoreCase)
            || p.StartsWith($"{option}=", StringComparison.OrdinalIgnoreCase) || p.StartsWith($"%24{option}=", StringComparison.OrdinalIgnoreCase));
        return given ? link : $"{link}{(at >= 0 ? "&" : "?")}${option}={value}";
    }
}
