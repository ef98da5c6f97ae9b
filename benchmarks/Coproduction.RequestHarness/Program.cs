using System.Diagnostics;
using System.Globalization;
using Coproduction.Benchmarks;
using Coproduction.Emulator;
using Coproduction.Graph;
using Coproduction.Graph.Connection;
using Coproduction.Graph.Schema;
using Coproduction.Graph.Writing;
using Coproduction.RequestHarness;
using Coproduction.Worker.Commands;
using Coproduction.Worker.Hosting;
using Microsoft.Extensions.DependencyInjection;

// dotnet run -c Release --project benchmarks/Coproduction.RequestHarness -- [courses] [changes] [generous|sparse]
// Counts what the worker costs in Graph requests and SharePoint resource units against the emulator
// (answering as a generous or a sparse tenant), beside a naive worker that re-reads every list each
// pass, on the same site in the same run; and the bulk passes (first, and after scattered changes) in
// a worker process of their own, with their wall time and peak memory.
if (args is ["history", ..])
{
    // dotnet run -c Release --project benchmarks/Coproduction.RequestHarness -- history [courses] [weeks]
    HistoryScale.Run(args.Length > 1 ? int.Parse(args[1], CultureInfo.InvariantCulture) : 1000, args.Length > 2 ? int.Parse(args[2], CultureInfo.InvariantCulture) : 52);
    return;
}

if (args is ["comments", ..])
{
    // dotnet run -c Release --project benchmarks/Coproduction.RequestHarness -- comments [documents] [kilobytes] [generous|sparse]
    await CommentPasses.RunAsync(args.Length > 1 ? int.Parse(args[1], CultureInfo.InvariantCulture) : 200, args.Length > 2 ? int.Parse(args[2], CultureInfo.InvariantCulture) : 200, args.Length > 3 ? args[3] : "generous");
    return;
}

const string Site = "https://contoso.sharepoint.com/sites/recovery";
var courses = args.Length > 0 ? int.Parse(args[0], CultureInfo.InvariantCulture) : 3;
var changes = args.Length > 1 ? int.Parse(args[1], CultureInfo.InvariantCulture) : 1000;
var tenant = args.Length > 2 ? args[2] : "generous";
var rows = new List<(string Scenario, string Measure, double Worker, double Naive)>();
var bulk = new List<(string Pass, Counts Counts, TimeSpan Time, long Peak)>();

var options = new GraphEmulatorOptions { Variant = tenant == "sparse" ? TenantVariant.Sparse : TenantVariant.Generous };
options.Sites.Add("contoso.sharepoint.com/sites/recovery");
await using var emulator = await GraphEmulator.StartAsync(options);
using var graph = new CoproductionGraphClient(new CoproductionGraphOptions { GraphUrl = emulator.GraphUrl });
await graph.Provisioner.ProvisionAsync(Site);
var load = Stopwatch.StartNew();
var generated = Enumerable.Range(0, courses)
    .Select(i => CourseSizes.Create(people: 12, activities: 30, materials: 6, versions: 4, decisions: 6, seed: i, courseId: $"course-{i:D4}"))
    .ToList();
await graph.ImportManyAsync(generated, Site, new Reporter(courses));
Console.WriteLine($"Loaded {courses} courses in {load.Elapsed.TotalSeconds:F0} s.");

var (siteId, lists) = await graph.FindListsAsync(Site);
string[] watched = [SiteSchema.Courses, SiteSchema.Team, SiteSchema.Log, SiteSchema.Decisions, SiteSchema.Notes, SiteSchema.Stages, SiteSchema.MaterialHistory, SiteSchema.Materials, SiteSchema.Topics, SiteSchema.Sessions];
var items = 0;
foreach (var key in watched)
{
    items += (await graph.ReadItemsAsync(siteId, lists[key])).Count;
}

Console.WriteLine($"The site holds {items} items in {watched.Length} watched lists.");
var courseItems = (await graph.ReadItemsAsync(siteId, lists[SiteSchema.Courses])).Select(c => c.Id).ToList();
var team = (await graph.ReadItemsAsync(siteId, lists[SiteSchema.Team])).ToLookup(p => p.Fields.Find(Coproduction.Graph.Schema.Lists.TeamList.Course) ?? string.Empty, p => p.Id);
var state = Path.Combine(Path.GetTempPath(), $"harness-{Guid.NewGuid():N}.db");

async Task<(Counts Counts, TimeSpan Time)> Measure(Func<Task> pass)
{
    emulator.Requests.Reset();
    var clock = Stopwatch.StartNew();
    await pass();
    return (Counts.Of(emulator.Requests, options.Variant.DriveItemPathsThroughListItem), clock.Elapsed);
}

async Task<(Counts Counts, TimeSpan Time, long Peak)> MeasureProcess()
{
    emulator.Requests.Reset();
    var (time, peak) = await WorkerProcess.RunOnceAsync(Site, emulator.GraphUrl, state);
    return (Counts.Of(emulator.Requests, options.Variant.DriveItemPathsThroughListItem), time, peak);
}

// The naive worker: every watched list read whole, every pass. Its writes would be the worker's, so
// the tables compare what each reads; writes are shown once.
async Task Naive()
{
    foreach (var key in watched)
    {
        await graph.ReadItemsAsync(siteId, lists[key]);
    }
}

var first = await MeasureProcess();
bulk.Add(("first pass", first.Counts, first.Time, first.Peak));
var firstNaive = await Measure(Naive);
rows.Add(("first pass", "requests to read", first.Counts.Reads, firstNaive.Counts.Reads));
await WorkerProcess.RunOnceAsync(Site, emulator.GraphUrl, state); // the worker's own writes come back once

using (var host = RunCommand.Build(new Dictionary<string, string?>
{
    ["Coproduction:Worker:Sites:0"] = Site,
    ["Coproduction:Worker:StatePath"] = state,
    ["Coproduction:Graph:GraphUrl"] = emulator.GraphUrl,
    ["Logging:LogLevel:Default"] = "Warning",
}, TimeProvider.System, service: false)) // the same clock as the worker processes
{
    var runner = host.Services.GetRequiredService<WorkerRunner>();
    await runner.RunOnceAsync(CancellationToken.None); // a process's first pass also finds the site
    var idle = await Measure(() => runner.RunOnceAsync(CancellationToken.None));
    var idleNaive = await Measure(Naive);
    rows.Add(("idle pass", $"HTTP requests for the site's {watched.Length} watched lists", idle.Counts.Http, idleNaive.Counts.Http));
    rows.Add(("idle pass", "resource units per watched list", idle.Counts.Units / (double)watched.Length, idleNaive.Counts.Units / (double)watched.Length));

    // One change: a clinician's feedback on a material of one course. A first change warms the process
    // up (code compiled, the flags list and the evidence library's drive looked up once a process).
    await graph.WriteAsync(siteId, [.. Enumerable.Range(1, 20).Select(i => Feedback(-i, i % courseItems.Count))]);
    await runner.RunOnceAsync(CancellationToken.None);
    await runner.RunOnceAsync(CancellationToken.None);
    await graph.WriteAsync(siteId, [Feedback(0, 0)]);
    var change = await Measure(() => runner.RunOnceAsync(CancellationToken.None));
    var changeNaive = await Measure(Naive);
    rows.Add(("one change", "requests to read", change.Counts.Reads, changeNaive.Counts.Reads));
    rows.Add(("one change", "resource units (naive: reading only, its writes would be the same)", change.Counts.Units, changeNaive.Counts.Units));
    rows.Add(("one change", "HTTP requests beyond an idle pass, beside the report upload", change.Counts.Http - idle.Counts.Http - change.Counts.Uploads, changeNaive.Counts.Http - idle.Counts.Http + 1));
    rows.Add(("one change", "milliseconds from the change to the written result", change.Time.TotalMilliseconds, changeNaive.Time.TotalMilliseconds + change.Time.TotalMilliseconds));
    await runner.RunOnceAsync(CancellationToken.None); // its own writes come back

    // A document saved from Office by a team member, the first time that person saves one (so the
    // site's users are asked who they are), then again (what the worker knows of them is kept). The
    // member's account is recorded first, as a coordinator would in the team list.
    using var office = new HttpClient { BaseAddress = new Uri(emulator.GraphUrl + "/") };
    office.DefaultRequestHeaders.Authorization = new("Bearer", "user:kit.member@trust.example");
    var drive = await graph.FindLibraryDriveAsync(siteId, lists[SiteSchema.Materials]);
    var saved0 = (await graph.ReadItemsAsync(siteId, lists[SiteSchema.Materials]))[0];
    var document = saved0.Fields.Find(Coproduction.Graph.Schema.Lists.SharePointColumns.FileName);
    var member = team[saved0.Fields.Find(Coproduction.Graph.Schema.Lists.MaterialsLibrary.Course) ?? string.Empty].Last();
    await graph.WriteAsync(siteId, [new ItemUpdate(lists[SiteSchema.Team], member, new FieldSet().Set(Coproduction.Graph.Schema.Lists.TeamList.Account, "kit.member@trust.example"))]);
    await runner.RunOnceAsync(CancellationToken.None);
    foreach (var (save, scenario) in new[] { (1, "a document saved by a person new to the site"), (2, "a document saved again by them") })
    {
        (await office.PutAsync($"drives/{drive}/root:/{document}:/content", new StringContent(new string('x', 100 + save)))).EnsureSuccessStatusCode();
        var saved = await Measure(() => runner.RunOnceAsync(CancellationToken.None));
        rows.Add((scenario, "HTTP requests beyond an idle pass, beside the report upload", saved.Counts.Http - idle.Counts.Http - saved.Counts.Uploads, changeNaive.Counts.Http - idle.Counts.Http + 1));
        await runner.RunOnceAsync(CancellationToken.None); // its own writes come back
    }
}

// Scattered changes: feedback on a material, each in a course picked at random.
var random = new Random(20261127);
await graph.WriteAsync(siteId, Enumerable.Range(1, changes).Select(i => Feedback(i, random.Next(courseItems.Count))).ToList());
var scattered = await MeasureProcess();
bulk.Add(($"after {changes:N0} scattered changes", scattered.Counts, scattered.Time, scattered.Peak));
var scatteredNaive = await Measure(Naive);
rows.Add(($"{changes:N0} scattered changes", "requests to read", scattered.Counts.Reads, scatteredNaive.Counts.Reads));

Console.WriteLine();
Console.WriteLine($"| scenario ({courses:N0} courses, {items:N0} items, {tenant} tenant) | measure | worker | naive | worker / naive |");
Console.WriteLine("| --- | --- | ---: | ---: | ---: |");
foreach (var (scenario, measure, worker, naive) in rows)
{
    Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"| {scenario} | {measure} | {worker:#,0.##} | {naive:#,0.##} | {(naive == 0 ? "-" : (worker / naive).ToString("0.###", CultureInfo.InvariantCulture))} |"));
}

Console.WriteLine();
Console.WriteLine("| worker pass (own process) | HTTP requests | fewest possible | worker / fewest | requests (batched counted each) | resource units | seconds | peak memory (MB) |");
Console.WriteLine("| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: |");
foreach (var (pass, counts, time, peak) in bulk)
{
    Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
        $"| {pass} | {counts.Http:N0} | {counts.Fewest:N0} | {counts.Http / (double)counts.Fewest:0.000} | {counts.Requests:N0} | {counts.Units:N0} | {time.TotalSeconds:0.0} | {peak / 1048576.0:0} |"));
}

File.Delete(state);

ItemUpdate Feedback(int n, int course)
{
    var courseItem = courseItems[course];
    return new ItemUpdate(lists[SiteSchema.Log], null, new Dictionary<string, object?>
    {
        ["ActivityId"] = $"harness-{n}", ["CourseLookupId"] = courseItem, ["Kind"] = "Feedback", ["At"] = "2026-03-20T10:00:00Z",
        ["ByLookupId"] = team[courseItem].First(), ["On"] = "m1",
    });
}
