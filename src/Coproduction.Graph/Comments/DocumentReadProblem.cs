namespace Coproduction.Graph.Comments;

/// <summary>Why an Office document's comments could not be read. Each is a data problem the team sees, never a failed pass.</summary>
public enum DocumentReadProblem
{
    /// <summary>The comments were read.</summary>
    None,

    /// <summary>The file is damaged: not a whole package, or a part of it that cannot be read.</summary>
    Corrupt,

    /// <summary>The file is larger than the configured limit (<see cref="CommentReadingOptions.MaxDocumentBytes"/>): not downloaded.</summary>
    TooLarge,

    /// <summary>A part of the package expands past the configured ratio or size, or the package holds too many parts: a zip bomb, or a document too large to read safely.</summary>
    ExpandsTooFar,

    /// <summary>The document is encrypted: protected by a password, or by a sensitivity label that encrypts it.</summary>
    Encrypted,

    /// <summary>A legacy binary document (<c>.doc</c>, <c>.ppt</c>, <c>.xls</c>), whose comments are not read.</summary>
    LegacyFormat,

    /// <summary>The file is not what its name says (a <c>.docx</c> that is a PDF, or a presentation).</summary>
    NotWhatItsNameSays,

    /// <summary>The document holds more comments than the configured limit (<see cref="CommentReadingOptions.MaxComments"/>).</summary>
    TooManyComments,

    /// <summary>A format the reader does not read, such as Strict Open XML.</summary>
    Unsupported,

    /// <summary>The document could not be downloaded (refused, failing, or too slow): tried again at its next change, or an hour on.</summary>
    Unavailable,
}
