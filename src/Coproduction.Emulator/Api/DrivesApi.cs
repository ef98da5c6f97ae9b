using System.Text.Json.Nodes;
using Coproduction.Emulator.Http;
using Coproduction.Emulator.State;

namespace Coproduction.Emulator.Api;

/// <summary>
/// Document libraries as drives: the drives of a site, a library's files and folders, upload by path,
/// a file's list item and fields, versions (each upload is one, and so is each change of a document's
/// columns, as in SharePoint), download and delete.
/// </summary>
internal static class DrivesApi
{
    public static GraphResponse SiteDrives(ApiContext ctx) =>
        GraphResponse.Ok(GraphJson.Collection(ctx.Site!.Lists.Values.Where(l => l.IsLibrary).OrderBy(l => l.Created).Select(l => (JsonNode)GraphJson.Drive(ctx.Site, l))));

    /// <summary>The site's default drive: its "Documents" library.</summary>
    public static GraphResponse SiteDrive(ApiContext ctx) => GraphResponse.Ok(GraphJson.Drive(ctx.Site!, ctx.Site!.DefaultLibrary));

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

    /// <summary>What is in the library's root, or in a folder.</summary>
    public static GraphResponse Children(ApiContext ctx)
    {
        if (Parent(ctx, out var site, out var library, out var folder) is { } missing)
        {
            return missing;
        }

        return GraphResponse.Ok(GraphJson.Collection(library.Items.Values.Where(i => i.FolderId == folder?.Id).Select(i => (JsonNode)ItemJson.DriveItem(site, library, i))));
    }

    /// <summary>Creates a folder: <c>POST …/root/children</c> or <c>…/items/{id}/children</c> with <c>{"name", "folder": {}}</c>.</summary>
    public static GraphResponse CreateFolder(ApiContext ctx)
    {
        if (Parent(ctx, out var site, out var library, out var parent) is { } missing)
        {
            return missing;
        }

        var name = ctx.Request.Body?["name"]?.GetValue<string>();
        if (string.IsNullOrWhiteSpace(name) || name.IndexOfAny(['/', '\\', ':', '*', '?', '"', '<', '>', '|']) >= 0 || ctx.Request.Body?["folder"] is not JsonObject)
        {
            return ctx.BadRequest("A new folder needs a name without / \\ : * ? \" < > | and a 'folder' facet (the emulator creates folders this way, not files).");
        }

        if (library.Items.Values.Any(i => i.FolderId == parent?.Id && string.Equals(i.FileName, name, StringComparison.OrdinalIgnoreCase)))
        {
            return GraphErrors.Error(409, "nameAlreadyExists", $"The specified item name '{name}' already exists.", ctx.Now);
        }

        var folder = new ListItem { Id = library.NextItemId++, Created = ctx.Now, CreatedBy = ctx.Actor, Modified = ctx.Now, ModifiedBy = ctx.Actor, FileName = name, IsFolder = true, FolderId = parent?.Id };
        site.UserFor(ctx.Actor);
        folder.AddVersion(ctx.Actor, ctx.Now, contentChanged: false);
        folder.Seq = library.NextChange();
        library.Items[folder.Id] = folder;
        return GraphResponse.Created(ItemJson.DriveItem(site, library, folder));
    }

    public static GraphResponse Delta(ApiContext ctx) =>
        Find(ctx, out var site, out var library) ?? DeltaApi.Drive(ctx with { Site = site }, site, library);

    /// <summary><c>PUT …/root:/{path}:/content</c>: a new file, or a new version of one, in the root or a folder there is.</summary>
    public static GraphResponse Upload(ApiContext ctx)
    {
        if (Find(ctx, out var site, out var library) is { } missing)
        {
            return missing;
        }

        var segments = ctx.Group("name").Split('/');
        var name = segments[^1];
        if (name.Length == 0 || segments.Any(s => s.Length == 0))
        {
            return ctx.BadRequest($"'{ctx.Group("name")}' is not a path to a file.");
        }

        ListItem? folder = null;
        foreach (var segment in segments[..^1])
        {
            folder = library.Items.Values.FirstOrDefault(i => i.IsFolder && i.FolderId == folder?.Id && string.Equals(i.FileName, segment, StringComparison.OrdinalIgnoreCase));
            if (folder is null)
            {
                return ctx.NotFound($"The folder '{segment}'");
            }
        }

        var content = ctx.Request.Content ?? [];
        var item = library.Items.Values.FirstOrDefault(i => !i.IsFolder && i.FolderId == folder?.Id && string.Equals(i.FileName, name, StringComparison.OrdinalIgnoreCase));
        var created = item is null;
        if (item is null)
        {
            item = new ListItem { Id = library.NextItemId++, Created = ctx.Now, CreatedBy = ctx.Actor, ModifiedBy = ctx.Actor, FileName = name, FolderId = folder?.Id };
            library.Items[item.Id] = item;
        }
        else if (ItemsApi.StaleETag(ctx, item, drive: true) is { } stale)
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

    /// <summary>
    /// A library's list item as its drive item: <c>GET …/lists/{list}/items/{id}/driveItem</c>. A list
    /// item of a list that is no library answers 400, as recorded.
    /// </summary>
    public static GraphResponse ListItemDriveItem(ApiContext ctx) =>
        ListItemFile(ctx, out var list, out var item) ?? GraphResponse.Ok(ItemJson.DriveItem(ctx.Site!, list, item));

    /// <summary>
    /// A document's versions through its list item, <c>…/items/{id}/driveItem/versions</c>: allowed by
    /// the $metadata, not documented; the tenant variant says whether it is served.
    /// </summary>
    public static GraphResponse ListItemDriveItemVersions(ApiContext ctx)
    {
        if (!ctx.Options.Variant.DriveItemPathsThroughListItem)
        {
            return GraphErrors.Error(400, "invalidRequest", $"Resource not found for the segment 'versions'.", ctx.Now);
        }

        return ListItemFile(ctx, out _, out var item) ?? FileVersions(ctx, item);
    }

    public static GraphResponse GetItem(ApiContext ctx) =>
        FindItem(ctx, out var site, out var library, out var item) ?? GraphResponse.Ok(ItemJson.DriveItem(site, library, item));

    /// <summary>
    /// A file's content, as documented: <c>302 Found</c> to a pre-authenticated download URL, short-lived
    /// and needing no Authorization header, which most HTTP clients (the Graph SDK's redirect handler
    /// among them) follow. The URL is SharePoint's own form, under the site: <c>…/_layouts/15/download.aspx?UniqueId=…&amp;tempauth=…</c>.
    /// </summary>
    public static GraphResponse Content(ApiContext ctx)
    {
        if (FindItem(ctx, out var site, out _, out var item) is { } missing)
        {
            return missing;
        }

        if (item.IsFolder)
        {
            return ctx.BadRequest("A folder has no content.");
        }

        var token = ctx.State.Downloads.Issue(item.Content ?? []);
        var root = ctx.Request.BaseUrl[..^"/v1.0".Length];
        return new GraphResponse(302).WithHeader("Location", $"{root}{site.Path}/_layouts/15/download.aspx?UniqueId={item.UniqueId:D}&tempauth={token}");
    }

    /// <summary>
    /// Renames a file or folder, <c>PATCH …/items/{id}</c> with <c>{"name"}</c>, as the library's Rename does
    /// (driveitem-update): its content is the same, so its <c>cTag</c> is; its columns' change is a version, as any is.
    /// </summary>
    public static GraphResponse Rename(ApiContext ctx)
    {
        if (FindItem(ctx, out var site, out var library, out var item) is { } missing)
        {
            return missing;
        }

        if (ItemsApi.StaleETag(ctx, item, drive: true) is { } stale)
        {
            return stale;
        }

        var name = ctx.Request.Body?["name"]?.GetValue<string>();
        if (string.IsNullOrWhiteSpace(name) || name.IndexOfAny(['/', '\\', ':', '*', '?', '"', '<', '>', '|']) >= 0)
        {
            return ctx.BadRequest("The emulator changes a drive item's name only: give a 'name' without / \\ : * ? \" < > |.");
        }

        if (library.Items.Values.Any(i => i != item && i.FolderId == item.FolderId && string.Equals(i.FileName, name, StringComparison.OrdinalIgnoreCase)))
        {
            return GraphErrors.Error(409, "nameAlreadyExists", $"The specified item name '{name}' already exists.", ctx.Now);
        }

        site.UserFor(ctx.Actor);
        item.FileName = name;
        item.Modified = ctx.Now;
        item.ModifiedBy = ctx.Actor;
        item.AddVersion(ctx.Actor, ctx.Now, contentChanged: false);
        item.Seq = library.NextChange();
        return GraphResponse.Ok(ItemJson.DriveItem(site, library, item));
    }

    public static GraphResponse ListItem(ApiContext ctx) =>
        FindItem(ctx, out var site, out var library, out var item)
        ?? GraphResponse.Ok(ItemJson.Item(site, library, item, FieldSelection.FromExpand(ctx.Request.QueryValue("expand")), ctx.Options.Variant));

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

        return ItemsApi.Change(ctx with { Site = site }, library, item, written) ?? GraphResponse.Ok(FieldsJson.Fields(site, library, item, FieldSelection.All, ctx.Options.Variant));
    }

    public static GraphResponse Versions(ApiContext ctx) =>
        FindItem(ctx, out _, out _, out var item) ?? FileVersions(ctx, item);

    public static GraphResponse Delete(ApiContext ctx)
    {
        if (FindItem(ctx, out _, out var library, out var item) is { } missing)
        {
            return missing;
        }

        if (ItemsApi.StaleETag(ctx, item, drive: true) is { } stale)
        {
            return stale;
        }

        ItemsApi.Remove(ctx, library, item);
        return GraphResponse.NoContent();
    }

    /// <summary>A file's versions, newest first, each with its size; the person on each with e-mail as the tenant variant says.</summary>
    private static GraphResponse FileVersions(ApiContext ctx, ListItem item)
    {
        var shape = ctx.Options.Variant.VersionIdentityHasEmail ? GraphJson.IdentityShape.Version : GraphJson.IdentityShape.VersionWithoutEmail;
        return GraphResponse.Ok(GraphJson.Collection(item.Versions.AsEnumerable().Reverse().Select(v => (JsonNode)new JsonObject
        {
            ["id"] = v.Id,
            ["lastModifiedBy"] = GraphJson.Identity(v.By, shape),
            ["lastModifiedDateTime"] = GraphJson.Time(v.At),
            ["size"] = v.Size,
        })));
    }

    private static GraphResponse? ListItemFile(ApiContext ctx, out SharePointList list, out ListItem item)
    {
        item = null!;
        if (ListsApi.Find(ctx, out list) is { } missing)
        {
            return missing;
        }

        if (!list.IsLibrary)
        {
            return GraphErrors.Error(400, "invalidRequest", "Only a File or a Folder in a DocumentLibrary can be accessed as a DriveItem.", ctx.Now);
        }

        return int.TryParse(ctx.Group("item"), System.Globalization.CultureInfo.InvariantCulture, out var id) && list.Items.TryGetValue(id, out item!)
            ? null
            : ctx.NotFound($"The drive item of item '{ctx.Group("item")}'");
    }

    private static GraphResponse? Find(ApiContext ctx, out Site site, out SharePointList library)
    {
        (site, library) = ctx.State.FindDrive(ctx.Group("drive")) ?? (null!, null!);
        return library is null ? ctx.NotFound($"The drive '{ctx.Group("drive")}'") : null;
    }

    /// <summary>The library and folder a children request names: the root (no folder), or the folder <c>items/{id}</c>.</summary>
    private static GraphResponse? Parent(ApiContext ctx, out Site site, out SharePointList library, out ListItem? folder)
    {
        folder = null;
        if (Find(ctx, out site, out library) is { } missing)
        {
            return missing;
        }

        var id = ctx.Group("id");
        if (id.Length == 0)
        {
            return null;
        }

        folder = library.Items.Values.FirstOrDefault(i => i.IsFolder && string.Equals(i.DriveItemId, id, StringComparison.OrdinalIgnoreCase));
        return folder is null ? ctx.NotFound($"The folder '{id}'") : null;
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
