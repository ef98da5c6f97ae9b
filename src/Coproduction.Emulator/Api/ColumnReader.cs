using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using Coproduction.Emulator.State;

namespace Coproduction.Emulator.Api;

/// <summary>Reads a column definition as Graph takes it: a name and one type facet (<c>text</c>, <c>choice</c>, …).</summary>
internal static partial class ColumnReader
{
    private static readonly (string Facet, ColumnKind Kind)[] Facets =
    [
        ("text", ColumnKind.Text), ("choice", ColumnKind.Choice), ("number", ColumnKind.Number), ("dateTime", ColumnKind.DateTime),
        ("boolean", ColumnKind.Boolean), ("personOrGroup", ColumnKind.PersonOrGroup), ("lookup", ColumnKind.Lookup),
    ];

    /// <returns>The problem, or null with the column in <paramref name="column"/>.</returns>
    public static string? Read(Site site, SharePointList list, JsonObject? body, TenantVariant variant, out ListColumn? column)
    {
        column = null;
        var name = body?["name"]?.GetValue<string>();
        if (name is null || !ColumnName().IsMatch(name))
        {
            return $"A column needs a name of letters, digits and underscores, not '{name}'.";
        }

        if (list.Column(name) is not null)
        {
            return $"A duplicate field name \"{name}\" was found.";
        }

        var facets = Facets.Where(f => body![f.Facet] is JsonObject).ToList();
        if (facets.Count != 1)
        {
            return $"The column '{name}' needs exactly one type: {string.Join(", ", Facets.Select(f => f.Facet))}.";
        }

        var (facet, kind) = facets[0];
        var settings = body![facet]!.AsObject();
        if (kind == ColumnKind.DateTime && settings["format"]?.GetValue<string>() is { } format && format is not ("dateTime" or "dateOnly"))
        {
            return $"The column '{name}': '{format}' is not a date and time format; use dateTime or dateOnly.";
        }

        var lookupList = kind == ColumnKind.Lookup ? settings["listId"]?.GetValue<string>() : null;
        if (kind == ColumnKind.Lookup && (lookupList is null || !site.Lists.ContainsKey(lookupList)))
        {
            return $"The lookup column '{name}' names no list of this site ('{lookupList}').";
        }

        column = new ListColumn
        {
            Id = Guid.NewGuid().ToString(),
            Name = name,
            DisplayName = body["displayName"]?.GetValue<string>() ?? name,
            Description = body["description"]?.GetValue<string>() ?? string.Empty,
            Kind = kind,
            Required = body["required"]?.GetValue<bool>() ?? false,
            Hidden = body["hidden"]?.GetValue<bool>() ?? false,
            Indexed = body["indexed"]?.GetValue<bool>() ?? false,
            AllowMultiple = (settings["allowMultipleSelection"] ?? settings["allowMultipleValues"])?.GetValue<bool>() ?? false,
            Choices = settings["choices"]?.AsArray().Select(c => c!.GetValue<string>()).ToList() ?? [],
            AllowTextEntry = settings["allowTextEntry"]?.GetValue<bool>() ?? false,
            AllowMultipleLines = settings["allowMultipleLines"]?.GetValue<bool>() ?? false,
            LookupListId = lookupList,
            LookupColumnName = settings["columnName"]?.GetValue<string>() ?? "Title",
            DateFormat = kind == ColumnKind.DateTime
                ? settings["format"]?.GetValue<string>() ?? (variant.DateColumnsDefaultToDateOnly ? "dateOnly" : "dateTime")
                : "dateTime",
        };
        return null;
    }

    [GeneratedRegex("^[A-Za-z_][A-Za-z0-9_]{0,63}$")]
    private static partial Regex ColumnName();
}
