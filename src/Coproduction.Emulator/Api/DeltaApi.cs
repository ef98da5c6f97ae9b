using System.Globalization;
using System.Text.Json.Nodes;
using Coproduction.Emulator.Http;
using Coproduction.Emulator.State;

namespace Coproduction.Emulator.Api;

/// <summary>
/// Delta for list items and drives. A token holds three change numbers: changes after <c>from</c> up
/// to <c>upTo</c> are being paged, and those up to <c>after</c> were on earlier pages. A first sync
/// (no token) lists the items there are, folders included; later ones list what changed, deleted
/// items included. A list item in delta carries no <c>lastModifiedBy</c> (Microsoft: "expected behavior").
/// </summary>
internal static class DeltaApi
{
    public static GraphResponse Items(ApiContext ctx)
    {
        if (ListsApi.Find(ctx, out var list) is { } missing)
        {
            return missing;
        }

        var site = ctx.Site!;
        var fields = FieldSelection.FromExpand(ctx.Request.QueryValue("expand"));
        return Delta(ctx, list, $"sites/{site.Id}/lists/{list.Id}/items/delta",
            item => ItemJson.DeltaItem(site, list, item, fields, ctx.Options.Variant),
            deleted => new JsonObject
            {
                ["id"] = deleted.Id.ToString(CultureInfo.InvariantCulture),
                ["parentReference"] = new JsonObject { ["siteId"] = site.Id },
                ["contentType"] = ItemJson.ContentType(list, deleted.IsFolder),
                ["deleted"] = new JsonObject { ["state"] = "deleted" },
            });
    }

    public static GraphResponse Drive(ApiContext ctx, Site site, SharePointList library) =>
        Delta(ctx, library, $"drives/{library.DriveId}/root/delta",
            item => ItemJson.DriveItem(site, library, item),
            deleted => new JsonObject { ["id"] = deleted.DriveItemId, ["name"] = deleted.FileName, ["deleted"] = new JsonObject() });

    private static GraphResponse Delta(ApiContext ctx, SharePointList list, string path, Func<ListItem, JsonObject> render, Func<DeletedItem, JsonObject> renderDeleted)
    {
        var variant = ctx.Options.Variant;
        var expand = variant.LinksKeepExpand ? ItemsApi.Expand(ctx) : string.Empty;
        var text = ctx.Request.QueryValue("token");
        if (text == "latest")
        {
            var now = list.ChangeSeq;
            return GraphResponse.Ok(GraphJson.Collection([], deltaLink: Link(ctx, path, expand, new DeltaToken(now, now, now, First: false))));
        }

        var token = new DeltaToken(list.OldestValidSeq, list.ChangeSeq, 0, First: true);
        if (text is not null)
        {
            if (!DeltaToken.TryDecode(text, out token))
            {
                return ctx.BadRequest("The delta token is not one this service gave.");
            }

            if (token.From < list.OldestValidSeq)
            {
                var gone = GraphErrors.Error(410, variant.ResyncCode, "Resync required. Replace any local items with the server's version (including deletes) if you're sure that the service was up to date with your local changes when you last sync'd.", ctx.Now);
                return variant.ResyncHasLocation ? gone.WithHeader("Location", ctx.Link($"{path}?{expand.TrimEnd('&')}".TrimEnd('?'))) : gone;
            }

            if (token.IsDeltaLink)
            {
                token = token with { UpTo = list.ChangeSeq };
            }
        }

        var changes = list.Items.Values.Where(i => i.Seq > token.After && i.Seq <= token.UpTo).Select(i => (i.Seq, Render: (Func<JsonObject>)(() => render(i))))
            .Concat(token.First ? [] : list.Deleted.Where(d => d.Seq > token.After && d.Seq <= token.UpTo).Select(d => (d.Seq, Render: (Func<JsonObject>)(() => renderDeleted(d)))))
            .OrderBy(c => c.Seq)
            .ToList();
        var size = ItemsApi.PageSize(ctx, ctx.Options.DeltaPageSize);
        var page = changes.Take(size).Select(c => (JsonNode)c.Render()).ToList();
        if (variant.DeltaRepeatsItems)
        {
            Repeat(page, list, token, render);
        }

        return changes.Count > size
            ? GraphResponse.Ok(GraphJson.Collection(page, nextLink: Link(ctx, path, expand, token with { After = changes[size - 1].Seq })))
            : GraphResponse.Ok(GraphJson.Collection(page, deltaLink: Link(ctx, path, expand, new DeltaToken(token.UpTo, token.UpTo, token.UpTo, First: false))));
    }

    /// <summary>
    /// "The same item might appear more than once in a delta feed": the page's first item comes again
    /// at its end; and a round after a delta link begins with an item that did not change.
    /// </summary>
    private static void Repeat(List<JsonNode> page, SharePointList list, DeltaToken token, Func<ListItem, JsonObject> render)
    {
        if (page.Count > 0)
        {
            page.Add(page[0].DeepClone());
        }

        if (!token.First && token.After == token.From && list.Items.Values.FirstOrDefault(i => i.Seq <= token.From) is { } unchanged)
        {
            page.Insert(0, render(unchanged));
        }
    }

    private static string Link(ApiContext ctx, string path, string expand, DeltaToken token) =>
        ctx.Link($"{path}?{expand}token={token.Encode()}");
}
