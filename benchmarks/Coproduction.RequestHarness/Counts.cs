using Coproduction.Emulator.Control;

namespace Coproduction.RequestHarness;

/// <summary>
/// What a pass cost, from the emulator's counters: HTTP requests (a <c>$batch</c> once), requests
/// with those inside batches each counted, resource units, and the least HTTP requests the same work
/// could have taken: a round of delta for each page of the longest list (all lists' pages of a round
/// in one batch), each kind of read (document versions, files found, the site's users) and the item
/// writes in full batches of 20, one upload per report, two requests per document downloaded (its content, then the redirect's URL), and a fresh
/// process's lookups of the site and its flags.
/// </summary>
internal sealed record Counts(int Http, int Requests, int Units, int DeltaRounds, int Reads, int Writes, int Uploads, int VersionReads, int FileReads, int UserReads, int Lookups, int Downloads)
{
    private static readonly string[] LookupKinds = ["site", "lists", "drive", "items"];

    /// <param name="r">The emulator's counters.</param>
    /// <param name="servedThroughItems">Whether the tenant serves a file's versions through its list item: where it does not, those asked for that way were refused, and are no work the pass needed.</param>
    public static Counts Of(EmulatorRequests r, bool servedThroughItems) => new(
        r.Http,
        r.Total - r.Of("batch"),
        r.ResourceUnits,
        r.DeltaRounds,
        r.Of("delta") + r.Of("items") + r.Of("versions") + r.Of("itemFileVersions") + r.Of("driveItem") + r.Of("item"),
        r.Of("create") + r.Of("update"),
        r.Of("upload"),
        r.Of("versions") + (servedThroughItems ? r.Of("itemFileVersions") : 0),
        r.Of("driveItem"),
        r.Of("item"),
        LookupKinds.Sum(r.Of),
        r.Of("content"));

    /// <summary>The least HTTP requests possible for the same work.</summary>
    /// <remarks>A document's download is two: its content asked for, and the download URL that answers with a redirect.</remarks>
    public int Fewest => DeltaRounds + Batches(VersionReads) + Batches(FileReads) + Batches(UserReads) + Batches(Writes) + Uploads + Lookups + (2 * Downloads);

    private static int Batches(int requests) => (requests + 19) / 20;
}
