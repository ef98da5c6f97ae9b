using System.Text.Json.Nodes;

namespace Coproduction.Graph.Replay;

/// <summary>
/// Bodies recorded from real tenants (tests/Evidence/graph-real, R in its SOURCES.md), and a few
/// reported from real services in issue threads (C), quoted where each is used.
/// </summary>
internal static class Recorded
{
    private static string Folder => Path.Combine(AppContext.BaseDirectory, "Evidence", "graph-real");

    /// <summary>A recorded file's answer, without the corpus's own <c>_source</c> note.</summary>
    public static JsonObject File(string path)
    {
        var json = JsonNode.Parse(System.IO.File.ReadAllText(Path.Combine(Folder, path)))!.AsObject();
        json.Remove("_source");
        return json;
    }

    /// <summary>One answer of a recorded <c>$batch</c>, by its id.</summary>
    public static JsonObject BatchAnswer(string path, string id) =>
        File(path)["body"]!["responses"]!.AsArray().Single(r => r!["id"]!.GetValue<string>() == id)!.AsObject();

    /// <summary>
    /// The list item of a Word document in a real library, read through Graph (bertonline.sharepoint.com,
    /// 2022-10-12): eTag <c>"b4cfe36c-…,1"</c>, fields with <c>EditorLookupId</c> "11", <c>FileSizeDisplay</c> "19715".
    /// </summary>
    public static JsonObject LibraryDocument() =>
        (JsonObject)BatchAnswer("real-tenant/pnpcore/graph-batch.library-document.driveItem+listItem-fields.json", "2")["body"]!.DeepClone();

    /// <summary>The same document as a drive item: eTag <c>"{B4CF…},1"</c>, its people without an id.</summary>
    public static JsonObject LibraryFile() =>
        (JsonObject)BatchAnswer("real-tenant/pnpcore/graph-batch.library-document.driveItem+listItem-fields.json", "3")["body"]!.DeepClone();

    /// <summary>
    /// A real 410 of delta, as a user posted it (OneDrive/onedrive-api-docs#1356, 2020; quoted in
    /// community-captures/02): code <c>resyncRequired</c>, no <c>client-request-id</c>, no Location.
    /// </summary>
    public static JsonObject Gone() => JsonNode.Parse("""
        { "error": { "code": "resyncRequired",
          "message": "Resync required. Replace any local items with the server's version (including deletes) if you're sure that the service was up to date with your local changes when you last sync'd. Upload any local changes that the server doesn't know about.",
          "innerError": { "date": "2020-09-02T13:13:42", "request-id": "4066dbff-4e0c-48a0-bf94-31934a1aaea4" } } }
        """)!.AsObject();

    /// <summary>
    /// A file's version as SharePoint answered it (microsoftgraph/microsoft-graph-docs#16053, 2022): id
    /// a label, a size, the person with e-mail and id and an empty display name.
    /// </summary>
    public static JsonObject FileVersion() => JsonNode.Parse("""
        { "id": "0.1", "lastModifiedDateTime": "2021-05-28T20:08:20Z", "size": 5820,
          "lastModifiedBy": { "user": { "email": "me@contoso.onmicrosoft.com", "id": "6572bfcd-36af-4c5e-8967-841f71727a6c", "displayName": "" } } }
        """)!.AsObject();

    /// <summary>
    /// A user information list entry read through Graph, as a blog post shows it (Peakboard, 2025-03-25;
    /// partly redacted there): the claim in <c>Name</c>, <c>EMail</c>, <c>SipAddress</c>, flags.
    /// </summary>
    public static JsonObject UserInformationFields() => JsonNode.Parse("""
        { "@odata.etag": "\"e8212151-de65-49b5-a2b5-073d4963d2f0,6\"", "Title": "Walter White", "Name": "i:0#.f|membership|walter.white@contoso.com",
          "EMail": "o365_test@contoso.com", "SipAddress": "walter.white@contoso.com", "IsSiteAdmin": false, "Deleted": false, "UserInfoHidden": false,
          "JobTitle": "X", "FirstName": "Walter", "ContentType": "Person" }
        """)!.AsObject();
}
