namespace Coproduction.Report;

/// <summary>What the evidence report may show.</summary>
public sealed class EvidenceReportOptions
{
    /// <summary>
    /// Whether people's display names may appear beside their contributions. Off by default: people
    /// then appear by role, such as "Peer trainer A". Names never appear beside lived or carer
    /// experience, whatever this says: that is health information.
    /// </summary>
    public bool ShowNames { get; set; }
}
