using Coproduction.Model;

namespace Coproduction.Lifecycle;

/// <summary>Whether a move from one stage to another is one the lifecycle permits now.</summary>
/// <param name="From">The stage the course was at.</param>
/// <param name="To">The stage it was moved to.</param>
/// <param name="Trigger">The step that leads from <paramref name="From"/> to <paramref name="To"/>, if there is one.</param>
/// <param name="Reasons">Why the move is not permitted; empty when it is.</param>
public sealed record StageMoveCheck(Stage From, Stage To, LifecycleTrigger? Trigger, IReadOnlyList<string> Reasons)
{
    /// <summary>The move is permitted (or is no move at all).</summary>
    public bool IsPermitted => Reasons.Count == 0;
}
