namespace Coproduction.Worker.Overview;

/// <summary>The college overview as made once: the bytes to upload, their fingerprint, how many courses it shows, and the state's version it was made from.</summary>
/// <param name="Version">What the state said when it was made (<see cref="State.WorkerState.OverviewVersion"/>): the same, and the page is the same.</param>
/// <param name="Bytes">The page, UTF-8.</param>
/// <param name="Fingerprint">SHA-256 of <paramref name="Bytes"/>, as the state keeps what each site was given.</param>
/// <param name="Courses">How many courses it shows.</param>
internal sealed record OverviewPage(string Version, byte[] Bytes, string Fingerprint, int Courses);
