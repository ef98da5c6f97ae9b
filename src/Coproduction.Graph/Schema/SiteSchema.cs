using Coproduction.Graph.Schema.Lists;

namespace Coproduction.Graph.Schema;

/// <summary>
/// The lists and libraries a Recovery College site needs for Coproduction, and their columns. Choice
/// columns offer the snapshot format's words as plain-English labels ("Quality review"). A newer
/// version only adds lists and columns; provisioning never removes or alters what is there.
/// See docs/sharepoint-schema.md.
/// </summary>
public static class SiteSchema
{
    /// <summary>
    /// The schema's version: it rises when lists or columns are added. Version 2 made the site usable
    /// through SharePoint's own forms alone: lookups for what feedback is on, a person column for a
    /// member's account, and the list of entries the worker could not read. Version 3 records the team's
    /// answer to input on the log item it answers, the sessions delivered, and what the worker makes of them on the course.
    /// </summary>
    public const int Version = 3;

    /// <summary>
    /// The most characters SharePoint keeps in a single line of text, <c>Title</c> included (the
    /// documented <c>maxLength</c> of a text column); longer text goes in a note column.
    /// </summary>
    public const int SingleLineLength = 255;

    /// <summary>The key of the courses list.</summary>
    public const string Courses = CoursesList.Key;

    /// <summary>The key of the co-production team list.</summary>
    public const string Team = TeamList.Key;

    /// <summary>The key of the co-production log.</summary>
    public const string Log = LogList.Key;

    /// <summary>The key of the decisions register.</summary>
    public const string Decisions = DecisionsList.Key;

    /// <summary>The key of the checklist notes list.</summary>
    public const string Notes = NotesList.Key;

    /// <summary>The key of the stage history list.</summary>
    public const string Stages = StagesList.Key;

    /// <summary>The key of the flags list, written by the worker.</summary>
    public const string FlagList = FlagsList.Key;

    /// <summary>The key of the topics list (narrower topic to broader topic).</summary>
    public const string Topics = TopicsList.Key;

    /// <summary>The key of the material history list: versions saved before a site was connected.</summary>
    public const string MaterialHistory = HistoryList.Key;

    /// <summary>The key of the course materials library.</summary>
    public const string Materials = MaterialsLibrary.Key;

    /// <summary>The key of the evidence library, where the worker keeps each course's report.</summary>
    public const string Evidence = EvidenceLibrary.Key;

    /// <summary>The key of the list of entries to fix, written by the worker (since version 2).</summary>
    public const string Problems = ProblemsList.Key;

    /// <summary>The key of the list of sessions delivered (since version 3).</summary>
    public const string Sessions = SessionsList.Key;

    /// <summary>
    /// The key of the site's own hidden user information list, which the schema does not provision:
    /// who an item's <c>EditorLookupId</c> or a person column stands for. Found by its URL name
    /// (<c>users</c>), which does not change with the site's language as its title does.
    /// </summary>
    public const string UserInformation = "users";

    /// <summary>Every list and library, in the order they are created (lookups point to earlier ones where they can).</summary>
    public static IReadOnlyList<ListSchema> Lists { get; } =
    [
        CoursesList.Schema, TeamList.Schema, LogList.Schema, DecisionsList.Schema, NotesList.Schema, StagesList.Schema,
        FlagsList.Schema, TopicsList.Schema, HistoryList.Schema, MaterialsLibrary.Schema, EvidenceLibrary.Schema,
        // Last, and a list of version 2: provisioning adds the columns a list that is there lacks before it makes any list,
        // so a site that has this one has the columns the worker writes (the courses' NeedsAttention).
        ProblemsList.Schema,
        // Then version 3's, for the same reason: a site that has it has the answers' columns and the courses' co-delivery columns.
        SessionsList.Schema,
    ];

    /// <summary>The lists and columns a schema version had: what a site provisioned by that version holds.</summary>
    /// <param name="version">A version from 1 to <see cref="Version"/>.</param>
    /// <exception cref="ArgumentOutOfRangeException">There is no such version.</exception>
    public static IReadOnlyList<ListSchema> ListsAt(int version)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(version, 1);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(version, Version);
        return [.. Lists.Where(l => l.Since <= version).Select(l => l.At(version))];
    }

    /// <summary>A list by key.</summary>
    /// <param name="key">The key, such as <see cref="Courses"/>.</param>
    public static ListSchema List(string key) => Lists.Single(l => l.Key == key);
}
