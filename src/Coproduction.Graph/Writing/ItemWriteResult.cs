namespace Coproduction.Graph.Writing;

/// <summary>What became of one write sent by <see cref="CoproductionGraphClient.WriteEachAsync"/>.</summary>
/// <param name="ItemId">The item written (a new item's id for a create); null when Graph refused the write.</param>
/// <param name="Refusal">Why Graph refused it (<see cref="CoproductionGraphException.IsRefusal"/>); null when it was written.</param>
public sealed record ItemWriteResult(string? ItemId, CoproductionGraphException? Refusal);
