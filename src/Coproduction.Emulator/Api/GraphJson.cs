using System.Globalization;
using System.Text.Json.Nodes;
using Coproduction.Emulator.State;

namespace Coproduction.Emulator.Api;

/// <summary>The emulator's resources as Graph shows them: sites, lists, columns, identities, drives.</summary>
internal static class GraphJson
{
    public static string Time(DateTimeOffset at) => at.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture);

    /// <summary>Where an identity is shown: each kind of answer carries a person differently.</summary>
    public enum IdentityShape
    {
        /// <summary>A list item or list (recorded): <c>user{email, id, displayName}</c>.</summary>
        ListItem,

        /// <summary>A drive item (recorded): <c>user{email, displayName}</c>, no id.</summary>
        DriveItem,

        /// <summary>A version (documented: <c>user{id, displayName}</c>; a report shows <c>email</c> too): e-mail as the tenant variant says.</summary>
        Version,

        /// <summary>A version, without e-mail.</summary>
        VersionWithoutEmail,

        /// <summary>Who created an item, in delta (documented: <c>user{displayName}</c> only).</summary>
        Delta,
    }

    /// <summary>
    /// Who did something: a person as <c>user</c>; an application acting alone as <c>application</c>
    /// with SharePoint's stand-in <c>user</c> "SharePoint App".
    /// </summary>
    public static JsonObject Identity(Actor actor, IdentityShape shape = IdentityShape.ListItem)
    {
        if (!actor.IsUser)
        {
            return new JsonObject
            {
                ["application"] = new JsonObject { ["id"] = actor.Id, ["displayName"] = actor.DisplayName },
                ["user"] = new JsonObject { ["displayName"] = "SharePoint App" },
            };
        }

        var user = new JsonObject();
        if (shape is not (IdentityShape.VersionWithoutEmail or IdentityShape.Delta) && actor.Email is { } email)
        {
            user["email"] = email;
        }

        if (shape is not (IdentityShape.DriveItem or IdentityShape.Delta))
        {
            user["id"] = actor.Id;
        }

        user["displayName"] = actor.DisplayName;
        return new JsonObject { ["user"] = user };
    }

    public static JsonObject Site(Site site) => new()
    {
        ["id"] = site.Id,
        ["displayName"] = site.DisplayName,
        ["name"] = site.Name,
        ["createdDateTime"] = Time(site.Created),
        ["lastModifiedDateTime"] = Time(site.Created),
        ["webUrl"] = site.WebUrl,
    };

    public static JsonObject List(Site site, SharePointList list)
    {
        var json = new JsonObject
        {
            ["@odata.etag"] = $"\"{list.Id},{list.ChangeSeq}\"",
            ["id"] = list.Id,
            ["name"] = list.Name,
            ["displayName"] = list.DisplayName,
            ["description"] = list.Description,
            ["createdDateTime"] = Time(list.Created),
            ["lastModifiedDateTime"] = Time(list.Modified),
            ["webUrl"] = list.IsUserList ? $"{site.WebUrl}/_catalogs/users" : $"{site.WebUrl}/{(list.IsLibrary ? string.Empty : "Lists/")}{Uri.EscapeDataString(list.Name)}",
            ["createdBy"] = Identity(list.CreatedBy),
            ["lastModifiedBy"] = Identity(list.ModifiedBy),
            ["parentReference"] = new JsonObject { ["siteId"] = site.Id },
            ["list"] = new JsonObject { ["contentTypesEnabled"] = false, ["hidden"] = list.Hidden, ["template"] = list.Template },
        };
        if (list.IsSystem)
        {
            json["system"] = new JsonObject();
        }

        return json;
    }

    public static JsonObject Column(ListColumn column)
    {
        var json = new JsonObject
        {
            ["columnGroup"] = column.ColumnGroup,
            ["description"] = column.Description,
            ["displayName"] = column.DisplayName,
            ["enforceUniqueValues"] = false,
            ["hidden"] = column.Hidden,
            ["id"] = column.Id,
            ["indexed"] = column.Indexed,
            ["name"] = column.Name,
            ["readOnly"] = column.ReadOnly,
            ["required"] = column.Required,
        };
        json[Facet(column.Kind)] = column.Kind switch
        {
            ColumnKind.Text => new JsonObject
            {
                ["allowMultipleLines"] = column.AllowMultipleLines,
                ["appendChangesToExistingText"] = false,
                ["linesForEditing"] = column.AllowMultipleLines ? 6 : 0,
                ["maxLength"] = ListColumn.SingleLineLength,
            },
            ColumnKind.Choice => new JsonObject
            {
                ["allowTextEntry"] = column.AllowTextEntry,
                ["choices"] = new JsonArray([.. column.Choices.Select(c => (JsonNode?)c)]),
                ["displayAs"] = "dropDownMenu",
            },
            ColumnKind.Number => new JsonObject { ["decimalPlaces"] = "automatic", ["displayAs"] = "number" },
            ColumnKind.DateTime => new JsonObject { ["displayAs"] = "default", ["format"] = column.DateFormat },
            ColumnKind.Boolean => new JsonObject(),
            ColumnKind.PersonOrGroup => new JsonObject
            {
                ["allowMultipleSelection"] = column.AllowMultiple,
                ["chooseFromType"] = column.BuiltIn ? "peopleAndGroups" : "peopleOnly",
                ["displayAs"] = "nameWithPresence",
            },
            ColumnKind.Lookup => new JsonObject
            {
                ["allowMultipleValues"] = column.AllowMultiple,
                ["allowUnlimitedLength"] = false,
                ["columnName"] = column.LookupColumnName,
                ["listId"] = column.LookupListId,
            },
            _ => throw new ArgumentOutOfRangeException(nameof(column), column.Kind, null),
        };
        return json;
    }

    public static string Facet(ColumnKind kind) => kind switch
    {
        ColumnKind.Text => "text",
        ColumnKind.Choice => "choice",
        ColumnKind.Number => "number",
        ColumnKind.DateTime => "dateTime",
        ColumnKind.Boolean => "boolean",
        ColumnKind.PersonOrGroup => "personOrGroup",
        ColumnKind.Lookup => "lookup",
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, null),
    };

    public static JsonObject Drive(Site site, SharePointList library) => new()
    {
        ["id"] = library.DriveId,
        ["name"] = library.DisplayName,
        ["description"] = library.Description,
        ["driveType"] = "documentLibrary",
        ["createdDateTime"] = Time(library.Created),
        ["lastModifiedDateTime"] = Time(library.Modified),
        ["webUrl"] = $"{site.WebUrl}/{Uri.EscapeDataString(library.Name)}",
        ["createdBy"] = Identity(library.CreatedBy),
    };

    public static JsonObject Collection(IEnumerable<JsonNode> values, string? nextLink = null, string? deltaLink = null)
    {
        var json = new JsonObject { ["value"] = new JsonArray([.. values]) };
        if (nextLink is not null)
        {
            json["@odata.nextLink"] = nextLink;
        }

        if (deltaLink is not null)
        {
            json["@odata.deltaLink"] = deltaLink;
        }

        return json;
    }
}
