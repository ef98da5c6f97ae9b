using System.Text.Json.Nodes;

namespace Coproduction.Emulator.State;

/// <summary>
/// The hidden "User Information List" (<c>_catalogs/users</c>): one item a principal, its id the
/// lookup id person columns and <c>EditorLookupId</c> carry. Its fields are SharePoint's (recorded
/// through REST; read through Graph in production code): <c>Title</c>, <c>Name</c> (the claim, such
/// as <c>i:0#.f|membership|upn</c>), <c>EMail</c>, <c>UserName</c>, <c>ContentType</c> "Person", ….
/// </summary>
internal static class UserInformation
{
    public const string DisplayName = "User Information List";

    public static SharePointList NewList(string id, DateTimeOffset created)
    {
        var list = new SharePointList
        {
            Id = id,
            Name = "users",
            DisplayName = DisplayName,
            Description = "All people.",
            Template = SharePointList.UserListTemplate,
            Created = created,
            CreatedBy = Actor.Application,
            Modified = created,
            ModifiedBy = Actor.Application,
            Hidden = true,
            IsSystem = true,
        };
        list.Columns.Add(new ListColumn { Id = "fa564e0f-0c70-4ab9-b863-0177e6ddd247", Name = "Title", DisplayName = "Name", Kind = ColumnKind.Text, Required = true, BuiltIn = true });
        foreach (var (name, display, kind) in new[]
        {
            ("Name", "Account", ColumnKind.Text), ("EMail", "Work email", ColumnKind.Text), ("UserName", "User name", ColumnKind.Text),
            ("SipAddress", "SIP Address", ColumnKind.Text), ("IsSiteAdmin", "Is Site Admin", ColumnKind.Boolean), ("Deleted", "Deleted", ColumnKind.Boolean),
            ("UserInfoHidden", "Hidden", ColumnKind.Boolean),
        })
        {
            list.Columns.Add(new ListColumn { Id = Guid.NewGuid().ToString(), Name = name, DisplayName = display, Kind = kind, ReadOnly = true });
        }

        return list;
    }

    public static void AddItem(SharePointList list, SiteUser user, DateTimeOffset at)
    {
        var fields = new JsonObject
        {
            ["Title"] = user.Title,
            ["Name"] = user.Claim,
            ["IsSiteAdmin"] = false,
            ["Deleted"] = false,
            ["UserInfoHidden"] = false,
        };
        if (user.Email is { } email)
        {
            fields["EMail"] = email;
            fields["SipAddress"] = email;
        }

        if (user.UserName is { } userName)
        {
            fields["UserName"] = userName;
        }

        var item = new ListItem { Id = user.LookupId, Created = at, CreatedBy = Actor.Application, Modified = at, ModifiedBy = Actor.Application, Fields = fields, ContentTypeName = "Person" };
        item.AddVersion(Actor.Application, at, contentChanged: false);
        item.Seq = list.NextChange();
        list.Items[item.Id] = item;
        list.NextItemId = Math.Max(list.NextItemId, item.Id + 1);
    }
}
