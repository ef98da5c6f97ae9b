namespace Coproduction.Graph.Schema;

/// <summary>
/// SharePoint's own fields (and content types) the adapter reads by name, as Graph gives them in an
/// item's <c>fields</c>: named once here, as recorded (docs/graph-assumptions.md says where).
/// </summary>
public static class SharePointFields
{
    /// <summary>Who last changed an item: an entry of the site's user information list, by lookup id.</summary>
    public const string EditorLookupId = "EditorLookupId";

    /// <summary>The application that last changed an item, where one acted (alone, or for a person: recorded).</summary>
    public const string AppEditorLookupId = "AppEditorLookupId";

    /// <summary>An item's version label, such as <c>3.0</c>.</summary>
    public const string VersionLabel = "_UIVersionString";

    /// <summary>A document's size in bytes (text of digits, recorded).</summary>
    public const string FileSize = "FileSizeDisplay";

    /// <summary>A document's file name.</summary>
    public const string FileName = "FileLeafRef";

    /// <summary>An item's content type, by name.</summary>
    public const string ContentType = "ContentType";

    /// <summary>The content type of a library's folders.</summary>
    public const string FolderContentType = "Folder";

    /// <summary>The content type of a person among the site's users.</summary>
    public const string PersonContentType = "Person";

    /// <summary>An entry of the site's users: its sign-in claim, such as <c>i:0#.f|membership|upn</c>.</summary>
    public const string UserClaim = "Name";

    /// <summary>An entry of the site's users: a person's e-mail.</summary>
    public const string UserEmail = "EMail";

    /// <summary>An entry of the site's users: a person's sign-in name.</summary>
    public const string UserName = "UserName";

    /// <summary>A list item's title as a view shows it, linked to the item with its menu (recorded by corso among a list's own columns).</summary>
    internal const string LinkTitle = "LinkTitle";

    /// <summary>The id of each entry a lookup to several items holds in <c>{Name}</c> (beside its <c>LookupValue</c>).</summary>
    internal const string LookupEntryId = "LookupId";

    /// <summary>The field a lookup to one item reads and is written as: <c>{Name}LookupId</c>, the item's id.</summary>
    internal static string LookupField(string column) => column + "LookupId";
}
