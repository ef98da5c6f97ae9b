using Coproduction.Graph.Mapping.Rows;
using Coproduction.Graph.Schema;
using Coproduction.Graph.Schema.Lists;

namespace Coproduction.Graph.Mapping;

/// <summary>
/// What a log item (feedback, an objection, an agreement) is on: the document chosen in "On material",
/// the decision chosen in "On decision", or, where neither is chosen, the id typed in "On" (schema
/// version 1, and what an import writes). A choice reads as the id the course's snapshot gives that
/// document or decision, so that the same item means the same thing however it was entered.
/// </summary>
/// <param name="materials">The course's documents: item id to material id.</param>
/// <param name="decisions">The course's decisions: item id to decision id.</param>
internal sealed class LogTargets(IReadOnlyDictionary<string, string> materials, IReadOnlyDictionary<string, string> decisions)
{
    /// <summary>The material or decision id, or null when the item is on nothing.</summary>
    /// <exception cref="DataProblemException">Both are chosen, or the one chosen is not the course's (deleted, or another course's).</exception>
    public string? Of(LogRow row) => row switch
    {
        { OnMaterial: not null, OnDecision: not null } =>
            throw new DataProblemException(LogList.OnDecision.Name, "is chosen as well as 'On material': an entry is on one thing, so clear one of them"),
        { OnMaterial: { } document } => materials.TryGetValue(document, out var id) ? id
            : throw new DataProblemException(LogList.OnMaterial.Name, "names a document that is not one of this course's materials (it was deleted, or is another course's): choose one of this course's"),
        { OnDecision: { } decision } => decisions.TryGetValue(decision, out var id) ? id
            : throw new DataProblemException(LogList.OnDecision.Name, "names a decision that is not one of this course's (it was deleted, or is another course's): choose one of this course's"),
        _ => row.On,
    };

    /// <summary>What the item is on, which it must be (feedback, an objection, an agreement).</summary>
    /// <exception cref="DataProblemException">It is on nothing, or <see cref="Of"/> finds a problem.</exception>
    public string Required(LogRow row) => Of(row)
        ?? throw new DataProblemException(LogList.OnMaterial.Name, "is empty: feedback, objections and agreements need the material (or decision) they are on");

    /// <summary>The column that says what a log item is on: the lookup chosen, else the typed id.</summary>
    public static SiteColumn ColumnOf(string itemId, IEnumerable<(string ItemId, LogRow Row)> log) =>
        log.FirstOrDefault(l => l.ItemId == itemId).Row switch
        {
            { OnMaterial: not null } => LogList.OnMaterial,
            { OnDecision: not null } => LogList.OnDecision,
            _ => LogList.On,
        };
}
