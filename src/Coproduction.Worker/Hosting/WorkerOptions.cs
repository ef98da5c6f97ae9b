namespace Coproduction.Worker.Hosting;

/// <summary>
/// How the worker runs; bound from the configuration section <c>Coproduction:Worker</c> (appsettings.json,
/// environment variables such as <c>Coproduction__Worker__PollInterval</c>, the command line) and
/// validated on start.
/// </summary>
internal sealed class WorkerOptions
{
    public const string Section = "Coproduction:Worker";

    /// <summary>The SharePoint sites to watch, such as https://contoso.sharepoint.com/sites/recovery.</summary>
    public List<string> Sites { get; set; } = [];

    /// <summary>How long to wait between passes. Default one minute.</summary>
    public TimeSpan PollInterval { get; set; } = TimeSpan.FromMinutes(1);

    /// <summary>The SQLite file the worker keeps its state in.</summary>
    public string StatePath { get; set; } = DefaultStatePath();

    /// <summary>Whether evidence reports may name people beside their contributions (never beside experience). Default no.</summary>
    public bool ShowNamesInReports { get; set; }

    /// <summary>The smallest count of people bringing a kind of experience that evidence reports write as a number (a smaller one reads "fewer than …"). At least 2; default 3.</summary>
    public int SmallestCountShownInReports { get; set; } = 3;

    /// <summary>What the evidence reports the worker writes may show.</summary>
    public Report.EvidenceReportOptions Reports => new() { ShowNames = ShowNamesInReports, SmallestCountShown = SmallestCountShownInReports };

    /// <summary>Where the college overview is kept (section <c>Coproduction:Worker:Overview</c>).</summary>
    public Overview.OverviewOptions Overview { get; set; } = new();

    /// <summary>Whether to put a course back to its stage when a person moves it where the lifecycle does not permit. Default no: the flag says why.</summary>
    public bool RevertForbiddenStageChanges { get; set; }

    /// <summary>How often a course is assessed again with nothing changed, so that flags that depend on time (such as 14 days without feedback) come up. Default a day.</summary>
    public TimeSpan ReassessEvery { get; set; } = TimeSpan.FromDays(1);

    /// <summary>
    /// The most courses one pass over a site assesses; the rest wait for the next pass, so that a site
    /// with a flood of changes (an import, a term's start) is worked through in steps of bounded memory
    /// and time while every other site still gets its pass. Default 200.
    /// </summary>
    public int MaxCoursesPerPass { get; set; } = 200;

    /// <summary>
    /// How many passes in a row may meet a fault of the host (signing in, the state file) before the
    /// worker stops and exits non-zero, for its service manager to start it afresh. Default 5.
    /// </summary>
    public int HostFaultAttempts { get; set; } = 5;

    /// <summary>The wait after a first fault of the host; it doubles after each one in a row, up to <see cref="LongestHostFaultWait"/>. Default 30 seconds.</summary>
    public TimeSpan HostFaultBackoff { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>The longest wait between passes that meet a fault of the host.</summary>
    public static readonly TimeSpan LongestHostFaultWait = TimeSpan.FromMinutes(15);

    /// <summary>The wait after the <paramref name="faults"/>th fault of the host in a row.</summary>
    public TimeSpan HostFaultWait(int faults) =>
        TimeSpan.FromTicks(Math.Min(LongestHostFaultWait.Ticks, HostFaultBackoff.Ticks * (1L << Math.Min(faults - 1, 20))));

    public static string DefaultStatePath() =>
        Path.Combine(Environment.GetFolderPath(Environment.SpecialFolder.LocalApplicationData, Environment.SpecialFolderOption.Create), "coproduction", "state.db");

    /// <summary>Every mistake in the options, in plain words; empty when they are good.</summary>
    public IReadOnlyList<string> Problems()
    {
        var problems = new List<string>();
        if (Sites.Count == 0)
        {
            problems.Add("Sites: name at least one site to watch (--site URL, or Coproduction:Worker:Sites in appsettings.json).");
        }

        foreach (var site in Sites)
        {
            if (!Uri.TryCreate(site, UriKind.Absolute, out var uri) || uri.Scheme != "https" || uri.AbsolutePath.Trim('/').Length == 0)
            {
                problems.Add($"Sites: '{site}' is not a site URL such as https://contoso.sharepoint.com/sites/recovery.");
            }
        }

        if (PollInterval < TimeSpan.FromSeconds(1))
        {
            problems.Add($"PollInterval: {PollInterval} is too short; give at least one second (00:00:01).");
        }

        if (ReassessEvery < TimeSpan.FromMinutes(1))
        {
            problems.Add($"ReassessEvery: {ReassessEvery} is too short; give at least one minute.");
        }

        if (MaxCoursesPerPass < 1)
        {
            problems.Add($"MaxCoursesPerPass: {MaxCoursesPerPass} is too few; give at least 1.");
        }

        problems.AddRange(Overview.Problems(Sites));
        problems.AddRange(Reports.Problems().Select(p => p.Replace(nameof(Report.EvidenceReportOptions.SmallestCountShown), nameof(SmallestCountShownInReports), StringComparison.Ordinal)));

        if (HostFaultAttempts is < 1 or > 100)
        {
            problems.Add($"HostFaultAttempts: {HostFaultAttempts} is out of range; give 1 to 100.");
        }

        if (HostFaultBackoff < TimeSpan.FromSeconds(1) || HostFaultBackoff > LongestHostFaultWait)
        {
            problems.Add($"HostFaultBackoff: {HostFaultBackoff} is out of range; give one second (00:00:01) to 15 minutes.");
        }

        if (string.IsNullOrWhiteSpace(StatePath))
        {
            problems.Add("StatePath: give the path of the worker's SQLite file.");
        }

        return problems;
    }
}
