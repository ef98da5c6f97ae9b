namespace Coproduction.Emulator.State;

/// <summary>
/// SharePoint's own columns, which <c>GET …/columns</c> lists beside a list's own. A library's are
/// those of the recorded REST field catalogue (tests/Evidence/graph-real/real-tenant/pnpcore/rest.library.fields-catalogue.json),
/// by name, id and title; a list's own few (<c>Attachments</c>, <c>LinkTitle</c>, <c>LinkTitleNoMenu</c>)
/// are named as Graph gives them (corso's recorded column handling), with SharePoint's published field
/// ids. Nearly all are read-only; <c>Title</c> is the one every list has to write, required in a list, not in a library.
/// </summary>
internal static class BuiltInColumns
{
    public static IEnumerable<ListColumn> For(string template) => template == SharePointList.LibraryTemplate ? Library() : GenericList();

    private static IEnumerable<ListColumn> GenericList() =>
    [
        Title(required: true),
        .. Common(),
        Column("Attachments", "Attachments", ColumnKind.Boolean, "67df98f4-9dec-48ff-a553-29bece9c5bf4", readOnly: false),
        Column("LinkTitleNoMenu", "Title", ColumnKind.Text, "bc91a437-52e7-49e1-8c4e-4698904b2b6d"),
        Column("LinkTitle", "Title", ColumnKind.Text, "82642ec8-ef9b-478f-acf9-31f7d45fbc31"),
    ];

    private static IEnumerable<ListColumn> Library() =>
    [
        Column("FileLeafRef", "Name", ColumnKind.Text, "8553196d-ec8d-4564-9861-3dbe931050c8", readOnly: false),
        Title(required: false),
        .. Common(),
        Column("CheckoutUser", "Checked Out To", ColumnKind.PersonOrGroup, "3881510a-4e4a-4ee8-b102-8ee8e2d0dd4b"),
        Column("_CheckinComment", "Check In Comment", ColumnKind.Text, "58014f77-5463-437b-ab67-eec79532da67"),
        Column("LinkFilenameNoMenu", "Name", ColumnKind.Text, "9d30f126-ba48-446b-b8f9-83745f322ebe"),
        Column("LinkFilename", "Name", ColumnKind.Text, "5cc6dc79-3710-4374-b433-61cb4a686c12"),
        Column("FileSizeDisplay", "File Size", ColumnKind.Text, "78a07ba4-bda8-4357-9e0f-580d64487583"),
        Column("_CommentCount", "Comment count", ColumnKind.Text, "d307dff3-340f-44a2-9f4b-fbfe1ba07459"),
        Column("_LikeCount", "Like count", ColumnKind.Text, "db8d9d6d-dc9a-4fbd-85f3-4a753bfdc58c"),
        Column("_DisplayName", "Sensitivity", ColumnKind.Text, "1a53ab5a-11f9-4b92-a377-8cfaaf6ba7be"),
        Column("ParentVersionString", "Source Version (Converted Document)", ColumnKind.Lookup, "bc1a8efb-0f4c-49f8-a38f-7fe22af3d3e0"),
        Column("ParentLeafName", "Source Name (Converted Document)", ColumnKind.Lookup, "774eab3a-855f-4a34-99da-69dc21043bec"),
    ];

    /// <summary>The columns every list and library has.</summary>
    private static IEnumerable<ListColumn> Common() =>
    [
        Column("ID", "ID", ColumnKind.Number, "1d22ea11-1e32-424e-89ab-9fedbadb6ce1"),
        Column("ContentType", "Content Type", ColumnKind.Text, "c042a256-787d-4a6f-8a8a-cf6ab767f12d", readOnly: false, group: "_Hidden"),
        Column("Modified", "Modified", ColumnKind.DateTime, "28cf69c5-fa48-462a-b5cd-27b6f9d2bd5f"),
        Column("Created", "Created", ColumnKind.DateTime, "8c06beca-0777-48f7-91c7-6da68bc07b69"),
        Column("Author", "Created By", ColumnKind.PersonOrGroup, "1df5e554-ec7e-46a6-901d-d85a3881cb18"),
        Column("Editor", "Modified By", ColumnKind.PersonOrGroup, "d31655d1-1d5b-4511-95a1-7a09e9b75bf2"),
        Column("_UIVersionString", "Version", ColumnKind.Text, "dce8262a-3ae9-45aa-aab4-83bd75fb738a"),
        Column("Edit", "Edit", ColumnKind.Text, "503f1caa-358e-4918-9094-4a2cdc4bc034"),
        Column("DocIcon", "Type", ColumnKind.Text, "081c6e4c-5c14-4f20-b23e-1a71ceb6a67c"),
        Column("ComplianceAssetId", "Compliance Asset Id", ColumnKind.Text, "3a6b296c-3f50-445c-a13f-9c679ea9dda3"),
        Column("ItemChildCount", "Item Child Count", ColumnKind.Lookup, "b824e17e-a1b3-426e-aecf-f0184d900485"),
        Column("FolderChildCount", "Folder Child Count", ColumnKind.Lookup, "960ff01f-2b6d-4f1b-9c3f-e19ad8927341"),
        Column("_ComplianceFlags", "Label setting", ColumnKind.Lookup, "ccc1037f-f65e-434a-868e-8c98af31fe29"),
        Column("_ComplianceTag", "Retention label", ColumnKind.Lookup, "d4b6480a-4bed-4094-9a52-30181ea38f1d"),
        Column("_ComplianceTagWrittenTime", "Retention label Applied", ColumnKind.Lookup, "92be610e-ddbb-49f4-b3b1-5c2bc768df8f"),
        Column("_ComplianceTagUserId", "Label applied by", ColumnKind.Lookup, "418d7676-2d6f-42cf-a16a-e43d2971252a"),
        Column("_IsRecord", "Item is a Record", ColumnKind.Text, "8382d247-72a9-44b1-9794-7b177edc89f3"),
        Column("AppAuthor", "App Created By", ColumnKind.Lookup, "6bfaba20-36bf-44b5-a1b2-eb6346d49716", lookupList: "AppPrincipals"),
        Column("AppEditor", "App Modified By", ColumnKind.Lookup, "e08400f3-c779-4ed2-a18c-ab7f34caa318", lookupList: "AppPrincipals"),
    ];

    private static ListColumn Title(bool required) =>
        new() { Id = "fa564e0f-0c70-4ab9-b863-0177e6ddd247", Name = "Title", DisplayName = "Title", Kind = ColumnKind.Text, Required = required, BuiltIn = true };

    private static ListColumn Column(string name, string displayName, ColumnKind kind, string id, bool readOnly = true, string group = "Custom Columns", string lookupList = "") => new()
    {
        Id = id,
        Name = name,
        DisplayName = displayName,
        Kind = kind,
        ReadOnly = readOnly,
        BuiltIn = true,
        ColumnGroup = group,
        LookupListId = kind == ColumnKind.Lookup ? lookupList : null,
        LookupColumnName = lookupList.Length > 0 ? "Title" : "ID",
    };
}
