using System.Net;
using System.Text;
using Coproduction.Emulator.Infrastructure;
using Microsoft.Graph;
using Microsoft.Graph.Models;

namespace Coproduction.Emulator.Behaviour;

/// <summary>
/// A file's content as Microsoft documents it (driveitem-get-content): <c>302 Found</c> to a
/// pre-authenticated URL, good for a few minutes, that takes no Authorization header; the SDK's
/// redirect handler follows it (docs/graph-assumptions.md, 59).
/// </summary>
public sealed class DownloadTests() : EmulatorTest(TenantVariant.Generous)
{
    [Fact]
    public async Task Content_ThroughTheSdk_FollowsTheRedirectToTheFile()
    {
        var (graph, drive, file) = await UploadAsync("Session 1, revised");

        await using var content = await graph.Drives[drive].Items[file].Content.GetAsync();

        using var reader = new StreamReader(content!);
        (await reader.ReadToEndAsync()).ShouldBe("Session 1, revised");
        Emulator.Requests.ByKind["content"].ShouldBe(1);
        Emulator.Requests.ByKind["download"].ShouldBe(1);
    }

    [Fact]
    public async Task Content_AskedForPlainly_Answers302ToAUrlThatNeedsNoToken()
    {
        var (_, drive, file) = await UploadAsync("Session 1");
        using var noRedirects = new HttpClient(new HttpClientHandler { AllowAutoRedirect = false });
        using var request = new HttpRequestMessage(HttpMethod.Get, $"{Emulator.GraphUrl}/drives/{drive}/items/{file}/content");
        request.Headers.Authorization = new("Bearer", GraphHttp.Sam);

        using var answer = await noRedirects.SendAsync(request);
        var location = answer.Headers.Location!;
        using var download = await noRedirects.GetAsync(location);

        answer.StatusCode.ShouldBe(HttpStatusCode.Found);
        location.AbsolutePath.ShouldBe("/sites/recovery/_layouts/15/download.aspx");
        location.Query.ShouldContain("tempauth=");
        download.StatusCode.ShouldBe(HttpStatusCode.OK);
        (await download.Content.ReadAsStringAsync()).ShouldBe("Session 1");
    }

    [Fact]
    public async Task DownloadUrl_AfterAFewMinutes_IsRefused()
    {
        var (_, drive, file) = await UploadAsync("Session 1");
        using var noRedirects = new HttpClient(new HttpClientHandler { AllowAutoRedirect = false });
        using var request = new HttpRequestMessage(HttpMethod.Get, $"{Emulator.GraphUrl}/drives/{drive}/items/{file}/content");
        request.Headers.Authorization = new("Bearer", GraphHttp.Sam);
        using var answer = await noRedirects.SendAsync(request);

        Clock.Advance(TimeSpan.FromMinutes(6));
        using var late = await noRedirects.GetAsync(answer.Headers.Location!);
        using var made = await noRedirects.GetAsync(answer.Headers.Location!.GetLeftPart(UriPartial.Path) + "?tempauth=made-up");

        late.StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
        made.StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
    }

    [Fact]
    public async Task DownloadUrl_WithABearerTokenOnATenantThatRefusesIt_Answers401AndWithoutOneTheFile()
    {
        await using var sparse = await GraphEmulator.StartAsync(new GraphEmulatorOptions { TimeProvider = Clock, Variant = TenantVariant.Sparse, Sites = { SiteAddress } });
        var site = sparse.AddSite(SiteAddress);
        using var http = new GraphHttp(sparse.GraphUrl);
        var library = (await http.SendAsync("POST", $"sites/{site}/lists", new System.Text.Json.Nodes.JsonObject
        {
            ["displayName"] = "Course materials", ["list"] = new System.Text.Json.Nodes.JsonObject { ["template"] = "documentLibrary" },
        })).Body["id"]!.GetValue<string>();
        var drive = (await http.GetAsync($"sites/{site}/lists/{library}/drive")).Body["id"]!.GetValue<string>();
        var file = (await http.SendAsync("PUT", $"drives/{drive}/root:/session-1.txt:/content", content: "Session 1"u8.ToArray())).Body["id"]!.GetValue<string>();
        using var noRedirects = new HttpClient(new HttpClientHandler { AllowAutoRedirect = false });
        using var request = new HttpRequestMessage(HttpMethod.Get, $"{sparse.GraphUrl}/drives/{drive}/items/{file}/content");
        request.Headers.Authorization = new("Bearer", GraphHttp.Sam);
        using var answer = await noRedirects.SendAsync(request);

        using var withBearer = new HttpRequestMessage(HttpMethod.Get, answer.Headers.Location);
        withBearer.Headers.Authorization = new("Bearer", GraphHttp.Sam);
        using var refused = await noRedirects.SendAsync(withBearer);
        using var plain = await noRedirects.GetAsync(answer.Headers.Location);

        refused.StatusCode.ShouldBe(HttpStatusCode.Unauthorized, "as reported of download.aspx given a Graph token (graph-assumptions 59)");
        (await plain.Content.ReadAsStringAsync()).ShouldBe("Session 1", "the URL needs no token, as documented");
    }

    private async Task<(GraphServiceClient Graph, string Drive, string File)> UploadAsync(string text)
    {
        var graph = GraphClients.For(Emulator.GraphUrl);
        var library = await graph.Sites[SiteId].Lists.PostAsync(new List { DisplayName = "Course materials", ListProp = new ListInfo { Template = "documentLibrary" } });
        var drive = (await graph.Sites[SiteId].Lists[library!.Id].Drive.GetAsync())!.Id!;
        using var stream = new MemoryStream(Encoding.UTF8.GetBytes(text));
        var file = await graph.Drives[drive].Items["root"].ItemWithPath("session-1.txt").Content.PutAsync(stream);
        return (graph, drive, file!.Id!);
    }
}
