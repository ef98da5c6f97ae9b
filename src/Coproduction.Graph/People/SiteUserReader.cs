using System.Globalization;
using System.Net;
using Coproduction.Graph.Changes;
using Coproduction.Graph.Connection;
using Coproduction.Graph.Schema;
using Microsoft.Graph.Models;
using Microsoft.Graph;

namespace Coproduction.Graph.People;

/// <summary>
/// Reads entries of a site's user information list by lookup id, twenty a <c>$batch</c>: what an
/// item's <c>EditorLookupId</c> or a person column stands for. Only the fields that say who it is are
/// asked for; an entry the site no longer has is <see cref="SiteUserKind.Unknown"/>.
/// </summary>
internal sealed class SiteUserReader(GraphServiceClient graph, BatchSender sender)
{
    /// <summary>SharePoint's own system account, which is no entry of the list.</summary>
    public const string SystemAccount = "1073741823";

    /// <summary>An entry's fields, only those that say who it is.</summary>
    internal const string WhoExpand = $"fields($select={SharePointFields.UserClaim},{SharePointFields.UserEmail},{SharePointFields.UserName},{SharePointFields.ContentType})";

    private static readonly string[] WhoFields = [WhoExpand];

    /// <summary>
    /// The entries for these lookup ids, each read once; for those with an item they last changed, that
    /// item's <c>lastModifiedBy</c> too, in the same batches, for the person's Entra object id (which the
    /// list does not hold; a list item's person has it, recorded). An entry the site does not have is
    /// <see cref="SiteUserKind.Unknown"/>.
    /// </summary>
    /// <param name="siteId">The site.</param>
    /// <param name="userListId">The site's user information list.</param>
    /// <param name="lookupIds">The lookup ids.</param>
    /// <param name="lastChanged">For some of them, an item they last changed.</param>
    /// <param name="cancellationToken">Cancels the reads.</param>
    public async Task<IReadOnlyList<SiteUser>> ReadAsync(
        string siteId, string userListId, IReadOnlyCollection<string> lookupIds, IReadOnlyDictionary<string, ListItemRef> lastChanged, CancellationToken cancellationToken)
    {
        var users = new List<SiteUser>();
        var ids = lookupIds.Distinct(StringComparer.Ordinal).ToList();
        users.AddRange(ids.Where(id => id == SystemAccount).Select(id => new SiteUser(id, SiteUserKind.Application, null, null)));
        ids.RemoveAll(id => id == SystemAccount);
        var witnessed = ids.Where(lastChanged.ContainsKey).ToList();
        var read = new SiteUser?[ids.Count];
        var objectIds = new Dictionary<string, AccountIdentity>(StringComparer.Ordinal);
        await sender.SendAsync(
            ids.Count + witnessed.Count,
            i => i < ids.Count
                ? graph.Sites[siteId].Lists[userListId].Items[ids[i]].ToGetRequestInformation(r => r.QueryParameters.Expand = WhoFields)
                : graph.Sites[siteId].Lists[lastChanged[witnessed[i - ids.Count]].ListId].Items[lastChanged[witnessed[i - ids.Count]].ItemId]
                    .ToGetRequestInformation(r => r.QueryParameters.Select = ["id", "lastModifiedBy"]),
            "Reading the site's users",
            _ => "Reading one of the site's users",
            async (i, response, step, status) =>
            {
                if (i >= ids.Count)
                {
                    if (status == HttpStatusCode.OK && Identities.From((await response.GetResponseByIdAsync<ListItem>(step)).LastModifiedBy) is { ObjectId: not null } who)
                    {
                        objectIds[witnessed[i - ids.Count]] = who;
                    }

                    return;
                }

                read[i] = status == HttpStatusCode.NotFound
                    ? new SiteUser(ids[i], SiteUserKind.Unknown, null, null)
                    : From(ids[i], FieldValues.From((await response.GetResponseByIdAsync<ListItem>(step)).Fields?.AdditionalData));
            },
            status => status == HttpStatusCode.NotFound,
            cancellationToken);

        // The item's last editor is taken for the entry only where the two name the same person (the item may have changed since).
        users.AddRange(read.OfType<SiteUser>().Select(u => objectIds.TryGetValue(u.LookupId, out var who) && u.Is(who) ? u with { ObjectId = who.ObjectId } : u));
        return users;
    }

    public static SiteUser From(string lookupId, IReadOnlyDictionary<string, object?> fields) => From(lookupId, new Mapping.SiteFields(fields));

    /// <summary>What an entry's fields say it is.</summary>
    public static SiteUser From(string lookupId, Mapping.SiteFields fields)
    {
        var claim = fields.Raw(SharePointFields.UserClaim) as string ?? string.Empty;
        var contentType = fields.Raw(SharePointFields.ContentType) as string;
        var email = Text(fields.Raw(SharePointFields.UserEmail));
        var userName = Text(fields.Raw(SharePointFields.UserName));
        var kind = Kind(claim, contentType);
        if (kind == SiteUserKind.Person && userName is null && claim.LastIndexOf('|') is var bar and >= 0 && claim.Contains('@', StringComparison.Ordinal))
        {
            userName = claim[(bar + 1)..];
        }

        return kind == SiteUserKind.Person ? new SiteUser(lookupId, kind, email, userName) : new SiteUser(lookupId, kind, null, null);
    }

    /// <summary>
    /// What a claim says an entry is: <c>i:0i.t|…</c> an application (SharePoint's "SharePoint App", or an
    /// app principal); <c>c:0…</c> a group (as a group's content type says); <c>i:0#.…</c> a person.
    /// </summary>
    private static SiteUserKind Kind(string claim, string? contentType)
    {
        if (claim.StartsWith("i:0i.t|", StringComparison.OrdinalIgnoreCase))
        {
            return SiteUserKind.Application;
        }

        if (claim.StartsWith("c:0", StringComparison.OrdinalIgnoreCase) || contentType is "DomainGroup" or "SharePointGroup")
        {
            return SiteUserKind.Group;
        }

        return claim.StartsWith("i:0#.", StringComparison.OrdinalIgnoreCase) || contentType == SharePointFields.PersonContentType ? SiteUserKind.Person : SiteUserKind.Unknown;
    }

    /// <summary>A lookup id as fields carry it: a string of digits, or a number.</summary>
    public static string? LookupId(object? value) => value switch
    {
        string s when s.Length > 0 => s,
        double d => d.ToString(CultureInfo.InvariantCulture),
        _ => null,
    };

    private static string? Text(object? value) => value is string s && !string.IsNullOrWhiteSpace(s) ? s.Trim() : null;
}
