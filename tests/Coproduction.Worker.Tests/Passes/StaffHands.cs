using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Coproduction.Graph.Schema;
using Coproduction.Worker.Faults;
using Coproduction.Worker.Hosting;

namespace Coproduction.Worker.Passes;

/// <summary>
/// What staff do in a site, each with their own sign-in and sending only what SharePoint's forms and
/// Office send: create an entry, change one in its form, save a document into the materials library,
/// rename it; and what they then see: a course's columns, the entries to fix. The clock moves on a
/// little with each act, as it would.
/// </summary>
internal sealed class StaffHands(FaultedSite site, string siteId, IReadOnlyDictionary<string, string> lists, CancellationToken cancellationToken)
{
    /// <summary>Creates an item through a list's new-item form; its id.</summary>
    public async Task<string> CreateAsync(string who, string list, JsonObject fields)
    {
        using var http = site.As(who);
        var answer = await http.PostAsJsonAsync($"sites/{siteId}/lists/{lists[list]}/items", new JsonObject { ["fields"] = fields }, cancellationToken);
        answer.EnsureSuccessStatusCode();
        return (string)(await answer.Content.ReadFromJsonAsync<JsonObject>(cancellationToken))!["id"]!;
    }

    /// <summary>Changes an item in its edit form.</summary>
    public async Task FormAsync(string who, string list, string item, JsonObject fields)
    {
        using var http = site.As(who);
        (await http.PatchAsJsonAsync($"sites/{siteId}/lists/{lists[list]}/items/{item}/fields", fields, cancellationToken)).EnsureSuccessStatusCode();
        site.Clock.Advance(TimeSpan.FromMinutes(1));
    }

    /// <summary>Office saving a file into the materials library as a person; the document's list item id.</summary>
    public async Task<string> SaveAsync(string who, string name, byte[] content)
    {
        using var http = site.As(who);
        var drive = await DriveAsync(http);
        var answer = await http.PutAsync($"drives/{drive}/root:/{Uri.EscapeDataString(name)}:/content", new ByteArrayContent(content), cancellationToken);
        answer.EnsureSuccessStatusCode();
        var file = (string)(await answer.Content.ReadFromJsonAsync<JsonObject>(cancellationToken))!["id"]!;
        site.Clock.Advance(TimeSpan.FromMinutes(5));
        return (string)(await http.GetFromJsonAsync<JsonObject>($"drives/{drive}/items/{file}/listItem", cancellationToken))!["id"]!;
    }

    /// <summary>A document renamed in the library, as SharePoint's own Rename does it: its drive item's name.</summary>
    public async Task RenameAsync(string who, string document, string name)
    {
        using var http = site.As(who);
        var file = (string)(await http.GetFromJsonAsync<JsonObject>($"sites/{siteId}/lists/{lists[SiteSchema.Materials]}/items/{document}/driveItem", cancellationToken))!["id"]!;
        (await http.PatchAsJsonAsync($"drives/{await DriveAsync(http)}/items/{file}", new JsonObject { ["name"] = name }, cancellationToken)).EnsureSuccessStatusCode();
        site.Clock.Advance(TimeSpan.FromMinutes(1));
    }

    /// <summary>One pass of the worker, which must succeed (the log's last lines say why not).</summary>
    public async Task PassAsync(WorkerRunner runner) =>
        (await runner.RunOnceAsync(cancellationToken)).Single().Result.ShouldNotBeNull(string.Join('\n', site.Log.Lines.TakeLast(5)));

    /// <summary>A course's item as the courses list shows it.</summary>
    public async Task<JsonObject> CourseAsync(string course) =>
        JsonNode.Parse((await site.Graph.ReadItemsAsync(siteId, lists[SiteSchema.Courses], cancellationToken)).Single(c => c.Id == course).Fields.ToJson())!.AsObject();

    /// <summary>The lines of the entries to fix.</summary>
    public async Task<List<JsonObject>> ProblemsAsync() =>
        [.. (await site.Graph.ReadItemsAsync(siteId, lists[SiteSchema.Problems], cancellationToken)).Select(p => JsonNode.Parse(p.Fields.ToJson())!.AsObject())];

    /// <summary>A field of an item as a form shows it, or null.</summary>
    public static string? Text(JsonObject item, SiteColumn column) => Text(item, column.FieldName);

    /// <summary>A field of an item by its name, or null.</summary>
    public static string? Text(JsonObject item, string field) => item[field]?.ToString();

    private async Task<string> DriveAsync(HttpClient http) =>
        (string)(await http.GetFromJsonAsync<JsonObject>($"sites/{siteId}/lists/{lists[SiteSchema.Materials]}/drive", cancellationToken))!["id"]!;
}
