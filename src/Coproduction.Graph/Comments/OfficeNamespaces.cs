namespace Coproduction.Graph.Comments;

/// <summary>The XML namespaces of the comment parts read (transitional Open XML, and Office's own extensions).</summary>
internal static class OfficeNamespaces
{
    public const string Relationships = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";

    public const string Word = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";
    public const string Word2010 = "http://schemas.microsoft.com/office/word/2010/wordml";
    public const string Word2012 = "http://schemas.microsoft.com/office/word/2012/wordml";
    public const string WordCommentIds = "http://schemas.microsoft.com/office/word/2016/wordml/cid";
    public const string WordCommentsExtensible = "http://schemas.microsoft.com/office/word/2018/wordml/cex";

    public const string PowerPoint = "http://schemas.openxmlformats.org/presentationml/2006/main";
    public const string PowerPoint2012 = "http://schemas.microsoft.com/office/powerpoint/2012/main";
    public const string PowerPointModernComments = "http://schemas.microsoft.com/office/powerpoint/2018/8/main";

    public const string Excel = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
    public const string ExcelThreadedComments = "http://schemas.microsoft.com/office/spreadsheetml/2018/threadedcomments";

    /// <summary>What every namespace of Strict Open XML (ISO/IEC 29500 Strict) starts with; not read.</summary>
    public const string StrictPrefix = "http://purl.oclc.org/ooxml/";
}
