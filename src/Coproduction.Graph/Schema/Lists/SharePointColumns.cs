namespace Coproduction.Graph.Schema.Lists;

/// <summary>SharePoint's own columns that the schema's lists use as theirs: every list has a title, every library's documents a file name.</summary>
public static class SharePointColumns
{
    /// <summary>An item's title (SharePoint's <c>Title</c>): a course's, a person's name, a decision's summary, a topic.</summary>
    public static SiteColumn<string?> Title { get; } = Columns.Text("Title", "Title");

    /// <summary>An item's content type by name (<c>ContentType</c>), such as <see cref="SharePointFields.FolderContentType"/> for a folder: read, never written.</summary>
    public static SiteColumn<string?> ContentType { get; } = Columns.Text(SharePointFields.ContentType, "Content type");

    /// <summary>A document's file name (<c>FileLeafRef</c>).</summary>
    public static SiteColumn<string?> FileName { get; } = Columns.Text(SharePointFields.FileName, "Name");
}
