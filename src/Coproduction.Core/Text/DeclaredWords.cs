namespace Coproduction.Text;

/// <summary>
/// Which enumerations have declared words, and where: <see cref="SnapshotWords"/> serves exactly these.
/// An enumeration missing here has no words, rather than words made up from its members' names.
/// </summary>
internal static class DeclaredWords
{
    private static readonly Dictionary<Type, object> Tables = new()
    {
        [typeof(Model.CourseKind)] = ModelWords.CourseKinds,
        [typeof(Model.Stage)] = ModelWords.Stages,
        [typeof(Model.Membership)] = ModelWords.Memberships,
        [typeof(Model.ExperienceKind)] = ModelWords.ExperienceKinds,
        [typeof(Model.ActivityKind)] = ModelWords.ActivityKinds,
        [typeof(Model.ActivityMode)] = ModelWords.ActivityModes,
        [typeof(Model.FeedbackAspect)] = ModelWords.FeedbackAspects,
        [typeof(Model.FocusGroupMethod)] = ModelWords.FocusGroupMethods,
        [typeof(Model.FocusGroupPhase)] = ModelWords.FocusGroupPhases,
        [typeof(Model.Exemption)] = ModelWords.Exemptions,
        [typeof(Model.ResponseOutcome)] = ModelWords.ResponseOutcomes,
        [typeof(Model.SessionMode)] = ModelWords.SessionModes,
        [typeof(Model.ChecklistItem)] = ModelWords.ChecklistItems,
        [typeof(Checklist.ChecklistStatus)] = AssessmentWords.ChecklistStatuses,
        [typeof(Flags.FlagKind)] = AssessmentWords.FlagKinds,
        [typeof(Lifecycle.LifecycleTrigger)] = AssessmentWords.LifecycleTriggers,
    };

    /// <summary>Every enumeration with declared words.</summary>
    public static IReadOnlyCollection<Type> Enumerations => Tables.Keys;

    public static WordTable<TEnum>? Find<TEnum>()
        where TEnum : struct, Enum => Tables.GetValueOrDefault(typeof(TEnum)) as WordTable<TEnum>;

    public static NotSupportedException NotDeclared<TEnum>()
        where TEnum : struct, Enum =>
        new($"{typeof(TEnum).Name} has no declared words: it is not part of the snapshot or assessment formats.");
}
