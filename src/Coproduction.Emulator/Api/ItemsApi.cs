using System.Globalization;
using System.Text.Json.Nodes;
using Coproduction.Emulator.Http;
using Coproduction.Emulator.State;

namespace Coproduction.Emulator.Api;

/// <summary>List items: list in pages, get, create, update fields with If-Match, delete, versions.</summary>
internal static class ItemsApi
{
    public static GraphResponse List(ApiContext ctx)
    {
        if (ListsApi.Find(ctx, out var list) is { } missing)
        {
            return missing;
        }

        var top = PageSize(ctx, ctx.Options.ItemPageSize);
        var after = int.TryParse(ctx.Request.QueryValue("skiptoken"), NumberStyles.None, CultureInfo.InvariantCulture, out var skip) ? skip : 0;
        var fields = FieldSelection.FromExpand(ctx.Request.QueryValue("expand"));
        var page = list.Items.Values.Where(i => i.Id > after).Take(top + 1).ToList();
        string? next = null;
        if (page.Count > top)
        {
            page.RemoveAt(top);
            // Where the tenant variant says links carry only what pages them, the $expand is not kept.
            next = ctx.Link($"sites/{ctx.Site!.Id}/lists/{list.Id}/items?{(ctx.Options.Variant.LinksKeepExpand ? Expand(ctx) : string.Empty)}$top={top}&$skiptoken={page[^1].Id}");
        }

        return GraphResponse.Ok(GraphJson.Collection(page.Select(i => (JsonNode)ItemJson.Item(ctx.Site!, list, i, fields, ctx.Options.Variant)), next));
    }

    public static GraphResponse Get(ApiContext ctx) =>
        Find(ctx, out var list, out var item) ?? GraphResponse.Ok(ItemJson.Item(ctx.Site!, list, item, FieldSelection.FromExpand(ctx.Request.QueryValue("expand")), ctx.Options.Variant));

    public static GraphResponse GetFields(ApiContext ctx) =>
        Find(ctx, out var list, out var item) ?? GraphResponse.Ok(FieldsJson.Fields(ctx.Site!, list, item, FieldSelection.All, ctx.Options.Variant));

    public static GraphResponse Create(ApiContext ctx)
    {
        if (ListsApi.Find(ctx, out var list) is { } missing)
        {
            return missing;
        }

        if (list.IsLibrary)
        {
            return ctx.BadRequest("Documents are added to a library by uploading them to its drive.");
        }

        if (list.IsUserList)
        {
            return KeptBySharePoint(ctx);
        }

        var site = ctx.Site!;
        var item = new ListItem { Id = list.NextItemId, Created = ctx.Now, CreatedBy = ctx.Actor, Modified = ctx.Now, ModifiedBy = ctx.Actor };
        if (FieldWriter.Apply(site, list, item.Fields, (ctx.Request.Body?["fields"] as JsonObject) ?? [], ctx.Options.Variant) is { } problem)
        {
            return ctx.BadRequest(problem);
        }

        list.NextItemId++;
        site.UserFor(ctx.Actor);
        item.AddVersion(ctx.Actor, ctx.Now, contentChanged: false);
        item.Seq = list.NextChange();
        list.Items[item.Id] = item;
        return GraphResponse.Created(ItemJson.Item(site, list, item, FieldSelection.All, ctx.Options.Variant));
    }

    /// <summary><c>PATCH …/items/{id}/fields</c> answers the fields; <c>PATCH …/items/{id}</c> with <c>{fields}</c> answers the item.</summary>
    public static GraphResponse UpdateFields(ApiContext ctx) => Update(ctx, ctx.Request.Body as JsonObject, answerItem: false);

    public static GraphResponse UpdateItem(ApiContext ctx) => Update(ctx, ctx.Request.Body?["fields"] as JsonObject, answerItem: true);

    public static GraphResponse Delete(ApiContext ctx)
    {
        if (Find(ctx, out var list, out var item) is { } missing)
        {
            return missing;
        }

        if (list.IsUserList)
        {
            return KeptBySharePoint(ctx);
        }

        if (StaleETag(ctx, item, drive: false) is { } stale)
        {
            return stale;
        }

        Remove(ctx, list, item);
        return GraphResponse.NoContent();
    }

    /// <summary>
    /// An item's versions, newest first, ids as labels ("2.0"). With <c>$expand=fields</c> each has its
    /// fields then, and who made it; never a size, which only the file's versions carry.
    /// </summary>
    public static GraphResponse Versions(ApiContext ctx)
    {
        if (Find(ctx, out var list, out var item) is { } missing)
        {
            return missing;
        }

        var withFields = FieldSelection.FromExpand(ctx.Request.QueryValue("expand"));
        var shape = ctx.Options.Variant.VersionIdentityHasEmail ? GraphJson.IdentityShape.Version : GraphJson.IdentityShape.VersionWithoutEmail;
        return GraphResponse.Ok(GraphJson.Collection(item.Versions.AsEnumerable().Reverse().Select(v =>
        {
            var json = new JsonObject
            {
                ["id"] = v.Id,
                ["lastModifiedBy"] = GraphJson.Identity(v.By, shape),
                ["lastModifiedDateTime"] = GraphJson.Time(v.At),
            };
            if (withFields is not null)
            {
                json["fields"] = withFields.Apply(FieldsJson.Version(ctx.Site!, list, item, v));
            }

            return (JsonNode)json;
        })));
    }

    /// <summary>Applies a change of fields by the request's actor: a new version and a new change number.</summary>
    public static GraphResponse? Change(ApiContext ctx, SharePointList list, ListItem item, JsonObject written)
    {
        if (list.IsUserList)
        {
            return KeptBySharePoint(ctx);
        }

        if (StaleETag(ctx, item, drive: false) is { } stale)
        {
            return stale;
        }

        if (FieldWriter.Apply(ctx.Site!, list, item.Fields, written, ctx.Options.Variant) is { } problem)
        {
            return ctx.BadRequest(problem);
        }

        ctx.Site!.UserFor(ctx.Actor);
        item.Modified = ctx.Now;
        item.ModifiedBy = ctx.Actor;
        item.AddVersion(ctx.Actor, ctx.Now, contentChanged: false);
        item.Seq = list.NextChange();
        return null;
    }

    /// <summary>
    /// Deletes an item; a folder goes with everything in it. Where the tenant clears lookups to an item
    /// deleted (<see cref="TenantVariant.DeletedLookupsCleared"/>), the site's lookups to it are emptied,
    /// with no new version or change of the items holding them.
    /// </summary>
    public static void Remove(ApiContext ctx, SharePointList list, ListItem item)
    {
        foreach (var inside in list.Items.Values.Where(i => i.FolderId == item.Id).ToList())
        {
            Remove(ctx, list, inside);
        }

        list.Items.Remove(item.Id);
        list.Deleted.Add(new DeletedItem(item.Id, item.DriveItemId, item.FileName, item.IsFolder, list.NextChange()));
        if (ctx.Options.Variant.DeletedLookupsCleared && ctx.Site is { } site)
        {
            ClearLookupsTo(site, list, item.Id);
        }
    }

    private static void ClearLookupsTo(Site site, SharePointList list, int id)
    {
        foreach (var other in site.Lists.Values)
        {
            foreach (var column in other.Columns.Where(c => c.Kind == ColumnKind.Lookup && string.Equals(c.LookupListId, list.Id, StringComparison.OrdinalIgnoreCase)))
            {
                foreach (var fields in other.Items.Values.Select(i => i.Fields))
                {
                    switch (fields[column.Name])
                    {
                        case JsonArray ids:
                            foreach (var entry in ids.Where(e => e?.GetValue<int>() == id).ToList())
                            {
                                ids.Remove(entry);
                            }

                            break;
                        case JsonValue one when one.GetValue<int>() == id:
                            fields.Remove(column.Name);
                            break;
                    }
                }
            }
        }
    }

    /// <summary>An <c>If-Match</c> that names another version than the item's answers 412: the list item's eTag form, or on a drive the drive item's.</summary>
    public static GraphResponse? StaleETag(ApiContext ctx, ListItem item, bool drive)
    {
        var ifMatch = ctx.Request.Header("If-Match");
        var current = drive ? item.DriveETag : item.ETag;
        return ifMatch is null || ifMatch == "*" || ifMatch == current
            ? null
            : GraphErrors.Error(412, "preconditionFailed", $"The item has changed since {ifMatch}; it is now {current}.", ctx.Now);
    }

    private static GraphResponse KeptBySharePoint(ApiContext ctx) =>
        GraphErrors.Error(403, "accessDenied", "The user information list is kept by SharePoint: it cannot be changed through this operation.", ctx.Now);

    public static int PageSize(ApiContext ctx, int fallback) =>
        int.TryParse(ctx.Request.QueryValue("top"), NumberStyles.None, CultureInfo.InvariantCulture, out var top) && top > 0 ? Math.Min(top, 5000) : fallback;

    public static string Expand(ApiContext ctx) =>
        ctx.Request.QueryValue("expand") is { } expand ? $"$expand={Uri.EscapeDataString(expand)}&" : string.Empty;

    private static GraphResponse Update(ApiContext ctx, JsonObject? written, bool answerItem)
    {
        if (Find(ctx, out var list, out var item) is { } missing)
        {
            return missing;
        }

        if (written is null)
        {
            return ctx.BadRequest("The request has no fields to write.");
        }

        return Change(ctx, list, item, written)
            ?? GraphResponse.Ok(answerItem ? ItemJson.Item(ctx.Site!, list, item, FieldSelection.All, ctx.Options.Variant) : FieldsJson.Fields(ctx.Site!, list, item, FieldSelection.All, ctx.Options.Variant));
    }

    private static GraphResponse? Find(ApiContext ctx, out SharePointList list, out ListItem item)
    {
        item = null!;
        if (ListsApi.Find(ctx, out list) is { } missing)
        {
            return missing;
        }

        return int.TryParse(ctx.Group("item"), NumberStyles.None, CultureInfo.InvariantCulture, out var id) && list.Items.TryGetValue(id, out item!)
            ? null
            : ctx.NotFound($"The item '{ctx.Group("item")}'");
    }
}
