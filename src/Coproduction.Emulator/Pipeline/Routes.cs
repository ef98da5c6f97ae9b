using System.Text.RegularExpressions;
using Coproduction.Emulator.Api;
using Coproduction.Emulator.Http;

namespace Coproduction.Emulator.Pipeline;

/// <summary>
/// Every operation served, with its cost as Microsoft publishes it for SharePoint: 1 resource unit
/// for a single item or a delta with a token, 2 for a multi-item query, a create, update or delete.
/// </summary>
internal static class Routes
{
    private const RegexOptions Options = RegexOptions.CultureInvariant | RegexOptions.IgnoreCase;
    private const string List = "/lists/(?<list>[^/]+)";
    private const string Item = List + "/items/(?<item>[^/]+)";
    private const string Drive = "^drives/(?<drive>[^/]+)";
    private const string Root = "/(?:root|items/root)";
    private const string DriveItem = Drive + "/items/(?<id>[^/]+)";

    private static readonly Func<GraphRequest, int> One = _ => 1;
    private static readonly Func<GraphRequest, int> Two = _ => 2;
    private static readonly Func<GraphRequest, int> Delta = r => r.QueryValue("token") is null ? 2 : 1;

    /// <summary>Matched against the path after <c>sites/{site}</c>.</summary>
    public static readonly Route[] Site =
    [
        new("GET", Rx("^$"), "site", One, ListsApi.GetSite),
        new("GET", Rx("^/lists$"), "lists", Two, ListsApi.GetLists),
        new("POST", Rx("^/lists$"), "createList", Two, ListsApi.CreateList),
        new("GET", Rx($"^{List}$"), "list", One, ListsApi.GetList),
        new("GET", Rx($"^{List}/columns$"), "columns", Two, ListsApi.GetColumns),
        new("POST", Rx($"^{List}/columns$"), "addColumn", Two, ListsApi.AddColumn),
        new("PATCH", Rx($"^{List}/columns/(?<column>[^/]+)$"), "updateColumn", Two, ListsApi.UpdateColumn),
        new("GET", Rx($"^{List}/drive$"), "drive", One, DrivesApi.ListDrive),
        new("GET", Rx($"^{List}/items$"), "items", Two, ItemsApi.List),
        new("POST", Rx($"^{List}/items$"), "create", Two, ItemsApi.Create),
        new("GET", Rx($@"^{List}/items/delta(?:\(\))?$"), "delta", Delta, DeltaApi.Items),
        new("GET", Rx($"^{Item}$"), "item", One, ItemsApi.Get),
        new("PATCH", Rx($"^{Item}$"), "update", Two, ItemsApi.UpdateItem),
        new("DELETE", Rx($"^{Item}$"), "delete", Two, ItemsApi.Delete),
        new("GET", Rx($"^{Item}/fields$"), "fields", One, ItemsApi.GetFields),
        new("PATCH", Rx($"^{Item}/fields$"), "update", Two, ItemsApi.UpdateFields),
        new("GET", Rx($"^{Item}/versions$"), "versions", Two, ItemsApi.Versions),
        new("GET", Rx($"^{Item}/driveItem$"), "driveItem", One, DrivesApi.ListItemDriveItem),
        new("GET", Rx($"^{Item}/driveItem/versions$"), "itemFileVersions", Two, DrivesApi.ListItemDriveItemVersions),
        new("GET", Rx("^/drives$"), "drives", Two, DrivesApi.SiteDrives),
        new("GET", Rx("^/drive$"), "drive", One, DrivesApi.SiteDrive),
    ];

    /// <summary>Matched against the whole path.</summary>
    public static readonly Route[] Other =
    [
        new("GET", Rx($"{Drive}$"), "drive", One, DrivesApi.Get),
        new("GET", Rx($"{Drive}{Root}/children$"), "children", Two, DrivesApi.Children),
        new("POST", Rx($"{Drive}{Root}/children$"), "createFolder", Two, DrivesApi.CreateFolder),
        new("GET", Rx($"{DriveItem}/children$"), "children", Two, DrivesApi.Children),
        new("POST", Rx($"{DriveItem}/children$"), "createFolder", Two, DrivesApi.CreateFolder),
        new("GET", Rx($@"{Drive}{Root}/delta(?:\(\))?$"), "driveDelta", Delta, DrivesApi.Delta),
        new("PUT", Rx($"{Drive}{Root}:/(?<name>[^:]+):/content$"), "upload", Two, DrivesApi.Upload),
        new("GET", Rx($"{DriveItem}$"), "driveItem", One, DrivesApi.GetItem),
        new("DELETE", Rx($"{DriveItem}$"), "delete", Two, DrivesApi.Delete),
        new("PATCH", Rx($"{DriveItem}$"), "update", Two, DrivesApi.Rename),
        new("GET", Rx($"{DriveItem}/content$"), "content", One, DrivesApi.Content),
        new("GET", Rx($"{DriveItem}/listItem$"), "listItem", One, DrivesApi.ListItem),
        new("PATCH", Rx($"{DriveItem}/listItem/fields$"), "update", Two, DrivesApi.UpdateListItemFields),
        new("GET", Rx($"{DriveItem}/versions$"), "versions", Two, DrivesApi.Versions),
    ];

    /// <summary>A site by host and server-relative path (<c>sites/host:/sites/team:/lists</c>), the closing colon optional at the end.</summary>
    public static readonly Regex SiteByPath = Rx("^sites/(?<host>[^/:,]+):(?<path>/[^:]*)(?::(?<rest>/.*)?)?$");

    /// <summary>A site by id (<c>sites/host,guid,guid/lists</c>).</summary>
    public static readonly Regex SiteById = Rx("^sites/(?<id>[^/:]+)(?<rest>/.*)?$");

    private static Regex Rx(string pattern) => new(pattern, Options);
}
