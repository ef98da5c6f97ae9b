using System.Xml;
using DocumentFormat.OpenXml.Packaging;

namespace Coproduction.Graph.Comments;

/// <summary>
/// Reads who commented on an Office document and when, from the document alone (no Graph): the
/// comments' keys, times, authors' identities and reply links, never their text nor a display name.
/// Bad input is a <see cref="DocumentReadProblem"/>, never an exception.
/// </summary>
/// <remarks>
/// What a file is comes from its bytes, and its name only says which family it should be:
/// <list type="bullet">
/// <item>A compound file (OLE) holding <c>EncryptedPackage</c> or <c>\u0006DataSpaces</c> is
/// <see cref="DocumentReadProblem.Encrypted"/>, whatever its name (a password-protected or
/// label-encrypted .docx is such a file).</item>
/// <item>A compound file holding a Word, PowerPoint or Excel binary stream is
/// <see cref="DocumentReadProblem.LegacyFormat"/>, also when named .docx: a .doc renamed is still
/// a .doc, and "save it as a .docx" is what the team needs to hear. Any other compound file (an Outlook
/// message, a Visio drawing) is <see cref="DocumentReadProblem.NotWhatItsNameSays"/>.</item>
/// <item>A zip is read by what it holds, also when named .doc (a .doc that is really a .docx is read),
/// so long as it is of the family its name says: a .docx holding a presentation, or a zip that is no
/// Office package, is <see cref="DocumentReadProblem.NotWhatItsNameSays"/>.</item>
/// <item>An empty file is <see cref="DocumentReadProblem.Corrupt"/>; anything else (a PDF, text) named
/// as Office is <see cref="DocumentReadProblem.NotWhatItsNameSays"/>.</item>
/// </list>
/// </remarks>
internal sealed class OfficeCommentReader
{
    // Office's binary formats: Word 97 and later, PowerPoint 97 and later, Excel 97 (Workbook) and 5/95 (Book).
    private static readonly string[] LegacyStreams = ["WordDocument", "PowerPoint Document", "Workbook", "Book"];
    // An encrypted Open XML document (password, or IRM / a sensitivity label that encrypts) is a compound file
    // holding the package encrypted, and the data spaces that say how.
    private static readonly string[] EncryptionStreams = ["EncryptedPackage", "\u0006DataSpaces"];

    private readonly CommentReadingOptions _options;
    private readonly TimeZoneInfo _localTimeZone;

    public OfficeCommentReader(CommentReadingOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        _options = options;
        _localTimeZone = TimeZoneInfo.FindSystemTimeZoneById(options.LocalTimeZone);
    }

    /// <summary>Whether a file of this name is read (<see cref="OfficeFiles.AreRead"/>).</summary>
    public static bool IsReadable(string fileName)
    {
        ArgumentNullException.ThrowIfNull(fileName);
        return OfficeFiles.AreRead(fileName);
    }

    /// <summary>Reads the comments of a document, whose content is a seekable stream (the stream is left open).</summary>
    /// <exception cref="ArgumentException">The stream cannot be read or cannot seek.</exception>
    /// <exception cref="OperationCanceledException">The reading was cancelled.</exception>
    public DocumentComments Read(Stream content, string fileName, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(content);
        ArgumentNullException.ThrowIfNull(fileName);
        if (!content.CanRead || !content.CanSeek)
        {
            throw new ArgumentException("The content of a document is read from a seekable stream (a temporary file).", nameof(content));
        }
        if (OfficeFileName.Of(fileName) is not { } named)
        {
            return DocumentComments.None;
        }
        cancellationToken.ThrowIfCancellationRequested();
        try
        {
            return FileSignatures.Of(content) switch
            {
                FileSignature.Empty => DocumentComments.Unreadable(DocumentReadProblem.Corrupt),
                FileSignature.CompoundFile => DocumentComments.Unreadable(CompoundFileProblem(content)),
                FileSignature.Zip => ReadPackage(content, named.Family, cancellationToken),
                _ => DocumentComments.Unreadable(DocumentReadProblem.NotWhatItsNameSays),
            };
        }
        catch (UnreadableDocumentException e)
        {
            return DocumentComments.Unreadable(e.Problem);
        }
        catch (Exception e) when (IsDamage(e))
        {
            return DocumentComments.Unreadable(DocumentReadProblem.Corrupt);
        }
    }

    private static DocumentReadProblem CompoundFileProblem(Stream content)
    {
        var names = CompoundFileDirectory.Names(content);
        if (names.Any(name => EncryptionStreams.Contains(name, StringComparer.OrdinalIgnoreCase)))
        {
            return DocumentReadProblem.Encrypted;
        }
        return names.Any(name => LegacyStreams.Contains(name, StringComparer.OrdinalIgnoreCase))
            ? DocumentReadProblem.LegacyFormat
            : DocumentReadProblem.NotWhatItsNameSays;
    }

    private DocumentComments ReadPackage(Stream content, OfficeFamily namedFamily, CancellationToken cancellationToken)
    {
        // The zip is held to the limits by its own declarations before the SDK opens anything in it.
        var survey = PackageSurvey.Take(content, _options, CommentParts.XmlSettings);
        if (survey.Family != namedFamily)
        {
            return DocumentComments.Unreadable(DocumentReadProblem.NotWhatItsNameSays);
        }
        var parts = new CommentParts(survey, _options, cancellationToken);
        var collector = new CommentCollector(_options.MaxComments);
        var settings = new OpenSettings { AutoSave = false };
        switch (namedFamily)
        {
            case OfficeFamily.Word:
                using (var document = WordprocessingDocument.Open(content, false, settings))
                {
                    ThrowIfStrict(parts, document.MainDocumentPart);
                    WordComments.Read(document, parts, collector, _localTimeZone);
                }
                break;
            case OfficeFamily.PowerPoint:
                using (var document = PresentationDocument.Open(content, false, settings))
                {
                    ThrowIfStrict(parts, document.PresentationPart);
                    PowerPointComments.Read(document, parts, collector, _localTimeZone);
                }
                break;
            case OfficeFamily.Excel:
                using (var document = SpreadsheetDocument.Open(content, false, settings))
                {
                    ThrowIfStrict(parts, document.WorkbookPart);
                    ExcelComments.Read(document, parts, collector);
                }
                break;
        }
        return collector.Count == 0 ? DocumentComments.None : new DocumentComments(collector.Settle());
    }

    // A Strict Open XML document (Office's "Strict Open XML Document" Save As) names its elements in
    // http://purl.oclc.org/ooxml/..., which the readers do not read: without this it would read as having no
    // comments. The SDK opens it read-only, mapping its relationships; the main part's first element says.
    private static void ThrowIfStrict(CommentParts parts, OpenXmlPart? main)
    {
        if (main is null)
        {
            return;
        }
        using var xml = parts.Open(main);
        if (parts.NextElement(xml) && xml.NamespaceURI.StartsWith(OfficeNamespaces.StrictPrefix, StringComparison.Ordinal))
        {
            throw new UnreadableDocumentException(DocumentReadProblem.Unsupported);
        }
    }

    // What a damaged package throws: ZipArchive (InvalidDataException), System.IO.Packaging
    // (FileFormatException, a FormatException; IOException, ArgumentException for a bad part name), the SDK
    // (OpenXmlPackageException) and a part's XML (XmlException). The content is a local file already written
    // whole, so an IOException reading it is the package's doing.
    private static bool IsDamage(Exception e) =>
        e is InvalidDataException or FormatException or IOException or XmlException or OpenXmlPackageException
            or ArgumentException;
}
