using System.Net;
using System.Text.Json.Nodes;
using Coproduction.Graph.Schema;

namespace Coproduction.Graph.Checks;

/// <summary>
/// How a document's versions read on this tenant, tried on the first document of the course
/// materials: whether its file's versions are served through its list item, whether each has a size,
/// how they are labelled, whether the person on each carries an e-mail, and where not whether the
/// list item's versions name the site's user who saved each.
/// </summary>
internal sealed class VersionsCheck(SiteCheck check)
{
    public async Task RunAsync(string siteId, string library, CancellationToken cancellationToken)
    {
        var items = await check.GetAsync($"sites/{siteId}/lists/{library}/items/delta?$expand=fields&$top=50", cancellationToken);
        // A document a person saved last (no application as its editor) first: its versions have a person's to try.
        var given = items.Body?["value"]?.AsArray().OfType<JsonObject>().Where(i => i["deleted"] is null).ToList() ?? [];
        var documents = given.Where(i => SiteCheck.Text(i["contentType"]?["name"]) != SharePointFields.FolderContentType)
            .OrderBy(i => i["fields"]?[SharePointFields.AppEditorLookupId] is null ? 0 : 1).ToList();
        if (documents.FirstOrDefault() is not { } document || SiteCheck.Text(document["id"]) is not { } item)
        {
            check.Add("versions", CheckOutcome.NotTried, given.Count == 0
                ? "The course materials library has no document yet: how versions read is not tried (upload one and run the check again)."
                : $"The first {given.Count} items of the course materials library are folders: how versions read is not tried (upload a document at the top of the library and run the check again).");
            return;
        }

        var fields = document["fields"];
        var complete = Changes.FieldValues.FileSize(Plain(fields?[SharePointFields.FileSize])) is not null && SiteCheck.Text(fields?[SharePointFields.VersionLabel]) is not null;
        check.Add("fields.library.versionAndSize", complete ? CheckOutcome.Holds : CheckOutcome.Differs, complete
            ? "A document's fields in delta say its version and size: a new version is recorded from them, with no request."
            : "A document's fields in delta do not say its version and size: the worker reads its versions again at each change (one more batch a change).");

        var versions = await check.GetAsync($"sites/{siteId}/lists/{library}/items/{item}/driveItem/versions", cancellationToken);
        if (versions.Status == HttpStatusCode.OK)
        {
            check.Add("versions.throughListItem", CheckOutcome.Holds, "A document's file's versions are served through its list item: one request a document, twenty a batch.");
        }
        else if (!Mapping.DocumentHistory.RefusedThroughListItem(versions.Status))
        {
            check.Add("versions.throughListItem", CheckOutcome.Fails, $"Asking for a document's file's versions through its list item was answered HTTP {(int)versions.Status} {versions.Code}, which the worker does not take as \"not served this way\": its passes would fail. Report this with the site's answer.");
            return;
        }
        else
        {
            check.Add("versions.throughListItem", CheckOutcome.Differs, $"A document's file's versions are not served through its list item (HTTP {(int)versions.Status} {versions.Code}): the worker finds each file first, one more request for each document read afresh.");
            var file = await check.GetAsync($"sites/{siteId}/lists/{library}/items/{item}/driveItem?$select=id,parentReference", cancellationToken);
            versions = SiteCheck.Text(file.Body?["parentReference"]?["driveId"]) is { } drive && file.Id is { } id
                ? await check.GetAsync($"drives/{drive}/items/{id}/versions", cancellationToken)
                : file;
        }

        if (versions.Status != HttpStatusCode.OK)
        {
            check.Add("versions.size", CheckOutcome.Fails, $"A document's versions could not be read (HTTP {(int)versions.Status} {versions.Code}): without them no one's work on a material counts.");
            return;
        }

        var all = versions.Body!["value"]!.AsArray().OfType<JsonObject>().ToList();
        check.Add("versions.size", all.All(v => v["size"] is JsonValue) ? CheckOutcome.Holds : CheckOutcome.Fails, all.All(v => v["size"] is JsonValue)
            ? "Each version of a file has its size: a change of content is told from a change of columns."
            : "A file's versions carry no size: every version would look like a change of columns, and no one's work on a material would count. Report this with the site's answer.");
        check.Add("version.ids", all.All(v => SiteCheck.VersionLabel().IsMatch(SiteCheck.Text(v["id"]) ?? string.Empty)) ? CheckOutcome.Holds : CheckOutcome.Differs,
            "Versions are labelled major.minor, as recorded (1.0, 2.0; 2.1 where minor versions are kept).");

        var people = all.Select(v => v["lastModifiedBy"]?["user"]).OfType<JsonObject>().Where(u => u["id"] is not null || u["email"] is not null).ToList();
        if (people.Count == 0)
        {
            check.Add("versions.identity.email", CheckOutcome.NotTried, "Only the application has saved the first document so far: whether versions name people by e-mail is not tried.");
            return;
        }

        if (people.All(u => SiteCheck.Text(u["email"]) is not null))
        {
            check.Add("versions.identity.email", CheckOutcome.Holds, "The person on a version carries an e-mail: saves are matched to the team's accounts directly.");
            return;
        }

        check.Add("versions.identity.email", CheckOutcome.Differs, "The person on a version carries no e-mail (as in the documentation's example): the worker reads which of the site's users saved each version from the list item's versions.");
        var editors = await check.GetAsync($"sites/{siteId}/lists/{library}/items/{item}/versions?$expand={Mapping.DocumentHistory.EditorExpand}", cancellationToken);
        var named = editors.Status == HttpStatusCode.OK && editors.Body!["value"]!.AsArray().All(v => SiteCheck.Text(v?["fields"]?[SharePointFields.EditorLookupId]) is not null);
        check.Add("listItemVersions.editor", named ? CheckOutcome.Holds : CheckOutcome.Fails, named
            ? "A list item's versions say which of the site's users saved each (EditorLookupId)."
            : "Neither a file's versions nor its list item's say by account who saved them: no one's work on a material can be matched to the team.");
    }

    /// <summary>A JSON value as the worker reads a field: text as text, a number as a number.</summary>
    private static object? Plain(JsonNode? node) => node is JsonValue value
        ? value.TryGetValue<string>(out var text) ? text : value.TryGetValue<double>(out var number) ? number : null
        : null;
}
