namespace Coproduction.Model;

/// <summary>The six items of the co-production checklist (the guidance's appendix A), in its order.</summary>
public enum ChecklistItem
{
    /// <summary>There is relevant learned experience.</summary>
    RelevantLearnedExperience,

    /// <summary>There is relevant lived experience.</summary>
    RelevantLivedExperience,

    /// <summary>The views of carers and supporters were sought or included.</summary>
    CarersViewsSought,

    /// <summary>Focus groups were used to gather feedback and ideas.</summary>
    FocusGroupsUsed,

    /// <summary>All materials have been agreed.</summary>
    MaterialsAgreed,

    /// <summary>The work was shared between the core working group.</summary>
    WorkShared,
}
