using System.Collections.Concurrent;
using System.Net;
using Coproduction.Graph.Connection;
using Coproduction.Graph.People;
using Coproduction.Graph.Schema;
using Microsoft.Graph.Models;
using Microsoft.Graph;
using Microsoft.Kiota.Abstractions;

namespace Coproduction.Graph.Mapping;

/// <summary>
/// The versions of a library's documents, in <c>$batch</c>es of 20. A document's size at each version
/// and who saved it come from its file's versions (a list item version has no size: recorded, and the
/// $metadata agrees). Where a file version does not say who saved it by account (the documented
/// example has only an id), the list item's versions say which of the site's users it was
/// (<c>EditorLookupId</c>), and the site's user information list says who that is.
/// </summary>
internal sealed class DocumentHistory(GraphServiceClient graph, BatchSender sender, SiteUserReader users)
{
    /// <summary>A list item version's fields, only the one that says who saved it.</summary>
    internal const string EditorExpand = $"fields($select={SharePointFields.EditorLookupId})";

    private static readonly string[] EditorOnly = [EditorExpand];

    /// <summary>How Graph answers a way it does not serve (400 "Resource not found for the segment", 501), or a document that is gone (404).</summary>
    public static bool RefusedThroughListItem(HttpStatusCode status) => status is HttpStatusCode.BadRequest or HttpStatusCode.NotFound or HttpStatusCode.NotImplemented;

    /// <summary>
    /// Whether Graph serves a file's versions through its list item (<c>…/items/{id}/driveItem/versions</c>,
    /// which the $metadata allows but no documentation shows): null until the first answers tell.
    /// </summary>
    private bool? _throughListItem;

    /// <summary>The people, by site, e-mail and object id, whom <see cref="Strangers"/> asked the site's users about in vain.</summary>
    private readonly ConcurrentDictionary<(string Site, string Person), bool> _askedAbout = new();

    /// <summary>Many documents' versions, oldest first, by list item id; a document that is gone has none.</summary>
    public async Task<IReadOnlyDictionary<string, IReadOnlyList<DocumentVersion>>> ReadAsync(
        string siteId, string libraryId, string? userListId, IReadOnlyList<string> documents, ISiteUserDirectory directory, CancellationToken cancellationToken)
    {
        var itemIds = documents.Distinct(StringComparer.Ordinal).ToList();
        var files = await FileVersionsAsync(siteId, libraryId, itemIds, cancellationToken);
        var unnamed = itemIds.Where(id => files[id].Any(v => v.By is null || v.By is { HasAccount: false, IsApplication: false })).ToList();
        var strangers = userListId is null ? [] : Strangers(siteId, files, unnamed, directory);
        var editors = await EditorsAsync(siteId, libraryId, [.. unnamed.Concat(strangers.Select(s => s.Document)).Distinct(StringComparer.Ordinal)], cancellationToken);
        var known = await KnownUsersAsync(siteId, userListId, editors.Values.SelectMany(e => e.Values), directory, null, cancellationToken);
        foreach (var (_, _, person) in strangers.Where(s => directory.FindPerson(siteId, s.By) is null))
        {
            // Asked about, and the site's users did not say (an entry gone): not asked about again on every read.
            _askedAbout.TryAdd((siteId, person), true);
        }

        var all = new Dictionary<string, IReadOnlyList<DocumentVersion>>(StringComparer.Ordinal);
        var learned = new Dictionary<string, SiteUser>(StringComparer.Ordinal);
        foreach (var id in itemIds)
        {
            var byLabel = editors.GetValueOrDefault(id);
            all[id] = files[id]
                .Select(v =>
                {
                    // A version that names a person by account is completed only by the entry of that same person.
                    if (byLabel?.GetValueOrDefault(v.Label) is not { } editor || known.GetValueOrDefault(editor) is not { } user
                        || (v.By is { HasAccount: true } named && !user.Is(named))
                        || (v.By?.ObjectId is not null && user.ObjectId is not null && !Identities.Same(v.By.ObjectId, user.ObjectId)))
                    {
                        return v;
                    }

                    // The version names the person by object id, the site's users by e-mail and sign-in name: the same person, now known by all three.
                    if (user is { Kind: SiteUserKind.Person, ObjectId: null } && v.By?.ObjectId is { } objectId)
                    {
                        learned[user.LookupId] = user with { ObjectId = objectId };
                    }

                    return v with { By = v.By?.With(user.Identity) ?? user.Identity };
                })
                .OrderBy(v => v.Order).ThenBy(v => v.At)
                .ToList();
        }

        if (learned.Count > 0)
        {
            directory.Remember(siteId, [.. learned.Values]);
        }

        return all;
    }

    /// <summary>
    /// For the people the file versions name by e-mail (and object id) but not by sign-in name, and whom
    /// the site's users known so far do not name: one document each whose item versions say which of the
    /// site's users they are, so that a team member recorded by sign-in name is matched to their saves.
    /// Each person is asked about once: after that the directory knows them, or, where the site did not
    /// say (an entry gone), this client does not ask again, as every read would not tell more.
    /// </summary>
    private List<(string Document, AccountIdentity By, string Person)> Strangers(string siteId, Dictionary<string, List<DocumentVersion>> files, IEnumerable<string> unnamed, ISiteUserDirectory directory) =>
        [.. files.ExceptBy(unnamed, f => f.Key)
            .SelectMany(f => f.Value.Select(v => (Document: f.Key, v.By)))
            .Where(v => v.By is { IsApplication: false, UserName: null, HasAccount: true })
            // By e-mail and object id both: a guest and a member can share an e-mail, not an object id.
            .Select(v => (v.Document, v.By, Person: $"{v.By!.Email}|{v.By.ObjectId}".ToUpperInvariant()))
            .DistinctBy(v => v.Person, StringComparer.Ordinal)
            .Where(v => !_askedAbout.ContainsKey((siteId, v.Person)) && directory.FindPerson(siteId, v.By!) is null)
            .Select(v => (v.Document, v.By!, v.Person))];

    /// <summary>
    /// The site's users for these lookup ids: from the directory, and what it lacks from the site, with
    /// the object id of those for whom an item they last changed is given (then remembered). An entry
    /// the site did not have is given as unknown but not remembered: it is asked for again next time.
    /// </summary>
    public async Task<IReadOnlyDictionary<string, SiteUser>> KnownUsersAsync(
        string siteId, string? userListId, IEnumerable<string> lookupIds, ISiteUserDirectory directory, IReadOnlyDictionary<string, ListItemRef>? lastChanged, CancellationToken cancellationToken)
    {
        var known = new Dictionary<string, SiteUser>(StringComparer.Ordinal);
        var missing = new List<string>();
        foreach (var id in lookupIds.Distinct(StringComparer.Ordinal))
        {
            if (directory.Find(siteId, id) is { } user)
            {
                known[id] = user;
            }
            else
            {
                missing.Add(id);
            }
        }

        if (missing.Count > 0 && userListId is not null)
        {
            var read = await users.ReadAsync(siteId, userListId, missing, lastChanged ?? new Dictionary<string, ListItemRef>(), cancellationToken);
            directory.Remember(siteId, [.. read.Where(u => u.Kind != SiteUserKind.Unknown)]);
            foreach (var user in read)
            {
                known[user.LookupId] = user;
            }
        }

        return known;
    }

    /// <summary>
    /// Each document's file versions: through its list item where Graph serves that, else its file's id
    /// and then its drive. Until the client knows which, a first batch's worth of documents tells it,
    /// so that a tenant that refuses the way costs one batch, not one a document read.
    /// </summary>
    private async Task<Dictionary<string, List<DocumentVersion>>> FileVersionsAsync(string siteId, string libraryId, List<string> itemIds, CancellationToken cancellationToken)
    {
        var found = new Dictionary<string, List<DocumentVersion>>(StringComparer.Ordinal);
        var throughDrive = new List<string>();
        var rest = itemIds;
        if (_throughListItem is null && itemIds.Count > BatchSender.MostPerBatch)
        {
            _throughListItem = !await ThroughListItemAsync(siteId, libraryId, [.. itemIds.Take(BatchSender.MostPerBatch)], found, throughDrive, cancellationToken);
            rest = [.. itemIds.Skip(BatchSender.MostPerBatch)];
        }

        if (_throughListItem != false)
        {
            _throughListItem = !await ThroughListItemAsync(siteId, libraryId, rest, found, throughDrive, cancellationToken);
        }
        else
        {
            throughDrive.AddRange(rest);
        }

        var files = await FilesAsync(siteId, libraryId, throughDrive, cancellationToken);

        // A 404 for a document whose file is there is the way through its list item not being served.
        if (throughDrive.Count > 0 && files.Count > 0)
        {
            _throughListItem = false;
        }

        var withFiles = throughDrive.Where(files.ContainsKey).ToList();
        await sender.SendAsync(
            withFiles.Count,
            i => graph.Drives[files[withFiles[i]].Drive].Items[files[withFiles[i]].Id].Versions.ToGetRequestInformation(),
            "Reading materials' versions",
            _ => "Reading a material's versions",
            async (i, response, step, status) => found[withFiles[i]] = status == HttpStatusCode.OK
                ? await AllAsync(await response.GetResponseByIdAsync<DriveItemVersionCollectionResponse>(step), cancellationToken)
                : [],
            status => status == HttpStatusCode.NotFound,
            cancellationToken);
        foreach (var id in itemIds.Where(id => !found.ContainsKey(id)))
        {
            found[id] = [];
        }

        return found;
    }

    /// <returns>Whether Graph refused the way (400, 501); the documents it did not answer for go to <paramref name="throughDrive"/>.</returns>
    private async Task<bool> ThroughListItemAsync(
        string siteId, string libraryId, List<string> itemIds, Dictionary<string, List<DocumentVersion>> found, List<string> throughDrive, CancellationToken cancellationToken)
    {
        var refused = false;
        await sender.SendAsync(
            itemIds.Count,
            i => Get($"{graph.RequestAdapter.BaseUrl}/sites/{Uri.EscapeDataString(siteId)}/lists/{Uri.EscapeDataString(libraryId)}/items/{Uri.EscapeDataString(itemIds[i])}/driveItem/versions"),
            "Reading materials' versions",
            _ => "Reading a material's versions",
            async (i, response, step, status) =>
            {
                if (status is HttpStatusCode.OK)
                {
                    found[itemIds[i]] = await AllAsync(await response.GetResponseByIdAsync<DriveItemVersionCollectionResponse>(step), cancellationToken);
                    return;
                }

                // Not served this way (400, 501), or the document is gone (404): its file says which.
                refused |= status != HttpStatusCode.NotFound;
                throughDrive.Add(itemIds[i]);
            },
            RefusedThroughListItem,
            cancellationToken);
        return refused;
    }

    /// <summary>The drive and drive item id of each document's file; a document that is gone is left out.</summary>
    private async Task<Dictionary<string, (string Drive, string Id)>> FilesAsync(string siteId, string libraryId, List<string> itemIds, CancellationToken cancellationToken) =>
        (await LibraryFiles.FindAsync(graph, sender, siteId, libraryId, itemIds, ["id", "parentReference"], cancellationToken))
            .ToDictionary(f => f.Key, f => (f.Value.ParentReference!.DriveId!, f.Value.Id!), StringComparer.Ordinal);

    /// <summary>For documents whose file versions name no account: which of the site's users saved each version, by label.</summary>
    private async Task<Dictionary<string, Dictionary<string, string>>> EditorsAsync(string siteId, string libraryId, List<string> itemIds, CancellationToken cancellationToken)
    {
        var editors = new Dictionary<string, Dictionary<string, string>>(StringComparer.Ordinal);
        await sender.SendAsync(
            itemIds.Count,
            i => graph.Sites[siteId].Lists[libraryId].Items[itemIds[i]].Versions.ToGetRequestInformation(r => r.QueryParameters.Expand = EditorOnly),
            "Reading who saved materials' versions",
            _ => "Reading who saved a material's versions",
            async (i, response, step, status) =>
            {
                var byLabel = new Dictionary<string, string>(StringComparer.Ordinal);
                for (var page = status == HttpStatusCode.OK ? await response.GetResponseByIdAsync<ListItemVersionCollectionResponse>(step) : null; page is not null;)
                {
                    foreach (var version in page.Value ?? [])
                    {
                        if (version.Id is { } label && version.Fields?.AdditionalData is { } fields && fields.TryGetValue(SharePointFields.EditorLookupId, out var value)
                            && SiteUserReader.LookupId(Changes.FieldValues.Plain(value)) is { } editor)
                        {
                            byLabel[label] = editor;
                        }
                    }

                    var next = page.OdataNextLink;
                    var versions = graph.Sites[siteId].Lists[libraryId].Items[itemIds[i]].Versions;
                    page = next is null ? null : await GraphCalls.RunAsync("Reading who saved a material's versions", () =>
                        versions.WithUrl(LinkQuery.WithExpand(next, EditorOnly[0])).GetAsync(cancellationToken: cancellationToken));
                }

                editors[itemIds[i]] = byLabel;
            },
            status => status == HttpStatusCode.NotFound,
            cancellationToken);
        return editors;
    }

    /// <summary>A file's versions, following the next links of a long history.</summary>
    private async Task<List<DocumentVersion>> AllAsync(DriveItemVersionCollectionResponse? page, CancellationToken cancellationToken)
    {
        var all = new List<DocumentVersion>();
        while (page is not null)
        {
            all.AddRange((page.Value ?? []).Select(v => new DocumentVersion(v.Id ?? string.Empty, v.LastModifiedDateTime ?? DateTimeOffset.MinValue, Identities.From(v.LastModifiedBy), v.Size ?? 0)));
            var next = page.OdataNextLink;
            page = next is null ? null : await GraphCalls.RunAsync("Reading a material's versions", () =>
                graph.RequestAdapter.SendAsync(Get(next), DriveItemVersionCollectionResponse.CreateFromDiscriminatorValue, cancellationToken: cancellationToken));
        }

        return all;
    }

    private static RequestInformation Get(string url)
    {
        var request = new RequestInformation { HttpMethod = Method.GET, URI = new Uri(url) };
        request.Headers.TryAdd("Accept", "application/json");
        return request;
    }
}
