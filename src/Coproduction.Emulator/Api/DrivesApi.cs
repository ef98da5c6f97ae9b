using System.Text.Json.Nodes;
using Coproduction.Emulator.Http;
using Coproduction.Emulator.State;

namespace Coproduction.Emulator.Api;

/// <summary>
/// Document libraries as drives: the drives of a site, a library's files, upload by path, a file's
/// list item and fields, versions (each upload is one, and so is each change of a document's
/// columns, as in SharePoint), download and delete.
/// </summary>
internal static class DrivesApi
{
    public static GraphResponse SiteDrives(ApiContext ctx) =>
        GraphResponse.Ok(GraphJson.Collection(ctx.Site!.Lists.Values.Where(l => l.IsLibrary).OrderBy(l => l.Created).Select(l => (JsonNode)GraphJson.Drive(ctx.Site, l))));

    public static GraphResponse ListDrive(ApiContext ctx)
    {
        if (ListsApi.Find(ctx, out var list) is { } missing)
        {
            return missing;
        }

        return list.IsLibrary ? GraphResponse.Ok(GraphJson.Drive(ctx.Site!, list)) : ctx.NotFound($"A drive for the list '{list.DisplayName}'");
    }

    public static GraphResponse Get(ApiContext ctx) =>
        Find(ctx, out var site, out var library) ?? GraphResponse.Ok(GraphJson.Drive(site, library));

    public static GraphResponse Children(ApiContext ctx) =>
        Find(ctx, out var site, out var library)
        ?? GraphResponse.Ok(GraphJson.Collection(library.Items.Values.Select(i => (JsonNode)ItemJson.DriveItem(site, library, i))));

    public static GraphResponse Delta(ApiContext ctx) =>
        Find(ctx, out var site, out var library) ?? DeltaApi.Drive(ctx with { Site = site }, site, library);

    public static GraphResponse Upload(ApiContext ctx)
    {
        if (Find(ctx, out var site, out var library) is { } missing)
        {
            return missing;
        }

        var name = ctx.Group("name");
        if (name.Length == 0 || name.Contains('/', StringComparison.Ordinal))
        {
            return ctx.BadRequest($"'{name}' is not a file name the emulator takes (no folders).");
        }

        var content = ctx.Request.Content ?? [];
        var item = library.Items.Values.FirstOrDefault(i => string.Equals(i.FileName, name, StringComparison.OrdinalIgnoreCase));
        var created = item is null;
        if (item is null)
        {
            item = new ListItem { Id = library.NextItemId++, Created = ctx.Now, CreatedBy = ctx.Actor, ModifiedBy = ctx.Actor, FileName = name };
            library.Items[item.Id] = item;
        }
        else if (ItemsApi.StaleETag(ctx, item) is { } stale)
        {
            return stale;
        }

        site.UserFor(ctx.Actor);
        item.Content = content;
        item.Modified = ctx.Now;
        item.ModifiedBy = ctx.Actor;
        item.AddVersion(ctx.Actor, ctx.Now, contentChanged: true);
        item.Seq = library.NextChange();
        var json = ItemJson.DriveItem(site, library, item);
        return created ? GraphResponse.Created(json) : GraphResponse.Ok(json);
    }

    /// <summary>A library's list item as its drive item: <c>GET …/lists/{list}/items/{id}/driveItem</c>.</summary>
    public static GraphResponse ListItemDriveItem(ApiContext ctx)
    {
        if (ListsApi.Find(ctx, out var list) is { } missing)
        {
            return missing;
        }

        return list.IsLibrary && int.TryParse(ctx.Group("item"), System.Globalization.CultureInfo.InvariantCulture, out var id) && list.Items.TryGetValue(id, out var item)
            ? GraphResponse.Ok(ItemJson.DriveItem(ctx.Site!, list, item))
            : ctx.NotFound($"The drive item of item '{ctx.Group("item")}'");
    }

    public static GraphResponse GetItem(ApiContext ctx) =>
        FindItem(ctx, out var site, out var library, out var item) ?? GraphResponse.Ok(ItemJson.DriveItem(site, library, item));

    public static GraphResponse Content(ApiContext ctx) =>
        FindItem(ctx, out _, out _, out var item) ?? new GraphResponse(200) { Content = item.Content ?? [] };

    public static GraphResponse ListItem(ApiContext ctx) =>
        FindItem(ctx, out var site, out var library, out var item)
        ?? GraphResponse.Ok(ItemJson.Item(site, library, item, FieldSelection.FromExpand(ctx.Request.QueryValue("expand"))));

    public static GraphResponse UpdateListItemFields(ApiContext ctx)
    {
        if (FindItem(ctx, out var site, out var library, out var item) is { } missing)
        {
            return missing;
        }

        if (ctx.Request.Body is not JsonObject written)
        {
            return ctx.BadRequest("The request has no fields to write.");
        }

        return ItemsApi.Change(ctx with { Site = site }, library, item, written) ?? GraphResponse.Ok(ItemJson.Fields(site, library, item, FieldSelection.All));
    }

    public static GraphResponse Versions(ApiContext ctx) =>
        FindItem(ctx, out _, out _, out var item)
        ?? GraphResponse.Ok(GraphJson.Collection(item.Versions.AsEnumerable().Reverse().Select(v => (JsonNode)new JsonObject
        {
            ["id"] = v.Id,
            ["lastModifiedBy"] = GraphJson.Identity(v.By),
            ["lastModifiedDateTime"] = GraphJson.Time(v.At),
            ["size"] = v.Size,
        })));

    public static GraphResponse Delete(ApiContext ctx)
    {
        if (FindItem(ctx, out _, out var library, out var item) is { } missing)
        {
            return missing;
        }

        if (ItemsApi.StaleETag(ctx, item) is { } stale)
        {
            return stale;
        }

        ItemsApi.Remove(library, item);
        return GraphResponse.NoContent();
    }

    private static GraphResponse? Find(ApiContext ctx, out Site site, out SharePointList library)
    {
        (site, library) = ctx.State.FindDrive(ctx.Group("drive")) ?? (null!, null!);
        return library is null ? ctx.NotFound($"The drive '{ctx.Group("drive")}'") : null;
    }

    private static GraphResponse? FindItem(ApiContext ctx, out Site site, out SharePointList library, out ListItem item)
    {
        item = null!;
        if (Find(ctx, out site, out library) is { } missing)
        {
            return missing;
        }

        var id = ctx.Group("id");
        item = library.Items.Values.FirstOrDefault(i => string.Equals(i.DriveItemId, id, StringComparison.OrdinalIgnoreCase))!;
        return item is null ? ctx.NotFound($"The drive item '{id}'") : null;
    }
}
