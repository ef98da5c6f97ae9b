namespace Coproduction.Lifecycle;

/// <summary>A step that leads on from the current stage but whose guard fails now, with the reasons.</summary>
/// <param name="Trigger">The step.</param>
/// <param name="Reasons">Why it cannot be taken yet, in plain English.</param>
public sealed record BlockedTrigger(LifecycleTrigger Trigger, IReadOnlyList<string> Reasons);
