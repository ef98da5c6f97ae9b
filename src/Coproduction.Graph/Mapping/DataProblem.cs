namespace Coproduction.Graph.Mapping;

/// <summary>An item that could not be read into the model, and was skipped: where it is and what is wrong, never its content.</summary>
/// <param name="List">The list's name.</param>
/// <param name="ItemId">The item's id.</param>
/// <param name="Column">The column at fault.</param>
/// <param name="Problem">What is wrong, in plain English.</param>
public sealed record DataProblem(string List, string ItemId, string Column, string Problem)
{
    /// <summary>The column named for a problem of a document's saves (its versions), which is no column of the library.</summary>
    public const string SavesColumn = "Versions";

    /// <summary>The column named for a problem of a document's comments (the file cannot be read, a comment names no account), which is no column of the library.</summary>
    public const string CommentsColumn = "Comments";

    /// <summary>The column named for comments by accounts no one in the team has: said, not counted, as for saves.</summary>
    public const string CommentersColumn = "Commenters";

    /// <summary>Whether a problem of this column counts among a course's entries to fix: not the saves or comments of people outside the team, which may be no one's to fix.</summary>
    /// <param name="column">The column a problem names.</param>
    public static bool Counts(string column) => column is not (SavesColumn or CommentersColumn);

    /// <summary>What a member of staff does about it, where it is not to open the entry and correct it; never quoting the entry.</summary>
    public string? Fix { get; init; }

    /// <summary>
    /// Whether staff can do anything about it in the site, so that it is shown to them: not, for instance,
    /// a version whose saver the site does not name, which no one can change.
    /// </summary>
    public bool ForStaff { get; init; } = true;

    /// <inheritdoc />
    public override string ToString() => $"{List}, item {ItemId}, column {Column}: {Problem}";
}
