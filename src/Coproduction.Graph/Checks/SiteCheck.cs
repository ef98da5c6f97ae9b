using System.Net;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using Coproduction.Graph.Changes;
using Coproduction.Graph.Connection;
using Coproduction.Graph.Schema;
using Microsoft.Kiota.Abstractions;

namespace Coproduction.Graph.Checks;

/// <summary>
/// A read-only check of a site, with the worker's own credentials: the app's access, the schema, and
/// each assumption of docs/graph-assumptions.md that only a real tenant can settle, tried for real.
/// It only reads (a dozen requests), and says what holds and what does not in words an operator can act on.
/// </summary>
internal sealed partial class SiteCheck(GraphConnection connection)
{
    private readonly List<CheckFinding> _findings = [];

    /// <param name="siteUrl">The site.</param>
    /// <param name="materialsLibrary">The library configured for the site's materials, or null for Coproduction's own.</param>
    /// <param name="cancellationToken">Cancels the check.</param>
    public async Task<SiteCheckReport> RunAsync(string siteUrl, string? materialsLibrary, CancellationToken cancellationToken)
    {
        var site = await GetAsync($"sites/{SiteAddress.ToGraphKey(siteUrl)}", cancellationToken);
        var lists = site.Status == HttpStatusCode.OK
            ? await GetAsync($"sites/{site.Id}/lists?$select=id,name,displayName,webUrl,list,system&$expand=columns", cancellationToken)
            : site;
        if (lists.Status != HttpStatusCode.OK)
        {
            Fail("access", $"The app cannot read {(site.Status == HttpStatusCode.OK ? "the site's lists" : "the site")}: Graph answered HTTP {(int)lists.Status} {lists.Code}. "
                + "Grant the worker's app registration Sites.Selected with write access to this site (docs/sharepoint-schema.md), and check the configured credential.");
            return new SiteCheckReport(siteUrl, _findings);
        }

        Add("access", CheckOutcome.Holds, "The app can read the site and its lists.");
        var all = await AllPagesAsync(lists, cancellationToken);
        var found = SchemaCheck.Run(all, siteUrl, materialsLibrary, _findings);
        var userList = all.FirstOrDefault(l => Mapping.SiteLists.IsUserInformation(Text(l["name"]), Text(l["webUrl"]), l["system"] is not null));
        if (userList is null)
        {
            Fail("users.visible", "Graph shows no user information list (asked for with the system facet): the worker cannot tell who moved a course's stage, nor, where versions carry no e-mail, who saved them. Check that the app's access covers the whole site.");
        }
        else
        {
            Add("users.visible", CheckOutcome.Holds, "The site's user information list is there, asked for with the system facet: the worker can tell who an item's editor is.");
        }

        if (found.GetValueOrDefault(SiteSchema.Courses) is { } courses)
        {
            await DeltaAsync(site.Id!, courses, Text(userList?["id"]), cancellationToken);
        }

        if (found.GetValueOrDefault(SiteSchema.Materials) is { } materials)
        {
            await new VersionsCheck(this).RunAsync(site.Id!, materials, cancellationToken);
        }

        return new SiteCheckReport(siteUrl, _findings);
    }

    /// <summary>
    /// What delta gives: no lastModifiedBy, an editor in the fields, links with or without $expand, and
    /// a link asked for with $expand answered with the items' fields.
    /// </summary>
    private async Task DeltaAsync(string siteId, string courses, string? userList, CancellationToken cancellationToken)
    {
        var page = await GetAsync($"sites/{siteId}/lists/{courses}/items/delta?$expand=fields&$top=1", cancellationToken);
        if (page.Status != HttpStatusCode.OK)
        {
            Fail("delta", $"Delta on the courses list was refused: HTTP {(int)page.Status} {page.Code}. The worker follows every list's changes with delta.");
            return;
        }

        var next = Text(page.Body!["@odata.nextLink"]);
        var link = next ?? Text(page.Body["@odata.deltaLink"]) ?? string.Empty;
        Add("delta.links.keepExpand", link.Contains("expand", StringComparison.OrdinalIgnoreCase) ? CheckOutcome.Holds : CheckOutcome.Differs,
            link.Contains("expand", StringComparison.OrdinalIgnoreCase)
                ? "Delta's links keep $expand=fields."
                : "Delta's links carry only a token, as documented: the worker asks for the fields again on each link it follows.");
        await InBatchAsync($"sites/{siteId}/lists/{courses}/items/delta?token=latest", cancellationToken);
        await FollowedWithFieldsAsync(siteId, courses, next, cancellationToken);

        if (page.Body!["value"]!.AsArray().FirstOrDefault() is not JsonObject item)
        {
            Add("fields.editor", CheckOutcome.NotTried, "The courses list has no item yet: whether delta's items say who changed them is not tried (import or add a course and run the check again).");
            return;
        }

        Add("delta.item.noLastModifiedBy", item.ContainsKey("lastModifiedBy") ? CheckOutcome.Differs : CheckOutcome.Holds, item.ContainsKey("lastModifiedBy")
            ? "Delta's items carry lastModifiedBy here, which Microsoft says they do not; the worker does not rely on it either way."
            : "Delta's items carry no lastModifiedBy, as Microsoft says: the worker takes who changed an item from its fields.");
        if (Text(item["fields"]?[SharePointFields.EditorLookupId]) is not { } editor)
        {
            Fail("fields.editor", "Delta's items carry no EditorLookupId in their fields: the worker cannot tell who moved a course's stage, so no move is judged.");
            return;
        }

        Add("fields.editor", CheckOutcome.Holds, "Delta's items say who last changed them (EditorLookupId in their fields).");
        if (userList is not null)
        {
            var entry = await GetAsync($"sites/{siteId}/lists/{userList}/items/{editor}?$expand={People.SiteUserReader.WhoExpand}", cancellationToken);
            var who = entry.Body?["fields"];
            Add("users.entry", entry.Status == HttpStatusCode.OK && Text(who?[SharePointFields.UserClaim]) is not null ? CheckOutcome.Holds : CheckOutcome.Fails,
                entry.Status == HttpStatusCode.OK && Text(who?[SharePointFields.UserClaim]) is not null
                    ? $"An entry of the site's users reads with its sign-in claim{(Text(who?[SharePointFields.UserEmail]) is null ? " (this one has no e-mail: an application, or a person without a mailbox)" : " and e-mail")}."
                    : $"The site's user for an item's editor could not be read (HTTP {(int)entry.Status} {entry.Code}): the worker cannot tell who changed items.");
        }
    }

    /// <summary>
    /// A link followed as the worker follows it, asked for with $expand=fields where it lacks it: the
    /// next page where there is one (its items must come with their fields), else a delta link.
    /// </summary>
    private async Task FollowedWithFieldsAsync(string siteId, string courses, string? next, CancellationToken cancellationToken)
    {
        var latest = next is null ? await GetAsync($"sites/{siteId}/lists/{courses}/items/delta?token=latest", cancellationToken) : null;
        var link = next ?? Text(latest?.Body?["@odata.deltaLink"]);
        var followed = link is null ? latest! : await GetAsync(DeltaPages.WithFields(link), cancellationToken);
        if (followed.Status != HttpStatusCode.OK)
        {
            Fail("delta.links.acceptExpand", $"A delta link asked for with $expand=fields was refused (HTTP {(int)followed.Status} {followed.Code}): the worker asks for the fields this way. Report this with the site's answer.");
            return;
        }

        var items = followed.Body?["value"]?.AsArray().OfType<JsonObject>().Where(i => i["deleted"] is null).ToList() ?? [];
        if (items.Count == 0)
        {
            Add("delta.links.acceptExpand", CheckOutcome.NotTried, "A delta link asked for with $expand=fields is answered, but with no item: whether its items carry their fields is not tried (with two courses or more it is: run the check again then).");
        }
        else if (items.All(i => i["fields"] is JsonObject))
        {
            Add("delta.links.acceptExpand", CheckOutcome.Holds, "A delta link asked for with $expand=fields is answered with the items' fields.");
        }
        else
        {
            Add("delta.links.acceptExpand", CheckOutcome.Differs, "A delta link asked for with $expand=fields was answered without the items' fields: the worker reads each such item again by its id (one more request an item changed, twenty a batch). Report this with the site's answer.");
        }
    }

    /// <summary>Whether delta is answered inside a <c>$batch</c>, as the worker reads a site's lists (a batch of one GET: it changes nothing).</summary>
    private async Task InBatchAsync(string path, CancellationToken cancellationToken)
    {
        var graph = connection.Client;
        var batch = new Microsoft.Graph.BatchRequestContentCollection(graph);
        var request = new RequestInformation { HttpMethod = Method.GET, URI = new Uri($"{graph.RequestAdapter.BaseUrl}/{path}") };
        request.Headers.TryAdd("Accept", "application/json");
        var step = await batch.AddBatchRequestStepAsync(request);
        var statuses = await GraphCalls.RunAsync("Checking delta in a batch", async () => await (await graph.Batch.PostAsync(batch, cancellationToken)).GetResponsesStatusCodesAsync());
        if (statuses.TryGetValue(step, out var status) && status == HttpStatusCode.OK)
        {
            Add("delta.inBatch", CheckOutcome.Holds, "Delta is answered inside a $batch: an idle pass over a site is one HTTP request.");
        }
        else
        {
            Fail("delta.inBatch", $"Delta inside a $batch was {(statuses.ContainsKey(step) ? $"answered HTTP {(int)status}" : "left out of the batch's answer")}: the worker reads a site's lists together this way. Report this with the site's answer.");
        }
    }

    /// <summary>Every list of the site, following the next links a site of many lists has.</summary>
    private async Task<List<JsonObject>> AllPagesAsync(Answer first, CancellationToken cancellationToken)
    {
        var all = new List<JsonObject>();
        for (var page = first; ;)
        {
            all.AddRange(page.Body?["value"]?.AsArray().OfType<JsonObject>() ?? []);
            if (Text(page.Body?["@odata.nextLink"]) is not { } next)
            {
                return all;
            }

            page = await GetAsync(next, cancellationToken);
        }
    }

    internal async Task<Answer> GetAsync(string pathOrUrl, CancellationToken cancellationToken)
    {
        var graph = connection.Client;
        var url = pathOrUrl.StartsWith("http", StringComparison.OrdinalIgnoreCase) ? pathOrUrl : $"{graph.RequestAdapter.BaseUrl}/{pathOrUrl}";
        var request = new RequestInformation { HttpMethod = Method.GET, URI = new Uri(url) };
        request.Headers.TryAdd("Accept", "application/json");
        using var message = await graph.RequestAdapter.ConvertToNativeRequestAsync<HttpRequestMessage>(request, cancellationToken)
            ?? throw new InvalidOperationException("The SDK made no HTTP request of a GET.");
        try
        {
            using var response = await connection.Http.SendAsync(message, cancellationToken);
            var text = await response.Content.ReadAsStringAsync(cancellationToken);
            var body = text.Length > 0 && text[0] == '{' ? JsonNode.Parse(text) : null;
            return new Answer(response.StatusCode, body, Text(body?["error"]?["code"]));
        }
        catch (Exception ex) when (GraphCalls.Failure("Checking the site", ex) is { } failure)
        {
            throw failure;
        }
    }

    internal void Add(string check, CheckOutcome outcome, string says) => _findings.Add(new CheckFinding(check, outcome, says));

    private void Fail(string check, string says) => Add(check, CheckOutcome.Fails, says);

    internal static string? Text(JsonNode? node) => node is JsonValue value && value.TryGetValue<string>(out var text) && text.Length > 0 ? text : null;

    [GeneratedRegex(@"^[0-9]+\.[0-9]+$")]
    internal static partial Regex VersionLabel();

    /// <summary>A Graph answer as the check reads it.</summary>
    internal sealed record Answer(HttpStatusCode Status, JsonNode? Body, string? Code)
    {
        public string? Id => Text(Body?["id"]);
    }
}
