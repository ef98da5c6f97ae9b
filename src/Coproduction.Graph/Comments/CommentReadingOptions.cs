using System.ComponentModel.DataAnnotations;

namespace Coproduction.Graph.Comments;

/// <summary>
/// How the comments of course materials are read, and the limits that keep a document's cost and
/// memory bounded; bound from configuration (section <c>Coproduction:Graph:Comments</c>) and
/// validated on start.
/// </summary>
public sealed class CommentReadingOptions
{
    /// <summary>The configuration section these options are read from.</summary>
    public const string Section = "Coproduction:Graph:Comments";

    /// <summary>Whether comments in Word, PowerPoint and Excel materials count as feedback. Default true.</summary>
    public bool ReadComments { get; set; } = true;

    /// <summary>A document larger than this, in bytes, is not downloaded (its size is known before). Default 50 MB.</summary>
    [Range(1, long.MaxValue)]
    public long MaxDocumentBytes { get; set; } = 50L * 1024 * 1024;

    /// <summary>
    /// How far a part of a document may expand from its compressed size (uncompressed ÷ compressed)
    /// before it is taken for a zip bomb; parts smaller than <see cref="SmallPartBytes"/> are not held to it. Default 100.
    /// </summary>
    [Range(2, 100_000)]
    public int MaxExpansionRatio { get; set; } = 100;

    /// <summary>The uncompressed size, in bytes, below which a part is not held to <see cref="MaxExpansionRatio"/>. Default 1 MB.</summary>
    [Range(0, long.MaxValue)]
    public long SmallPartBytes { get; set; } = 1024 * 1024;

    /// <summary>The most a document may expand to, all its parts together, in bytes. Default 1 GB.</summary>
    [Range(1, long.MaxValue)]
    public long MaxExpandedBytes { get; set; } = 1024L * 1024 * 1024;

    /// <summary>The most parts a document may hold. Default 10,000.</summary>
    [Range(1, 1_000_000)]
    public int MaxParts { get; set; } = 10_000;

    /// <summary>The most comments read from one document. Default 10,000.</summary>
    [Range(1, 1_000_000)]
    public int MaxComments { get; set; } = 10_000;

    /// <summary>
    /// The time zone in which Word writes a comment's time (<c>w:date</c> is local time, though written
    /// with a <c>Z</c>) where the document gives no UTC time (<c>w16cex:dateUtc</c>); also legacy
    /// PowerPoint comments' <c>dt</c>. An IANA or Windows id. Default <c>Europe/London</c>.
    /// </summary>
    [Required]
    public string LocalTimeZone { get; set; } = "Europe/London";
}
