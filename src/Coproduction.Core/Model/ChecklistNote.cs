namespace Coproduction.Model;

/// <summary>The team's explanation for a checklist item, in its own words.</summary>
/// <param name="Item">The checklist item explained.</param>
/// <param name="Note">The explanation.</param>
public sealed record ChecklistNote(ChecklistItem Item, string Note);
