using System.IO.Compression;
using System.Xml;

namespace Coproduction.Graph.Comments;

/// <summary>
/// A look at a zip package before the Open XML SDK opens it: its entries held to the zip-bomb limits by
/// what their headers declare (nothing is decompressed for that), and which Office family its
/// <c>[Content_Types].xml</c> says its main part is. The declared sizes are kept, so that reading a part
/// can be held to its own (<see cref="BoundedReadStream"/>).
/// </summary>
internal sealed class PackageSurvey
{
    private const string ContentTypesEntry = "[Content_Types].xml";
    private const string ContentTypesNamespace = "http://schemas.openxmlformats.org/package/2006/content-types";

    private readonly Dictionary<string, long> _declaredLengths;

    private PackageSurvey(Dictionary<string, long> declaredLengths, OfficeFamily? family)
    {
        _declaredLengths = declaredLengths;
        Family = family;
    }

    /// <summary>The family of the package's main part; null for a zip that is not an Office package (no content types, or none of a main part).</summary>
    public OfficeFamily? Family { get; }

    /// <summary>
    /// Surveys the zip in a seekable stream, leaving it at its start; throws
    /// <see cref="UnreadableDocumentException"/> (<see cref="DocumentReadProblem.ExpandsTooFar"/>) for a
    /// package past the limits, its entries counted from the file's tail first (<see cref="ZipDirectory"/>).
    /// A damaged zip throws <see cref="InvalidDataException"/>, or is <see cref="DocumentReadProblem.Corrupt"/>.
    /// </summary>
    public static PackageSurvey Take(Stream content, CommentReadingOptions options, XmlReaderSettings xmlSettings)
    {
        ZipDirectory.Check(content, options.MaxParts);
        content.Position = 0;
        using var zip = new ZipArchive(content, ZipArchiveMode.Read, leaveOpen: true);
        var entries = zip.Entries;
        if (entries.Count > options.MaxParts)
        {
            throw new UnreadableDocumentException(DocumentReadProblem.ExpandsTooFar);
        }
        var declared = new Dictionary<string, long>(entries.Count, StringComparer.OrdinalIgnoreCase);
        long total = 0;
        ZipArchiveEntry? contentTypes = null;
        foreach (var entry in entries)
        {
            total += entry.Length;
            if (total > options.MaxExpandedBytes || ExpandsTooFar(entry, options))
            {
                throw new UnreadableDocumentException(DocumentReadProblem.ExpandsTooFar);
            }
            var name = PartName(entry.FullName);
            // A zip may name an entry twice; the larger declaration is the one to hold a reading to.
            declared[name] = Math.Max(entry.Length, declared.GetValueOrDefault(name));
            if (name.Equals(ContentTypesEntry, StringComparison.OrdinalIgnoreCase))
            {
                contentTypes = entry;
            }
        }
        var family = contentTypes is null ? null : MainFamily(contentTypes, xmlSettings);
        content.Position = 0;
        return new PackageSurvey(declared, family);
    }

    /// <summary>What the part's zip entry declared it expands to; null for a part not found by its name (an interleaved part, say).</summary>
    public long? DeclaredLength(Uri partUri) =>
        _declaredLengths.TryGetValue(PartName(partUri.OriginalString), out var length) ? length : null;

    private static bool ExpandsTooFar(ZipArchiveEntry entry, CommentReadingOptions options) =>
        entry.Length > options.SmallPartBytes
        && entry.Length / (double)Math.Max(1, entry.CompressedLength) > options.MaxExpansionRatio;

    // Part names are URIs ("/word/comments.xml"); zip entries the same without the slash, and may be escaped.
    private static string PartName(string name) => Uri.UnescapeDataString(name).TrimStart('/');

    private static OfficeFamily? MainFamily(ZipArchiveEntry contentTypes, XmlReaderSettings xmlSettings)
    {
        using var stream = new BoundedReadStream(contentTypes.Open(), contentTypes.Length);
        using var xml = XmlReader.Create(stream, xmlSettings);
        while (xml.Read())
        {
            // The main part's type is an Override, or the Default of its extension (System.IO.Packaging
            // makes the commonest type the Default for .xml, and that is often the main part's).
            if (xml.NodeType == XmlNodeType.Element && xml.LocalName is "Override" or "Default" && xml.NamespaceURI == ContentTypesNamespace
                && FamilyOfMainPart(xml.GetAttribute("ContentType")) is { } family)
            {
                return family;
            }
        }
        return null;
    }

    // The main parts' content types: application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml,
    // its template and the macro-enabled kinds (application/vnd.ms-word.document.macroEnabled.main+xml), and the
    // same for presentationml/ms-powerpoint and spreadsheetml/ms-excel. A binary workbook (.xlsb) is none.
    private static OfficeFamily? FamilyOfMainPart(string? contentType)
    {
        if (contentType is null || !contentType.EndsWith(".main+xml", StringComparison.OrdinalIgnoreCase))
        {
            return null;
        }
        if (contentType.Contains(".wordprocessingml.", StringComparison.OrdinalIgnoreCase)
            || contentType.StartsWith("application/vnd.ms-word.", StringComparison.OrdinalIgnoreCase))
        {
            return OfficeFamily.Word;
        }
        if (contentType.Contains(".presentationml.", StringComparison.OrdinalIgnoreCase)
            || contentType.StartsWith("application/vnd.ms-powerpoint.", StringComparison.OrdinalIgnoreCase))
        {
            return OfficeFamily.PowerPoint;
        }
        if (contentType.Contains(".spreadsheetml.", StringComparison.OrdinalIgnoreCase)
            || contentType.StartsWith("application/vnd.ms-excel.", StringComparison.OrdinalIgnoreCase))
        {
            return OfficeFamily.Excel;
        }
        return null;
    }
}
