namespace Coproduction.Graph.Schema.Lists;

/// <summary>Whether a flag item on a site still stands (its label on the site is declared in <see cref="FlagsList.FlagStatusLabel"/>).</summary>
public enum FlagStatus
{
    /// <summary>The condition holds: for a person to review.</summary>
    Open,

    /// <summary>The condition cleared.</summary>
    Resolved,
}
