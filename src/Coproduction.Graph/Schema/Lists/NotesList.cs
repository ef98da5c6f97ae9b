using Coproduction.Checklist;
using Coproduction.Model;

namespace Coproduction.Graph.Schema.Lists;

/// <summary>The checklist notes list: the team's own explanation of a checklist item.</summary>
public static class NotesList
{
    /// <summary>The list's key.</summary>
    public const string Key = "notes";

    /// <summary>The course the note belongs to.</summary>
    public static SiteColumn<string?> Course { get; } = CourseColumn.Create();

    /// <summary>The checklist item, by its description.</summary>
    public static SiteColumn<ChecklistItem?> Item { get; } = Columns.Choice("Item", "Checklist item", Enum.GetValues<ChecklistItem>(), ChecklistText.Describe);

    /// <summary>The note.</summary>
    public static SiteColumn<string?> Note { get; } = Columns.Note("Note", "Note");

    /// <summary>The list's definition.</summary>
    public static ListSchema Schema { get; } = new(Key, "Coproduction checklist notes", "The team's own explanation of a checklist item.", false,
        [Course.Schema, Item.Schema, Note.Schema]);
}
