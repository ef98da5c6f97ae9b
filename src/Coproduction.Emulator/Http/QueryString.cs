namespace Coproduction.Emulator.Http;

/// <summary>Reads a query string into names and values, keeping OData's <c>$</c> in names.</summary>
internal static class QueryString
{
    public static Dictionary<string, string> Parse(string query)
    {
        var values = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        foreach (var pair in query.TrimStart('?').Split('&', StringSplitOptions.RemoveEmptyEntries))
        {
            var parts = pair.Split('=', 2);
            var name = Uri.UnescapeDataString(parts[0].Replace('+', ' '));
            values.TryAdd(name, parts.Length > 1 ? Uri.UnescapeDataString(parts[1].Replace('+', ' ')) : string.Empty);
        }

        return values;
    }
}
