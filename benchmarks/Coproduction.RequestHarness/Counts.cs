using Coproduction.Emulator.Control;

namespace Coproduction.RequestHarness;

/// <summary>
/// What a pass cost, from the emulator's counters: HTTP requests (a <c>$batch</c> once), requests
/// with those inside batches each counted, resource units, and the least HTTP requests the same work
/// could have taken: its delta pages, its reads of document versions and its item writes in full
/// batches of 20, one upload per report, and a fresh process's lookups of the site and its flags.
/// </summary>
internal sealed record Counts(int Http, int Requests, int Units, int Delta, int Reads, int Writes, int Uploads, int VersionReads, int Lookups)
{
    private static readonly string[] LookupKinds = ["site", "lists", "drive", "items"];

    public static Counts Of(EmulatorRequests r) => new(
        r.Http,
        r.Total - r.Of("batch"),
        r.ResourceUnits,
        r.Of("delta"),
        r.Of("delta") + r.Of("items") + r.Of("versions") + r.Of("driveItem"),
        r.Of("create") + r.Of("update"),
        r.Of("upload"),
        r.Of("versions"),
        LookupKinds.Sum(r.Of));

    /// <summary>The least HTTP requests possible for the same work.</summary>
    public int Fewest => Delta + Batches(VersionReads) + Batches(Writes) + Uploads + Lookups;

    private static int Batches(int requests) => (requests + 19) / 20;
}
