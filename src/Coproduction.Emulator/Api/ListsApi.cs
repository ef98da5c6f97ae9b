using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using Coproduction.Emulator.Http;
using Coproduction.Emulator.State;

namespace Coproduction.Emulator.Api;

/// <summary>Sites, lists and columns.</summary>
internal static partial class ListsApi
{
    public static GraphResponse GetSite(ApiContext ctx) => GraphResponse.Ok(GraphJson.Site(ctx.Site!));

    /// <summary>
    /// The site's lists, with <c>$select</c> and <c>$expand</c> as for one list. Lists SharePoint keeps
    /// for itself (the user information list) are left out unless the <c>system</c> facet is selected,
    /// as Graph's team describes; hidden lists are listed.
    /// </summary>
    public static GraphResponse GetLists(ApiContext ctx)
    {
        var withSystem = Selected(ctx)?.Contains("system") == true;
        return GraphResponse.Ok(GraphJson.Collection(ctx.Site!.Lists.Values.Where(l => withSystem || !l.IsSystem).OrderBy(l => l.Created).Select(l => (JsonNode)Shaped(ctx, l))));
    }

    private static HashSet<string>? Selected(ApiContext ctx) =>
        ctx.Request.QueryValue("select")?.Split(',', StringSplitOptions.TrimEntries).ToHashSet(StringComparer.OrdinalIgnoreCase);

    /// <summary>A list, with <c>$select</c> of its properties and <c>$expand</c> of <c>columns</c> and <c>items</c> (and their fields) as Graph allows.</summary>
    public static GraphResponse GetList(ApiContext ctx)
    {
        return Find(ctx, out var list) is { } missing ? missing : GraphResponse.Ok(Shaped(ctx, list));
    }

    private static JsonObject Shaped(ApiContext ctx, SharePointList list)
    {
        var json = GraphJson.List(ctx.Site!, list);
        if (Selected(ctx) is { } keep)
        {
            foreach (var name in json.Select(p => p.Key).Where(n => !keep.Contains(n) && !n.StartsWith('@')).ToList())
            {
                json.Remove(name);
            }
        }

        foreach (var expansion in Expansions(ctx.Request.QueryValue("expand")))
        {
            if (expansion.StartsWith("columns", StringComparison.OrdinalIgnoreCase))
            {
                json["columns"] = new JsonArray([.. Shown(list.Columns, expansion).Select(c => (JsonNode)GraphJson.Column(c))]);
            }
            else if (expansion.StartsWith("items", StringComparison.OrdinalIgnoreCase))
            {
                var inner = expansion.IndexOf("expand=", StringComparison.OrdinalIgnoreCase);
                var fields = inner < 0 ? null : FieldSelection.FromExpand(expansion[(inner + 7)..].TrimEnd(')'));
                json["items"] = new JsonArray([.. list.Items.Values.Select(i => (JsonNode)ItemJson.Item(ctx.Site!, list, i, fields, ctx.Options.Variant))]);
            }
        }

        return json;
    }

    /// <summary>Splits <c>columns(select=a,b),items(expand=fields(select=c))</c> at the top-level commas.</summary>
    private static List<string> Expansions(string? expand)
    {
        var parts = new List<string>();
        var depth = 0;
        var start = 0;
        for (var i = 0; i < (expand?.Length ?? 0); i++)
        {
            depth += expand![i] switch { '(' => 1, ')' => -1, _ => 0 };
            if (expand[i] == ',' && depth == 0)
            {
                parts.Add(expand[start..i].Trim());
                start = i + 1;
            }
        }

        if (!string.IsNullOrWhiteSpace(expand))
        {
            parts.Add(expand[start..].Trim());
        }

        return parts;
    }

    public static GraphResponse CreateList(ApiContext ctx)
    {
        var body = ctx.Request.Body as JsonObject;
        var displayName = body?["displayName"]?.GetValue<string>();
        if (string.IsNullOrWhiteSpace(displayName))
        {
            return ctx.BadRequest("A list needs a displayName.");
        }

        var template = body!["list"]?["template"]?.GetValue<string>() ?? SharePointList.GenericTemplate;
        if (template is not (SharePointList.GenericTemplate or SharePointList.LibraryTemplate))
        {
            return ctx.BadRequest($"The template '{template}' is not served by the emulator; use genericList or documentLibrary.");
        }

        var site = ctx.Site!;
        if (site.FindList(displayName) is not null)
        {
            return GraphErrors.Error(409, "nameAlreadyExists", $"A list, survey, discussion board, or document library with the specified title '{displayName}' already exists in this website.", ctx.Now);
        }

        var list = new SharePointList
        {
            Id = site.NewListId(displayName),
            Name = NonWordCharacters().Replace(displayName, string.Empty),
            DisplayName = displayName,
            Description = body["description"]?.GetValue<string>() ?? string.Empty,
            Template = template,
            Created = ctx.Now,
            CreatedBy = ctx.Actor,
            Modified = ctx.Now,
            ModifiedBy = ctx.Actor,
        };
        list.Columns.AddRange(BuiltInColumns.For(template));
        foreach (var column in body["columns"]?.AsArray() ?? [])
        {
            if (ColumnReader.Read(site, list, column as JsonObject, ctx.Options.Variant, out var added) is { } problem)
            {
                return ctx.BadRequest(problem);
            }

            list.Columns.Add(added!);
        }

        list.Views.Add(ListView.Default(list));
        site.Lists[list.Id] = list;
        site.UserFor(ctx.Actor);
        return GraphResponse.Created(GraphJson.List(site, list));
    }

    /// <summary>A list's columns, SharePoint's own among them; hidden ones only when <c>hidden</c> is selected.</summary>
    public static GraphResponse GetColumns(ApiContext ctx) =>
        Find(ctx, out var list) is { } missing ? missing
        : GraphResponse.Ok(GraphJson.Collection(Shown(list.Columns, ctx.Request.QueryValue("select") ?? string.Empty).Select(c => (JsonNode)GraphJson.Column(c))));

    private static IEnumerable<ListColumn> Shown(IEnumerable<ListColumn> columns, string select) =>
        columns.Where(c => !c.Hidden || select.Contains("hidden", StringComparison.OrdinalIgnoreCase));

    public static GraphResponse AddColumn(ApiContext ctx)
    {
        if (Find(ctx, out var list) is { } missing)
        {
            return missing;
        }

        if (ColumnReader.Read(ctx.Site!, list, ctx.Request.Body as JsonObject, ctx.Options.Variant, out var column) is { } problem)
        {
            return ctx.BadRequest(problem);
        }

        list.Columns.Add(column!);
        list.Modified = ctx.Now;
        list.ModifiedBy = ctx.Actor;
        return GraphResponse.Created(GraphJson.Column(column!));
    }

    /// <summary>
    /// Updates a column (Graph's "Update columnDefinition"). Only what provisioning changes is served: a
    /// choice column's <c>choice</c> facet, whose choices replace the column's; anything else is refused.
    /// </summary>
    public static GraphResponse UpdateColumn(ApiContext ctx)
    {
        if (Find(ctx, out var list) is { } missing)
        {
            return missing;
        }

        var key = ctx.Group("column");
        var column = list.Columns.FirstOrDefault(c => c.Id == key) ?? list.Column(key);
        if (column is null)
        {
            return ctx.NotFound($"The column '{key}'");
        }

        if (column.Kind != ColumnKind.Choice || ctx.Request.Body is not JsonObject { Count: 1 } body || body["choice"]?["choices"] is not JsonArray choices
            || choices.Any(c => c?.GetValueKind() != System.Text.Json.JsonValueKind.String))
        {
            return ctx.BadRequest("The emulator updates only a choice column's choices: send { \"choice\": { \"choices\": [ … ] } }.");
        }

        column.Choices = [.. choices.Select(c => c!.GetValue<string>())];
        list.Modified = ctx.Now;
        list.ModifiedBy = ctx.Actor;
        return GraphResponse.Ok(GraphJson.Column(column));
    }

    /// <summary>Finds the list the route names, by id, display name or URL name.</summary>
    public static GraphResponse? Find(ApiContext ctx, out SharePointList list)
    {
        list = ctx.Site!.FindList(ctx.Group("list"))!;
        return list is null ? ctx.NotFound($"The list '{ctx.Group("list")}'") : null;
    }

    [GeneratedRegex(@"[^A-Za-z0-9]")]
    private static partial Regex NonWordCharacters();
}
