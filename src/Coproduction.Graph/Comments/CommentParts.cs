using System.Xml;
using DocumentFormat.OpenXml.Packaging;

namespace Coproduction.Graph.Comments;

/// <summary>
/// Opens a document's parts for reading as a forward-only <see cref="XmlReader"/>, each held to the size
/// its zip entry declared, so that what a reading holds grows with the number of comments, never with a
/// part's size; and checks for cancellation between parts and as elements pass.
/// </summary>
internal sealed class CommentParts(PackageSurvey survey, CommentReadingOptions options, CancellationToken cancellationToken)
{
    /// <summary>
    /// XML as a document part may be: no DTD (a part with one is refused as damaged rather than have its
    /// entities expanded), no resolving of anything outside, comments and whitespace skipped.
    /// </summary>
    public static XmlReaderSettings XmlSettings { get; } = new()
    {
        DtdProcessing = DtdProcessing.Prohibit,
        XmlResolver = null,
        IgnoreComments = true,
        IgnoreProcessingInstructions = true,
        IgnoreWhitespace = true,
        CloseInput = true,
    };

    public CancellationToken CancellationToken => cancellationToken;

    /// <summary>Opens the part; the reader owns the part's stream.</summary>
    public XmlReader Open(OpenXmlPart part)
    {
        cancellationToken.ThrowIfCancellationRequested();
        // A part the survey did not see by name (an interleaved part) is held to the whole package's limit.
        var limit = survey.DeclaredLength(part.Uri) ?? options.MaxExpandedBytes;
        var stream = new BoundedReadStream(part.GetStream(FileMode.Open, FileAccess.Read), limit);
        return XmlReader.Create(stream, XmlSettings);
    }

    /// <summary>Reads to the next element (start tag) of the part, false at its end.</summary>
    public bool NextElement(XmlReader xml)
    {
        while (xml.Read())
        {
            if (xml.NodeType == XmlNodeType.Element)
            {
                cancellationToken.ThrowIfCancellationRequested();
                return true;
            }
        }
        return false;
    }
}
