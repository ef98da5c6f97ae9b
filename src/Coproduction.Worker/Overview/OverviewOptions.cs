namespace Coproduction.Worker.Overview;

/// <summary>
/// Where the worker keeps the college overview; bound from <c>Coproduction:Worker:Overview</c>
/// (<see cref="Hosting.WorkerOptions.Overview"/>) and validated on start with the sites it watches (<see cref="Problems"/>).
/// </summary>
internal sealed class OverviewOptions
{
    /// <summary>The overview's file name in an evidence library.</summary>
    public const string FileName = "College overview.html";

    /// <summary>Whether the worker writes the overview at all. Default yes.</summary>
    public bool Enabled { get; set; } = true;

    /// <summary>
    /// The one watched site whose evidence library gets the overview, such as
    /// https://contoso.sharepoint.com/sites/quality. Default none: every watched site's library gets it.
    /// </summary>
    public string? Site { get; set; }

    /// <summary>The sites that get the overview, of those the worker watches.</summary>
    public IReadOnlyList<string> Targets(IReadOnlyList<string> watched) =>
        Site is { Length: > 0 } one ? [.. watched.Where(w => SameSite(w, one))] : watched;

    /// <summary>Every mistake, in plain words naming the option; empty when all is good.</summary>
    public IReadOnlyList<string> Problems(IReadOnlyList<string> watched) =>
        Enabled && Site is { Length: > 0 } site && !watched.Any(w => SameSite(w, site))
            ? [$"Overview:Site: '{site}' is not one of the sites the worker watches (Sites); name one of them, or none for every site's evidence library."]
            : [];

    private static bool SameSite(string a, string b) => string.Equals(a.TrimEnd('/'), b.TrimEnd('/'), StringComparison.OrdinalIgnoreCase);
}
