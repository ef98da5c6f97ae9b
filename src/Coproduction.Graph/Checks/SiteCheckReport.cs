namespace Coproduction.Graph.Checks;

/// <summary>What a read-only check of a site found (<see cref="CoproductionGraphClient.CheckSiteAsync"/>).</summary>
/// <param name="SiteUrl">The site checked.</param>
/// <param name="Findings">Each finding, in the order checked.</param>
public sealed record SiteCheckReport(string SiteUrl, IReadOnlyList<CheckFinding> Findings)
{
    /// <summary>Whether the worker can do its job on the site: nothing failed.</summary>
    public bool WorkerCanWork => Findings.All(f => f.Outcome != CheckOutcome.Fails);
}
