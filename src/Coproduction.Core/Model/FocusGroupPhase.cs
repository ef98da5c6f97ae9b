namespace Coproduction.Model;

/// <summary>When in the work a focus group took place.</summary>
public enum FocusGroupPhase
{
    /// <summary>At the beginning: what to include and how to deliver it.</summary>
    Beginning,

    /// <summary>Part way through: getting back on track or settling a disagreement.</summary>
    PartWay,

    /// <summary>Towards the end: checking the objectives are met before the Quality Process.</summary>
    TowardsEnd,
}
