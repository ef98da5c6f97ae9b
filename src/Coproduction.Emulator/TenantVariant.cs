namespace Coproduction.Emulator;

/// <summary>
/// How the emulated tenant answers where the evidence of what SharePoint Online really answers is
/// silent or split (see docs/graph-assumptions.md). Each point can go either way; a client that works
/// against <see cref="Generous"/> and <see cref="Sparse"/> copes with both.
/// </summary>
public sealed record TenantVariant
{
    /// <summary>
    /// Whether next links, delta links and a 410's <c>Location</c> keep the request's <c>$expand</c>.
    /// The delta documentation's links carry only <c>?token=…</c>; when they do not keep it, a page
    /// asked for without <c>$expand</c> has no fields, as any request without it has.
    /// </summary>
    public bool LinksKeepExpand { get; init; } = true;

    /// <summary>
    /// Whether the person on a version (<c>lastModifiedBy.user</c>) carries <c>email</c>. The documented
    /// version examples carry only <c>id</c> and <c>displayName</c>; <c>identity</c> is an open type.
    /// </summary>
    public bool VersionIdentityHasEmail { get; init; } = true;

    /// <summary>The error code of a 410 Gone for an expired delta token: <c>resyncChangesApplyDifferences</c>, <c>resyncChangesUploadDifferences</c> (documented) or <c>resyncRequired</c> (seen from real services).</summary>
    public string ResyncCode { get; init; } = "resyncChangesApplyDifferences";

    /// <summary>Whether a 410 Gone carries a <c>Location</c> to start afresh from (documented; a Microsoft engineer called it "not really necessary").</summary>
    public bool ResyncHasLocation { get; init; } = true;

    /// <summary>Whether a <c>$batch</c>'s answers come in the order of its requests. The documentation says the service may reorder them.</summary>
    public bool BatchAnswersInOrder { get; init; } = true;

    /// <summary>
    /// Whether delta repeats itself, as the documentation says it may: each page gives its first item
    /// twice, and a round after a delta link also gives an item that did not change.
    /// </summary>
    public bool DeltaRepeatsItems { get; init; }

    /// <summary>
    /// Whether answers carry <c>x-ms-resource-unit</c>, what a request cost. A recorded directory answer
    /// does, as does the batching documentation's example; recorded SharePoint answers do not.
    /// </summary>
    public bool ResourceUnitHeader { get; init; } = true;

    /// <summary>
    /// Whether a document's file is reached through its list item beyond the file itself:
    /// <c>…/items/{id}/driveItem/versions</c>. The $metadata allows it (both are contained navigations);
    /// only <c>…/items/{id}/driveItem</c> and its <c>content</c> are documented and seen in use.
    /// </summary>
    public bool DriveItemPathsThroughListItem { get; init; } = true;

    /// <summary>
    /// Whether a date and time column created without a <c>format</c> shows dates only. SharePoint's own
    /// form offers "Date only" first; what Graph does is not documented. A date-only column keeps midnight.
    /// </summary>
    public bool DateColumnsDefaultToDateOnly { get; init; }

    /// <summary>
    /// Whether a person column refuses a write of an id that is no entry of the site's user information
    /// list (400), or keeps it, to be read back as written. No answer to such a write is recorded, nor
    /// documented; SharePoint's people picker offers only people it can add to the site's users.
    /// </summary>
    public bool PersonColumnsTakeOnlySiteUsers { get; init; } = true;

    /// <summary>
    /// Whether a choice column that takes no fill-in refuses a write, through Graph, of a value it does not
    /// offer (400), or keeps it, to be read back as written. SharePoint's form offers only the choices;
    /// what Graph does with another is neither recorded nor documented.
    /// </summary>
    public bool ChoicesTakeOnlyOffered { get; init; } = true;

    /// <summary>
    /// Whether deleting an item empties the lookups to it in the site's other lists, or leaves them
    /// holding its id. Neither is recorded through Graph; SharePoint keeps no relationship for a lookup
    /// made without one (Graph's <c>lookupColumn</c> sets none), so a lookup may keep the id of an item
    /// that is gone. The reader makes either an entry to fix.
    /// </summary>
    public bool DeletedLookupsCleared { get; init; }

    /// <summary>
    /// Whether SharePoint's REST API applies <c>$filter</c> to a list's views (<c>views?$filter=Title eq '…'</c>).
    /// Documented for the REST API's collections; not recorded for views. When not, every view is listed.
    /// </summary>
    public bool ViewsHonourFilter { get; init; } = true;

    /// <summary>
    /// Whether a column's formatting (<c>CustomFormatter</c>) is read back exactly as it was written. Not
    /// recorded; when not, it comes back the same JSON laid out otherwise (compact, with <c>'</c> and <c>&gt;</c> escaped).
    /// </summary>
    public bool FormattersKeptAsWritten { get; init; } = true;

    /// <summary>
    /// Whether a file's download URL (the <c>Location</c> of <c>…/content</c>'s 302) refuses a request
    /// carrying an Authorization header (401), as reported of SharePoint's <c>download.aspx</c> given a
    /// Graph token (msgraph-sdk-dotnet#3057), or ignores it. Documented: the URL needs none.
    /// </summary>
    public bool DownloadUrlRefusesBearer { get; init; }

    /// <summary>Each open point answered the most helpful way a tenant might: what a client is tempted to rely on. The emulator's default.</summary>
    public static TenantVariant Generous { get; } = new();

    /// <summary>The least that each open point allows: the answers a client must cope with at worst.</summary>
    public static TenantVariant Sparse { get; } = new()
    {
        LinksKeepExpand = false,
        VersionIdentityHasEmail = false,
        ResyncCode = "resyncRequired",
        ResyncHasLocation = false,
        BatchAnswersInOrder = false,
        DeltaRepeatsItems = true,
        ResourceUnitHeader = false,
        DriveItemPathsThroughListItem = false,
        DateColumnsDefaultToDateOnly = true,
        PersonColumnsTakeOnlySiteUsers = false,
        DeletedLookupsCleared = true,
        ChoicesTakeOnlyOffered = false,
        ViewsHonourFilter = false,
        FormattersKeptAsWritten = false,
        DownloadUrlRefusesBearer = true,
    };

    /// <summary>The codes a 410 for an expired delta token is known to carry.</summary>
    public static IReadOnlyList<string> ResyncCodes { get; } = ["resyncChangesApplyDifferences", "resyncChangesUploadDifferences", "resyncRequired"];

    internal void Validate()
    {
        if (!ResyncCodes.Contains(ResyncCode, StringComparer.Ordinal))
        {
            throw new ArgumentException($"'{ResyncCode}' is not a code a 410 for an expired delta token carries; use one of {string.Join(", ", ResyncCodes)}.", nameof(ResyncCode));
        }
    }
}
