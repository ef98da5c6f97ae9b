namespace Coproduction.Graph.Mapping;

/// <summary>An item that could not be read into the model, and was skipped: where it is and what is wrong, never its content.</summary>
/// <param name="List">The list's name.</param>
/// <param name="ItemId">The item's id.</param>
/// <param name="Column">The column at fault.</param>
/// <param name="Problem">What is wrong, in plain English.</param>
public sealed record DataProblem(string List, string ItemId, string Column, string Problem)
{
    /// <inheritdoc />
    public override string ToString() => $"{List}, item {ItemId}, column {Column}: {Problem}";
}
