using System.Globalization;
using Coproduction.Benchmarks;
using Coproduction.Emulator;
using Coproduction.Graph;
using Coproduction.Graph.Connection;
using Coproduction.Graph.Schema;
using Coproduction.Graph.Schema.Lists;
using Coproduction.Graph.Writing;
using Coproduction.Worker.Commands.Demo;

namespace Coproduction.RequestHarness;

/// <summary>
/// What reading comments costs a pass: a site whose courses each have Word documents saved by a member,
/// each with comments by two colleagues; a worker process's first pass, then a pass after every document
/// was saved again (changed), each with comment reading on and off, on state files of their own.
/// <c>dotnet run -c Release --project benchmarks/Coproduction.RequestHarness -- comments [documents] [kilobytes] [generous|sparse]</c>
/// </summary>
internal static class CommentPasses
{
    private const string Site = "https://contoso.sharepoint.com/sites/recovery";

    public static async Task RunAsync(int documents, int kilobytes, string tenant)
    {
        var options = new GraphEmulatorOptions { Variant = tenant == "sparse" ? TenantVariant.Sparse : TenantVariant.Generous };
        options.Sites.Add("contoso.sharepoint.com/sites/recovery");
        await using var emulator = await GraphEmulator.StartAsync(options);
        using var graph = new CoproductionGraphClient(new CoproductionGraphOptions { GraphUrl = emulator.GraphUrl });
        await graph.Provisioner.ProvisionAsync(Site);
        var courses = Math.Max(1, documents / 5);
        await graph.ImportManyAsync([.. Enumerable.Range(0, courses).Select(i => CourseSizes.Create(people: 6, activities: 10, materials: 1, versions: 2, decisions: 2, seed: i, courseId: $"course-{i:D4}"))], Site, null);
        var (siteId, lists) = await graph.FindListsAsync(Site);
        var courseItems = (await graph.ReadItemsAsync(siteId, lists[SiteSchema.Courses])).Select(c => c.Id).ToList();
        var team = (await graph.ReadItemsAsync(siteId, lists[SiteSchema.Team])).ToLookup(p => p.Fields.Find(TeamList.Course) ?? string.Empty, p => p.Id);

        // Each course's first three members have accounts: one writes, two comment.
        await graph.WriteAsync(siteId, [.. courseItems.SelectMany(c => team[c].Take(3).Select((member, n) =>
            new ItemUpdate(lists[SiteSchema.Team], member, new FieldSet().Set(TeamList.Account, $"member{n}@trust.example"))))]);
        using var office = new HttpClient { BaseAddress = new Uri(emulator.GraphUrl + "/") };
        office.DefaultRequestHeaders.Authorization = new("Bearer", "user:member0@trust.example");
        var drive = await graph.FindLibraryDriveAsync(siteId, lists[SiteSchema.Materials]);
        var items = new List<string>();
        for (var d = 0; d < documents; d++)
        {
            var file = await SaveAsync(office, drive, d, kilobytes, draft: 1);
            var item = (string)(await System.Net.Http.Json.HttpClientJsonExtensions.GetFromJsonAsync<System.Text.Json.Nodes.JsonObject>(office, $"drives/{drive}/items/{file}/listItem"))!["id"]!;
            items.Add(item);
            await graph.WriteAsync(siteId, [new ItemUpdate(lists[SiteSchema.Materials], item, new FieldSet().Set(CourseColumn.Any, courseItems[d % courseItems.Count]))]);
        }

        Console.WriteLine($"{courses} courses, {documents} Word documents of about {kilobytes} KB, each with 20 comments.");
        var states = new Dictionary<bool, string> { [false] = Temp(), [true] = Temp() };
        var rows = new List<(string Pass, bool Reading, Counts Counts, TimeSpan Time, long Peak)>();
        async Task Pass(string name, bool reading)
        {
            emulator.Requests.Reset();
            var (time, peak) = await WorkerProcess.RunOnceAsync(Site, emulator.GraphUrl, states[reading], new Dictionary<string, string> { ["Coproduction__Graph__Comments__Enabled"] = reading ? "true" : "false" });
            rows.Add((name, reading, Counts.Of(emulator.Requests, options.Variant.DriveItemPathsThroughListItem), time, peak));
            await WorkerProcess.RunOnceAsync(Site, emulator.GraphUrl, states[reading], new Dictionary<string, string> { ["Coproduction__Graph__Comments__Enabled"] = reading ? "true" : "false" }); // its own writes come back
        }

        foreach (var reading in new[] { false, true })
        {
            await Pass("first pass", reading);
        }

        for (var d = 0; d < documents; d++)
        {
            await SaveAsync(office, drive, d, kilobytes, draft: 2);
        }

        foreach (var reading in new[] { false, true })
        {
            await Pass($"after {documents} documents saved again", reading);
        }

        foreach (var reading in new[] { false, true })
        {
            await Pass("idle", reading);
        }

        Console.WriteLine();
        Console.WriteLine($"| pass ({documents} documents, {tenant} tenant) | comments read | HTTP requests | documents downloaded | seconds | peak memory (MB) |");
        Console.WriteLine("| --- | --- | ---: | ---: | ---: | ---: |");
        foreach (var (pass, reading, counts, time, peak) in rows)
        {
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"| {pass} | {(reading ? "yes" : "no")} | {counts.Http:N0} | {counts.Downloads:N0} | {time.TotalSeconds:0.0} | {peak / 1048576.0:0} |"));
        }

        foreach (var state in states.Values)
        {
            File.Delete(state);
        }
    }

    /// <summary>Words in no order, compressing about as prose does (a run of one letter would compress a thousandfold, as no document does).</summary>
    private static string Prose(int length, int seed)
    {
        string[] words = ["sleep", "routine", "evening", "light", "worry", "body", "clock", "rest", "waking", "notes", "session", "group", "practice", "breathing", "diary"];
        var random = new Random(seed);
        var text = new System.Text.StringBuilder(length + 16);
        while (text.Length < length)
        {
            text.Append(words[random.Next(words.Length)]).Append(random.Next(7) == 0 ? ". " : " ");
        }

        return text.ToString();
    }

    private static string Temp() => Path.Combine(Path.GetTempPath(), $"harness-comments-{Guid.NewGuid():N}.db");

    /// <returns>The file's drive item id.</returns>
    private static async Task<string> SaveAsync(HttpClient office, string drive, int d, int kilobytes, int draft)
    {
        var word = new WordWithComments { Body = Prose(kilobytes * 1024, d) + $" draft {draft} of document {d}" }
            .Person("Member One", "member1@trust.example").Person("Member Two", "member2@trust.example");
        var start = new DateTimeOffset(2026, 3, 1, 9, 0, 0, TimeSpan.Zero);
        for (var c = 0; c < 20; c++)
        {
            word.Comment(c % 2 == 0 ? "Member One" : "Member Two", start.AddHours(c));
        }

        var answer = await office.PutAsync($"drives/{drive}/root:/document-{d:D4}.docx:/content", new ByteArrayContent(word.ToBytes()));
        answer.EnsureSuccessStatusCode();
        return (string)(await System.Net.Http.Json.HttpContentJsonExtensions.ReadFromJsonAsync<System.Text.Json.Nodes.JsonObject>(answer.Content))!["id"]!;
    }
}
