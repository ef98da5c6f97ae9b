namespace Coproduction.Graph.Comments;

/// <summary>
/// How the comments of course materials are read, and the limits that keep a document's cost and
/// memory bounded: <see cref="Connection.CoproductionGraphOptions.Comments"/>, bound from configuration
/// (section <c>Coproduction:Graph:Comments</c>) and validated on start with the rest.
/// </summary>
public sealed class CommentReadingOptions
{
    /// <summary>Whether comments in Word, PowerPoint and Excel materials count as feedback. Default true.</summary>
    public bool Enabled { get; set; } = true;

    /// <summary>A document larger than this, in bytes, is not downloaded (its size is known before). Default 50 MB.</summary>
    public long MaxDocumentBytes { get; set; } = 50L * 1024 * 1024;

    /// <summary>
    /// How far a part of a document may expand from its compressed size (uncompressed ÷ compressed)
    /// before it is taken for a zip bomb; parts smaller than <see cref="SmallPartBytes"/> are not held to it. Default 100.
    /// </summary>
    public int MaxExpansionRatio { get; set; } = 100;

    /// <summary>The uncompressed size, in bytes, below which a part is not held to <see cref="MaxExpansionRatio"/>. Default 1 MB.</summary>
    public long SmallPartBytes { get; set; } = 1024 * 1024;

    /// <summary>The most a document may expand to, all its parts together, in bytes. Default 1 GB.</summary>
    public long MaxExpandedBytes { get; set; } = 1024L * 1024 * 1024;

    /// <summary>The most parts a document may hold. Default 10,000.</summary>
    public int MaxParts { get; set; } = 10_000;

    /// <summary>The most comments read from one document. Default 10,000.</summary>
    public int MaxComments { get; set; } = 10_000;

    /// <summary>
    /// The time zone in which Word writes a comment's time (<c>w:date</c> is local time, though written
    /// with a <c>Z</c>) where the document gives no UTC time (<c>w16cex:dateUtc</c>); also legacy
    /// PowerPoint comments' <c>dt</c>. An IANA or Windows id. Default <c>Europe/London</c>. Also the sites' own zone
    /// (their regional settings'), in which a date picked in a form without a time is that day's midnight: an answer
    /// dated so on its input's own date counts as given then, whether comment reading is on or off.
    /// </summary>
    public string LocalTimeZone { get; set; } = "Europe/London";

    /// <summary>
    /// The most Office documents a pass reads that were never read (the materials there before this
    /// version of the worker, or before comment reading was turned on), were read under other limits or
    /// by another name, or could not be downloaded: the rest in later passes. Default 100.
    /// </summary>
    public int CatchUpPerPass { get; set; } = 100;

    /// <summary>
    /// Why a file's comments cannot be read, where its name and size say so before anything is asked for or
    /// downloaded: a legacy format (<c>.doc</c>, <c>.ppt</c>, <c>.xls</c>), or a size over <see cref="MaxDocumentBytes"/>;
    /// <see cref="DocumentReadProblem.None"/> for a file to download (or one that is no Office document at all).
    /// </summary>
    /// <param name="fileName">The file's name.</param>
    /// <param name="size">Its size in bytes, where known.</param>
    public DocumentReadProblem KnownWithoutDownload(string fileName, long? size) =>
        OfficeFiles.IsLegacy(fileName) ? DocumentReadProblem.LegacyFormat
        : size > MaxDocumentBytes ? DocumentReadProblem.TooLarge
        : DocumentReadProblem.None;

    /// <summary>
    /// What a reading of a file of this name depends on besides its content: the kind its name says (its
    /// extension), the limits, the time zone and the reader's own version. A document read under another
    /// (renamed, the limits changed, a newer reader) is to be read again.
    /// </summary>
    /// <param name="fileName">The file's name.</param>
    public string ReadingOf(string fileName) =>
        string.Join('|', Path.GetExtension(fileName ?? string.Empty).ToUpperInvariant(), ReaderVersion, MaxDocumentBytes, MaxExpansionRatio, SmallPartBytes, MaxExpandedBytes, MaxParts, MaxComments, LocalTimeZone);

    /// <summary>The reader's version: raised when it reads documents differently, so that those read before are read again.</summary>
    private const int ReaderVersion = 1;

    /// <summary>Every problem with the options, each named as in configuration (<c>Comments:MaxDocumentBytes</c>); empty when they are good.</summary>
    public IReadOnlyList<string> Problems()
    {
        var problems = new List<string>();
        void AtLeast(long value, long least, string name, string unit)
        {
            if (value < least)
            {
                problems.Add($"Comments:{name} {value} is less than {least} {unit}.");
            }
        }

        AtLeast(MaxDocumentBytes, 1, nameof(MaxDocumentBytes), "byte");
        AtLeast(MaxExpansionRatio, 2, nameof(MaxExpansionRatio), "(uncompressed ÷ compressed)");
        AtLeast(SmallPartBytes, 0, nameof(SmallPartBytes), "bytes");
        AtLeast(MaxExpandedBytes, 1, nameof(MaxExpandedBytes), "byte");
        AtLeast(MaxParts, 1, nameof(MaxParts), "part");
        AtLeast(MaxComments, 1, nameof(MaxComments), "comment");
        AtLeast(CatchUpPerPass, 1, nameof(CatchUpPerPass), "document");
        try
        {
            TimeZoneInfo.FindSystemTimeZoneById(LocalTimeZone ?? string.Empty);
        }
        catch (Exception ex) when (ex is TimeZoneNotFoundException or InvalidTimeZoneException or ArgumentException)
        {
            problems.Add($"Comments:{nameof(LocalTimeZone)} '{LocalTimeZone}' is not a time zone this machine knows (such as Europe/London).");
        }

        return problems;
    }
}
