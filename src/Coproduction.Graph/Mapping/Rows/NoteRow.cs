using Coproduction.Checklist;
using Coproduction.Graph.Schema.Lists;
using Coproduction.Graph.Writing;
using Coproduction.Model;

namespace Coproduction.Graph.Mapping.Rows;

/// <summary>An item of the checklist notes list (titled by its checklist item).</summary>
internal sealed record NoteRow(string? Course, ChecklistItem? Item, string? Note)
{
    public static NoteRow Read(SiteFields f) => new(NotesList.Course.Read(f), NotesList.Item.Read(f), NotesList.Note.Read(f));

    public FieldSet ToFields() => new FieldSet()
        .Set(SharePointColumns.Title, Item is { } item ? ChecklistText.Describe(item) : null)
        .Set(NotesList.Course, Course)
        .Set(NotesList.Item, Item)
        .Set(NotesList.Note, Note);
}
