using Coproduction.Model;

namespace Coproduction.Checklist;

/// <summary>The outcome of one checklist item.</summary>
/// <param name="Item">The item.</param>
/// <param name="Status">Met, partly met or not met.</param>
/// <param name="Reason">Why, in plain English, with what to do where it is not met.</param>
/// <param name="Evidence">The ids of the people, activities, materials or decisions that are its evidence.</param>
public sealed record ChecklistResult(ChecklistItem Item, ChecklistStatus Status, string Reason, IReadOnlyList<string> Evidence)
{
    /// <summary>The item's score: 2 met, 1 partly met, 0 not met.</summary>
    public int Score => (int)Status;
}
