using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using System.Xml;
using System.Xml.Linq;
using Coproduction.Emulator.Http;
using Coproduction.Emulator.State;

namespace Coproduction.Emulator.Api;

/// <summary>
/// SharePoint's REST API on a list: a column's formatting (read, and set by MERGE) and the list's views
/// (listed, and made through <c>views/add</c>). docs/graph-assumptions.md says what each answer rests on.
/// </summary>
internal static partial class RestApi
{
    /// <summary>The properties <c>SP.ViewCreationInformation</c> has (documented); any other is refused, as SharePoint refuses a property a type lacks.</summary>
    private static readonly HashSet<string> ViewCreationProperties = new(StringComparer.Ordinal)
    {
        "__metadata", "AssociatedContentTypeId", "BaseViewId", "CalendarViewStyles", "Paged", "PersonalView", "Query", "RowLimit",
        "SetAsDefaultView", "Title", "ViewData", "ViewFields", "ViewTypeKind", "ViewType2",
    };

    public static GraphResponse GetField(ApiContext ctx) =>
        FindField(ctx, out _, out var column) ?? GraphResponse.Ok(RestJson.Selected(RestJson.Field(column), ctx.Request.QueryValue("select")));

    /// <summary>
    /// A column's formatting set: a POST tunnelling MERGE (documented). Only <c>CustomFormatter</c> is
    /// served; where the tenant variant says so, it is kept laid out otherwise than written (compact, escaped).
    /// </summary>
    public static GraphResponse MergeField(ApiContext ctx)
    {
        if (!string.Equals(ctx.Request.Header("X-HTTP-Method"), "MERGE", StringComparison.OrdinalIgnoreCase))
        {
            return SharePointErrors.BadRequest("A field is changed by a POST with X-HTTP-Method: MERGE; the emulator serves no other POST to a field.");
        }

        if (FindField(ctx, out var list, out var column) is { } missing)
        {
            return missing;
        }

        if (ctx.Request.Body is not JsonObject body)
        {
            return SharePointErrors.BadRequest("A MERGE needs a JSON object of the properties to set.");
        }

        if (body["__metadata"]?["type"]?.GetValue<string>() is { } type && !type.StartsWith("SP.Field", StringComparison.Ordinal))
        {
            return SharePointErrors.Error(400, SharePointErrors.InvalidQuery, $"A type named '{type}' could not be resolved by the model. When a model is available, each type name must resolve to a valid type.");
        }

        if (body.Select(p => p.Key).FirstOrDefault(k => k is not ("__metadata" or "CustomFormatter")) is { } other)
        {
            return SharePointErrors.BadRequest($"The emulator sets only CustomFormatter of a field, not '{other}'.");
        }

        if (body.ContainsKey("CustomFormatter"))
        {
            var text = body["CustomFormatter"]?.GetValue<string>();
            column.CustomFormatter = text is null || ctx.Options.Variant.FormattersKeptAsWritten ? text : LaidOutOtherwise(text);
            list.Modified = ctx.Now;
            list.ModifiedBy = ctx.Actor;
        }

        return GraphResponse.NoContent();
    }

    /// <summary>A list's views, with <c>$filter=Title eq '…'</c> where the tenant variant applies it, <c>$select</c> and <c>$expand=ViewFields</c>.</summary>
    public static GraphResponse GetViews(ApiContext ctx)
    {
        if (FindList(ctx, out var list) is { } missing)
        {
            return missing;
        }

        IEnumerable<ListView> views = list.Views;
        if (ctx.Options.Variant.ViewsHonourFilter && ctx.Request.QueryValue("filter") is { } filter)
        {
            if (TitleFilter().Match(filter) is not { Success: true } title)
            {
                return SharePointErrors.BadRequest($"The emulator applies only $filter=Title eq '…' to views, not '{filter}'.");
            }

            views = views.Where(v => v.Title == title.Groups["title"].Value.Replace("''", "'", StringComparison.Ordinal));
        }

        var withFields = ctx.Request.QueryValue("expand")?.Contains("ViewFields", StringComparison.OrdinalIgnoreCase) == true;
        var select = ctx.Request.QueryValue("select");
        return GraphResponse.Ok(new JsonObject
        {
            ["value"] = new JsonArray([.. views.Select(v => (JsonNode)RestJson.Selected(RestJson.View(ctx.Site!, list, v, withFields), select, "ViewFields"))]),
        });
    }

    /// <summary>
    /// A view made from <c>SP.ViewCreationInformation</c> (documented; its answer, 200 with the view, recorded).
    /// Its query must be XML and its fields the list's columns: the emulator's own checks, stricter than any recorded.
    /// </summary>
    public static GraphResponse AddView(ApiContext ctx)
    {
        if (FindList(ctx, out var list) is { } missing)
        {
            return missing;
        }

        if (ctx.Request.Body?["parameters"] is not JsonObject parameters)
        {
            return SharePointErrors.BadRequest("views/add takes {\"parameters\": SP.ViewCreationInformation}.");
        }

        if (parameters.Select(p => p.Key).FirstOrDefault(k => !ViewCreationProperties.Contains(k)) is { } unknown)
        {
            return SharePointErrors.Error(400, SharePointErrors.InvalidQuery, $"The property '{unknown}' does not exist on type 'SP.ViewCreationInformation'. Make sure to only use property names that are defined by the type.");
        }

        var title = parameters["Title"]?.GetValue<string>();
        if (string.IsNullOrWhiteSpace(title))
        {
            return SharePointErrors.Error(400, SharePointErrors.Argument, "A view needs a title.");
        }

        if (parameters["PersonalView"]?.GetValue<bool>() == true)
        {
            return SharePointErrors.BadRequest("The emulator makes public views only.");
        }

        if (Normalised(parameters["Query"]?.GetValue<string>() ?? string.Empty) is not { } query)
        {
            return SharePointErrors.Error(400, SharePointErrors.Argument, "The view's query is not well-formed CAML.");
        }

        var fields = (parameters["ViewFields"]?["results"] ?? parameters["ViewFields"]) as JsonArray ?? [];
        var names = fields.Select(f => f!.GetValue<string>()).ToList();
        if (names.FirstOrDefault(n => list.Column(n) is null) is { } notThere)
        {
            return SharePointErrors.FieldNotFound(notThere);
        }

        var view = new ListView
        {
            Id = ListView.NewId(list, title),
            Title = title,
            ViewQuery = query,
            RowLimit = parameters["RowLimit"]?.GetValue<int>() ?? 30,
            Paged = parameters["Paged"]?.GetValue<bool>() ?? false,
        };
        view.Fields.AddRange(names.Select(n => list.Column(n)!.Name));
        list.Views.Add(view);
        list.Modified = ctx.Now;
        list.ModifiedBy = ctx.Actor;
        return GraphResponse.Ok(RestJson.View(ctx.Site!, list, view, withFields: false));
    }

    private static GraphResponse? FindList(ApiContext ctx, out SharePointList list)
    {
        list = ctx.Site?.Lists.GetValueOrDefault(ctx.Group("list"))!;
        return list is null ? SharePointErrors.ListNotFound() : null;
    }

    /// <summary>A field by internal name, else by title, as the method's documentation says; a name neither is 400 (documented code, status reported).</summary>
    private static GraphResponse? FindField(ApiContext ctx, out SharePointList list, out ListColumn column)
    {
        column = null!;
        if (FindList(ctx, out list) is { } missing)
        {
            return missing;
        }

        var name = ctx.Group("name").Replace("''", "'", StringComparison.Ordinal);
        column = list.Column(name) ?? list.Columns.FirstOrDefault(c => string.Equals(c.DisplayName, name, StringComparison.OrdinalIgnoreCase))!;
        return column is null ? SharePointErrors.FieldNotFound(name) : null;
    }

    /// <summary>A query as SharePoint gives it back (recorded): the same CAML, attributes in double quotes, empty elements closed with " />"; null if it is not XML.</summary>
    private static string? Normalised(string query)
    {
        try
        {
            return string.Concat(XElement.Parse($"<Query>{query}</Query>").Elements().Select(e => e.ToString(SaveOptions.DisableFormatting)));
        }
        catch (XmlException)
        {
            return null;
        }
    }

    private static string LaidOutOtherwise(string formatter)
    {
        try
        {
            return JsonNode.Parse(formatter)?.ToJsonString() ?? formatter;
        }
        catch (JsonException)
        {
            return formatter;
        }
    }

    [GeneratedRegex(@"^\s*Title\s+eq\s+'(?<title>(?:[^']|'')*)'\s*$", RegexOptions.CultureInvariant)]
    private static partial Regex TitleFilter();
}
