using Coproduction.Model;
using Coproduction.Text;
using Stateless;
using Stateless.Graph;

namespace Coproduction.Lifecycle;

/// <summary>
/// Where a course is in its lifecycle and what can happen next: the steps permitted now, the steps
/// whose guard fails (with the reasons), and whether a move a person made is one the lifecycle permits.
/// </summary>
public sealed class CourseLifecycle
{
    /// <summary>Where each step leads from each stage, read once from the machine's own description (reading it for each question made a machine each time).</summary>
    private static readonly Dictionary<(Stage From, LifecycleTrigger Trigger), Stage> Steps =
        LifecycleMachine.Create(Stage.Proposed, LifecycleConditions.AllMet).GetInfo().States
            .SelectMany(s => s.Transitions.OfType<Stateless.Reflection.FixedTransitionInfo>()
                .Select(t => (From: (Stage)s.UnderlyingState, Trigger: (LifecycleTrigger)t.Trigger.UnderlyingTrigger, To: (Stage)t.DestinationState.UnderlyingState)))
            .ToDictionary(x => (x.From, x.Trigger), x => x.To);

    private readonly StateMachine<Stage, LifecycleTrigger> _machine;
    private readonly LifecycleConditions _conditions;

    /// <summary>Creates the lifecycle of a course at <paramref name="stage"/>, its guards judged by <paramref name="conditions"/>.</summary>
    /// <param name="stage">The stage the course is at.</param>
    /// <param name="conditions">What the guards need to know.</param>
    public CourseLifecycle(Stage stage, LifecycleConditions conditions)
    {
        ArgumentNullException.ThrowIfNull(conditions);
        _conditions = conditions;
        _machine = LifecycleMachine.Create(stage, conditions);
        Stage = stage;
    }

    /// <summary>The stage the course is at.</summary>
    public Stage Stage { get; }

    /// <summary>The steps that lead on from the current stage and whose guards hold now, in the order of <see cref="LifecycleTrigger"/>.</summary>
    public IReadOnlyList<LifecycleTrigger> PermittedTriggers =>
        Enum.GetValues<LifecycleTrigger>().Where(_machine.CanFire).ToList();

    /// <summary>The steps that lead on from the current stage but whose guards fail now, with the reasons.</summary>
    public IReadOnlyList<BlockedTrigger> BlockedTriggers =>
        Enum.GetValues<LifecycleTrigger>()
            .Where(t => Destination(Stage, t) is not null && !_machine.CanFire(t))
            .Select(t => new BlockedTrigger(t, Reasons(t)))
            .ToList();

    /// <summary>
    /// Checks a move a person made from <paramref name="from"/> to <paramref name="to"/>, judging any
    /// guard by this lifecycle's conditions.
    /// </summary>
    /// <param name="from">The stage the course was at.</param>
    /// <param name="to">The stage it was moved to.</param>
    /// <returns>The step that makes the move, and the reasons it is not permitted, if it is not.</returns>
    public StageMoveCheck CheckMove(Stage from, Stage to)
    {
        if (from == to)
        {
            return new StageMoveCheck(from, to, null, []);
        }

        var trigger = Enum.GetValues<LifecycleTrigger>().Cast<LifecycleTrigger?>().FirstOrDefault(t => Destination(from, t!.Value) == to);
        if (trigger is not { } step)
        {
            return new StageMoveCheck(from, to, null,
                [$"The lifecycle has no step from {from.ToWord()} to {to.ToWord()}; from {from.ToWord()} a course can go to {Onward(from)}."]);
        }

        var fromMachine = new CourseLifecycle(from, _conditions);
        return new StageMoveCheck(from, to, step, fromMachine._machine.CanFire(step) ? [] : fromMachine.Reasons(step));
    }

    /// <summary>The lifecycle as a Mermaid state diagram, guards shown on their steps.</summary>
    public static string ToMermaid() => MermaidGraph.Format(LifecycleMachine.Create(Stage.Proposed, LifecycleConditions.AllMet).GetInfo());

    /// <summary>The lifecycle as a Graphviz DOT graph, guards shown on their steps.</summary>
    public static string ToDot() => UmlDotGraph.Format(LifecycleMachine.Create(Stage.Proposed, LifecycleConditions.AllMet).GetInfo());

    /// <summary>The stage a step leads to from a stage, or null when no such step leads on from it.</summary>
    /// <param name="from">The stage.</param>
    /// <param name="trigger">The step.</param>
    public static Stage? Destination(Stage from, LifecycleTrigger trigger) => Steps.TryGetValue((from, trigger), out var to) ? to : null;

    private static string Onward(Stage from)
    {
        var stages = Enum.GetValues<LifecycleTrigger>().Select(t => Destination(from, t)).OfType<Stage>().Select(s => s.ToWord()).ToList();
        return stages.Count == 0 ? "no other stage" : English.List(stages, limit: 10).Replace(" and ", " or ", StringComparison.Ordinal);
    }

    private List<string> Reasons(LifecycleTrigger trigger)
    {
        _machine.CanFire(trigger, out var unmet);
        var reasons = new List<string>();
        foreach (var guard in unmet)
        {
            reasons.AddRange(guard switch
            {
                LifecycleMachine.RightExperienceGuard => _conditions.RightExperienceGaps.DefaultIfEmpty("The right experience is not included yet."),
                LifecycleMachine.ReadyForQualityGuard => _conditions.QualityGaps.DefaultIfEmpty("The course is not ready for quality review yet."),
                _ => [guard],
            });
        }

        return reasons;
    }
}
