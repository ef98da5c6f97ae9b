namespace Coproduction.Checklist;

/// <summary>How far a checklist item is met; the numeric value is the item's score.</summary>
public enum ChecklistStatus
{
    /// <summary>Not met: scores 0.</summary>
    NotMet = 0,

    /// <summary>Partly met: scores 1.</summary>
    PartlyMet = 1,

    /// <summary>Met: scores 2.</summary>
    Met = 2,
}
