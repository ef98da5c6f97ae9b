using System.Text.Json.Nodes;
using Coproduction.Graph.Schema;

namespace Coproduction.Graph.Checks;

/// <summary>
/// The site's lists and columns held to <see cref="SiteSchema"/>: each list there, each column there
/// with the type the worker reads and writes (a lookup to the right list, every choice label offered,
/// a date that keeps its time). What is missing, provisioning adds; what differs, a person changes
/// in the list's settings, since provisioning never alters what is there.
/// </summary>
internal static class SchemaCheck
{
    /// <param name="lists">The site's lists, with their columns.</param>
    /// <param name="siteUrl">The site.</param>
    /// <param name="materialsLibrary">The library configured for the site's materials, or null for Coproduction's own.</param>
    /// <param name="findings">Where the findings go.</param>
    /// <returns>The ids of the schema's lists the site has, by key.</returns>
    public static Dictionary<string, string> Run(IReadOnlyList<JsonObject> lists, string siteUrl, string? materialsLibrary, List<CheckFinding> findings)
    {
        var byName = lists.Where(l => l["system"] is null).GroupBy(l => SiteCheck.Text(l["displayName"]) ?? string.Empty, StringComparer.OrdinalIgnoreCase)
            .ToDictionary(g => g.Key, g => g.First(), StringComparer.OrdinalIgnoreCase);
        string NameOf(ListSchema schema) => MaterialsLocation.NameOf(schema, materialsLibrary);

        // A configured library that is not there, or is a list, is no one's to provision: it is named in the configuration.
        var materials = materialsLibrary is null ? null
            : MaterialsLocation.Refusal(materialsLibrary, byName.TryGetValue(materialsLibrary, out var library), SiteCheck.Text(library?["list"]?["template"]));
        var ids = SiteSchema.Lists.Where(s => byName.ContainsKey(NameOf(s)) && (s.Key != SiteSchema.Materials || materials is null))
            .ToDictionary(s => s.Key, s => SiteCheck.Text(byName[NameOf(s)]["id"])!, StringComparer.Ordinal);
        var problems = new List<string>();
        var missing = new List<string>();
        if (materials is not null)
        {
            problems.Add($"The site's course materials cannot be read: {materials}.");
        }

        foreach (var schema in SiteSchema.Lists.Where(s => s.Key != SiteSchema.Materials || materials is null))
        {
            if (!byName.TryGetValue(NameOf(schema), out var list))
            {
                missing.Add($"the list \"{schema.DisplayName}\"");
                continue;
            }

            var columns = (list["columns"] as JsonArray ?? []).OfType<JsonObject>()
                .GroupBy(c => SiteCheck.Text(c["name"]) ?? string.Empty, StringComparer.OrdinalIgnoreCase).ToDictionary(g => g.Key, g => g.First(), StringComparer.OrdinalIgnoreCase);
            foreach (var column in schema.Columns)
            {
                if (!columns.TryGetValue(column.Name, out var found))
                {
                    missing.Add($"the column {column.Name} of \"{NameOf(schema)}\"");
                }
                else if (Differs(column, found, ids) is { } difference)
                {
                    problems.Add($"The column {column.Name} (\"{column.DisplayName}\") of \"{NameOf(schema)}\" {difference}");
                }
            }
        }

        if (missing.Count > 0)
        {
            findings.Add(new CheckFinding("schema", CheckOutcome.Fails, $"The site lacks {string.Join(", ", missing)}: run 'coproduction provision --site {siteUrl}' (it only adds what is missing)."));
        }

        foreach (var problem in problems)
        {
            findings.Add(new CheckFinding("schema", CheckOutcome.Fails, problem));
        }

        if (missing.Count == 0 && problems.Count == 0)
        {
            findings.Add(new CheckFinding("schema", CheckOutcome.Holds, $"Every list and column the worker needs is there, as schema version {SiteSchema.Version} has them."));
        }

        return ids;
    }

    /// <summary>How a column differs from what the worker needs, in words for the list's settings; null when it does not.</summary>
    private static string? Differs(ColumnSchema column, JsonObject found, IReadOnlyDictionary<string, string> ids) => column.Type switch
    {
        ColumnType.Text or ColumnType.MultilineText when found["text"] is null => "is not a text column: make it one of text.",
        ColumnType.Number when found["number"] is null => "is not a number column.",
        ColumnType.Boolean when found["boolean"] is null => "is not a yes/no column.",
        ColumnType.DateTime when found["dateTime"] is not JsonObject date => "is not a date and time column.",
        ColumnType.DateTime when SiteCheck.Text(found["dateTime"]!["format"]) == "dateOnly" =>
            "shows dates only, so it keeps midnight and loses the order of a day's work: in the list's settings, set it to show the date and time.",
        ColumnType.Choice when found["choice"] is not JsonObject choice => "is not a choice column.",
        ColumnType.Choice when found["choice"]!["allowTextEntry"]?.GetValue<bool>() != true
            && column.Choices.Except((found["choice"]!["choices"] as JsonArray ?? []).Select(c => SiteCheck.Text(c) ?? string.Empty), StringComparer.Ordinal).ToList() is { Count: > 0 } absent =>
            $"does not offer the choice{(absent.Count > 1 ? "s" : string.Empty)} {string.Join(", ", absent.Select(a => $"\"{a}\""))}: run 'coproduction provision', which adds {(absent.Count > 1 ? "them" : "it")}, or add {(absent.Count > 1 ? "them" : "it")} in the list's settings.",
        ColumnType.Lookup when found["lookup"] is not JsonObject => "is not a lookup column.",
        ColumnType.Lookup when ids.GetValueOrDefault(column.LookupList!) is { } target && SiteCheck.Text(found["lookup"]!["listId"]) is { } listId
            && !string.Equals(listId.Trim('{', '}'), target, StringComparison.OrdinalIgnoreCase) =>
            $"looks up another list than \"{SiteSchema.List(column.LookupList!).DisplayName}\".",
        _ => null,
    };
}
