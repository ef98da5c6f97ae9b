namespace Coproduction.Graph.Checks;

/// <summary>One finding of a site check: which check, what it found, and in words an operator can act on what that means.</summary>
/// <param name="Check">The check, such as <c>access</c>, <c>schema</c> or an assumption of docs/graph-assumptions.md such as <c>delta.links.keepExpand</c>.</param>
/// <param name="Outcome">What it found.</param>
/// <param name="Says">What that means and, where something must be done, what.</param>
public sealed record CheckFinding(string Check, CheckOutcome Outcome, string Says);
