using System.Diagnostics;
using System.Globalization;
using Coproduction.Benchmarks;
using Coproduction.Emulator;
using Coproduction.Graph;
using Coproduction.Graph.Connection;
using Coproduction.Graph.Schema;
using Coproduction.Graph.Writing;
using Coproduction.Worker.Commands;
using Coproduction.Worker.Hosting;
using Microsoft.Extensions.DependencyInjection;

// dotnet run -c Release --project benchmarks/Coproduction.RequestHarness -- [courses]
// Counts what the worker costs in Graph requests and SharePoint resource units against the emulator,
// beside a naive worker that re-reads every list each pass, on the same site in the same run.
const string Site = "https://contoso.sharepoint.com/sites/recovery";
var courses = args.Length > 0 ? int.Parse(args[0], CultureInfo.InvariantCulture) : 3;
var rows = new List<(string Scenario, string Measure, double Worker, double Naive)>();

var options = new GraphEmulatorOptions();
options.Sites.Add("contoso.sharepoint.com/sites/recovery");
await using var emulator = await GraphEmulator.StartAsync(options);
using var graph = new CoproductionGraphClient(new CoproductionGraphOptions { GraphUrl = emulator.GraphUrl });
await graph.Provisioner.ProvisionAsync(Site);
var load = Stopwatch.StartNew();
for (var i = 0; i < courses; i++)
{
    await graph.ImportAsync(CourseSizes.Create(people: 12, activities: 60, materials: 6, versions: 4, decisions: 6, seed: i, courseId: $"course-{i:D4}"), Site);
}

Console.WriteLine($"Loaded {courses} courses in {load.Elapsed.TotalSeconds:F1} s.");
var (siteId, lists) = await graph.FindListsAsync(Site);
string[] watched = [SiteSchema.Courses, SiteSchema.Team, SiteSchema.Log, SiteSchema.Decisions, SiteSchema.Notes, SiteSchema.Stages, SiteSchema.MaterialHistory, SiteSchema.Materials, SiteSchema.Topics];
var items = 0;
foreach (var key in watched)
{
    items += (await graph.ReadItemsAsync(siteId, lists[key])).Count;
}

Console.WriteLine($"The site holds {items} items in {watched.Length} watched lists.");
var state = Path.Combine(Path.GetTempPath(), $"harness-{Guid.NewGuid():N}.db");
using var host = RunCommand.Build(new Dictionary<string, string?>
{
    ["Coproduction:Worker:Sites:0"] = Site,
    ["Coproduction:Worker:StatePath"] = state,
    ["Coproduction:Graph:GraphUrl"] = emulator.GraphUrl,
    ["Logging:LogLevel:Default"] = "Warning",
}, new DemoClock(CourseSizes.Start.AddDays(90)), service: false);
var runner = host.Services.GetRequiredService<WorkerRunner>();

async Task<(int Requests, int Units, int Reads, int ReadUnits, TimeSpan Time)> Measure(Func<Task> pass)
{
    emulator.Requests.Reset();
    var clock = Stopwatch.StartNew();
    await pass();
    var requests = emulator.Requests;
    string[] reading = ["delta", "items", "driveItem", "versions"];
    var reads = reading.Sum(requests.Of);
    var readUnits = requests.Of("delta") * 1 + (requests.Of("items") + requests.Of("versions")) * 2 + requests.Of("driveItem");
    return (requests.Total - requests.Of("batch"), requests.ResourceUnits, reads, readUnits, clock.Elapsed);
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

var first = await Measure(() => runner.RunOnceAsync(CancellationToken.None));
var firstNaive = await Measure(Naive);
rows.Add(("initial pass", "requests to read", first.Reads, firstNaive.Reads));
rows.Add(("initial pass", "resource units to read", first.ReadUnits, firstNaive.ReadUnits));
rows.Add(("initial pass", "requests to write (the same for both)", first.Requests - first.Reads, first.Requests - first.Reads));
rows.Add(("initial pass", "seconds (worker: the whole pass; naive: reading)", first.Time.TotalSeconds, firstNaive.Time.TotalSeconds));
await runner.RunOnceAsync(CancellationToken.None); // the worker's own writes come back once

var idle = await Measure(() => runner.RunOnceAsync(CancellationToken.None));
var idleNaive = await Measure(Naive);
rows.Add(("idle pass", "requests per watched list", idle.Requests / (double)watched.Length, idleNaive.Requests / (double)watched.Length));
rows.Add(("idle pass", "resource units per watched list", idle.Units / (double)watched.Length, idleNaive.Units / (double)watched.Length));

// One change: a clinician's feedback on a material of one course.
var course = (await graph.ReadItemsAsync(siteId, lists[SiteSchema.Courses]))[0];
var by = (await graph.ReadItemsAsync(siteId, lists[SiteSchema.Team])).First(p => p.Fields.GetValueOrDefault("CourseLookupId") as string == course.Id);
await graph.WriteAsync(siteId, [new ItemUpdate(lists[SiteSchema.Log], null, new Dictionary<string, object?>
{
    ["ActivityId"] = "harness-1", ["CourseLookupId"] = course.Id, ["Kind"] = "Feedback", ["At"] = "2026-03-20T10:00:00Z", ["ByLookupId"] = by.Id, ["On"] = "m1",
})]);
var change = await Measure(() => runner.RunOnceAsync(CancellationToken.None));

// The report upload: find the library's drive, put the file, find its item, set its course (one write in a batch).
var upload = emulator.Requests.Of("drive") + emulator.Requests.Of("upload") + emulator.Requests.Of("listItem") + 1;
var changeNaive = await Measure(Naive);
rows.Add(("one change", "requests to read", change.Reads, changeNaive.Reads));
rows.Add(("one change", "resource units to read", change.ReadUnits, changeNaive.ReadUnits));
rows.Add(("one change", "requests beyond an idle pass, beside the report upload", change.Requests - idle.Requests - upload, changeNaive.Reads - idle.Requests + (change.Requests - change.Reads) - upload));
rows.Add(("one change", "milliseconds from the change to the written result", change.Time.TotalMilliseconds, changeNaive.Time.TotalMilliseconds + change.Time.TotalMilliseconds));

Console.WriteLine();
Console.WriteLine($"| scenario ({courses} courses, {items} items) | measure | worker | naive | worker / naive |");
Console.WriteLine("| --- | --- | ---: | ---: | ---: |");
foreach (var (scenario, measure, worker, naive) in rows)
{
    Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"| {scenario} | {measure} | {worker:0.##} | {naive:0.##} | {(naive == 0 ? "-" : (worker / naive).ToString("0.###", CultureInfo.InvariantCulture))} |"));
}

File.Delete(state);
