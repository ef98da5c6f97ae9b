using System.Text.Json.Nodes;
using Coproduction.Emulator.Infrastructure;

namespace Coproduction.Emulator.Fidelity;

/// <summary>
/// A site as staff would leave it: a list with a person, several people, a lookup and several lookups
/// filled in by Sam; a library with a document Sam uploaded and Lee saved again, its columns set
/// after, and a folder. What the fidelity tests read back.
/// </summary>
internal sealed record TenantArrangement(string People, string Log, string LogItem, string Library, string Drive, string DocumentItem, string DocumentFile, string FolderItem, string Sam, string Lee)
{
    public const string LeeToken = "user:dr.lee@example.org";

    public static async Task<TenantArrangement> ArrangeAsync(GraphHttp http, string sitePath)
    {
        var people = await CreateAsync(http, sitePath, "People", "genericList", []);
        var sam = await ItemAsync(http, sitePath, people, new JsonObject { ["Title"] = "Sam" }, GraphHttp.Sam);
        var lee = await ItemAsync(http, sitePath, people, new JsonObject { ["Title"] = "Lee" }, LeeToken);
        var samUser = await AuthorAsync(http, sitePath, people, sam);
        var leeUser = await AuthorAsync(http, sitePath, people, lee);
        var log = await CreateAsync(http, sitePath, "Log", "genericList", new JsonArray(
            new JsonObject { ["name"] = "Note", ["text"] = new JsonObject() },
            new JsonObject { ["name"] = "Owner", ["personOrGroup"] = new JsonObject() },
            new JsonObject { ["name"] = "Reviewers", ["personOrGroup"] = new JsonObject { ["allowMultipleSelection"] = true } },
            new JsonObject { ["name"] = "Person", ["lookup"] = new JsonObject { ["listId"] = people, ["columnName"] = "Title" } },
            new JsonObject { ["name"] = "Involved", ["lookup"] = new JsonObject { ["listId"] = people, ["columnName"] = "Title", ["allowMultipleValues"] = true } }));
        var logItem = await ItemAsync(http, sitePath, log, new JsonObject
        {
            ["Title"] = "Planning meeting",
            ["OwnerLookupId"] = samUser,
            ["ReviewersLookupId@odata.type"] = "Collection(Edm.String)",
            ["ReviewersLookupId"] = new JsonArray(samUser, leeUser),
            ["PersonLookupId"] = sam,
            ["InvolvedLookupId@odata.type"] = "Collection(Edm.String)",
            ["InvolvedLookupId"] = new JsonArray(sam, lee),
        }, GraphHttp.Sam);

        var library = await CreateAsync(http, sitePath, "Materials", "documentLibrary", new JsonArray(new JsonObject { ["name"] = "Course", ["text"] = new JsonObject() }));
        var drive = (await http.GetAsync($"{sitePath}/lists/{library}/drive")).Body["id"]!.GetValue<string>();
        var file = (await http.SendAsync("PUT", $"drives/{drive}/root:/session-1.docx:/content", content: "Session one"u8.ToArray())).Body["id"]!.GetValue<string>();
        (await http.SendAsync("PUT", $"drives/{drive}/root:/session-1.docx:/content", content: "Session one, revised by Lee"u8.ToArray(), token: LeeToken)).Status.ShouldBe(200);
        var documentItem = (await http.GetAsync($"drives/{drive}/items/{file}/listItem")).Body["id"]!.GetValue<string>();
        (await http.SendAsync("PATCH", $"{sitePath}/lists/{library}/items/{documentItem}/fields", new JsonObject { ["Course"] = "sleep-2026" })).Status.ShouldBe(200);
        var folder = (await http.SendAsync("POST", $"drives/{drive}/root/children", new JsonObject { ["name"] = "Drafts", ["folder"] = new JsonObject() })).Body["id"]!.GetValue<string>();
        var folderItem = (await http.GetAsync($"drives/{drive}/items/{folder}/listItem")).Body["id"]!.GetValue<string>();
        return new TenantArrangement(people, log, logItem, library, drive, documentItem, file, folderItem, samUser, leeUser);
    }

    private static async Task<string> CreateAsync(GraphHttp http, string sitePath, string name, string template, JsonArray columns)
    {
        var answer = await http.SendAsync("POST", $"{sitePath}/lists", new JsonObject { ["displayName"] = name, ["columns"] = columns, ["list"] = new JsonObject { ["template"] = template } });
        answer.Status.ShouldBe(201, answer.Text);
        return answer.Body["id"]!.GetValue<string>();
    }

    private static async Task<string> ItemAsync(GraphHttp http, string sitePath, string list, JsonObject fields, string token)
    {
        var answer = await http.SendAsync("POST", $"{sitePath}/lists/{list}/items", new JsonObject { ["fields"] = fields }, token);
        answer.Status.ShouldBe(201, answer.Text);
        return answer.Body["id"]!.GetValue<string>();
    }

    private static async Task<string> AuthorAsync(GraphHttp http, string sitePath, string list, string item) =>
        (await http.GetAsync($"{sitePath}/lists/{list}/items/{item}?expand=fields")).Body["fields"]!["AuthorLookupId"]!.GetValue<string>();
}
