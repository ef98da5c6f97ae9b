// Embeds Coproduction.Core and Coproduction.Graph in a program of your own, through their DI
// extensions: assesses a course snapshot file, and reads a course from a SharePoint site.
//
//   Coproduction.Sample --snapshot samples/drifting-course.json
//   Coproduction.Sample --site https://contoso.sharepoint.com/sites/recovery --course ID [--graph-url URL]
//
// A loopback --graph-url means the emulator (`coproduction emulator`), with no sign-in. Otherwise the
// section Coproduction:Graph of appsettings.json or the environment says how to sign in: Credential
// must be named (ClientCertificate, ClientSecret, ManagedIdentity, WorkloadIdentity, or Developer
// for a person's own sign-in on their own machine).
using Coproduction.Assessment;
using Coproduction.Graph;
using Coproduction.Model;
using Coproduction.Snapshots;
using Coproduction.Text;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

var builder = Host.CreateApplicationBuilder();
builder.Configuration.AddCommandLine(args, new Dictionary<string, string>
{
    ["--snapshot"] = "Sample:Snapshot",
    ["--site"] = "Sample:Site",
    ["--course"] = "Sample:Course",
    ["--graph-url"] = "Coproduction:Graph:GraphUrl",
});
builder.Logging.SetMinimumLevel(LogLevel.Warning);
builder.Services.AddCoproductionAssessment();
builder.Services.AddSingleton(TimeProvider.System); // "now", replaceable in tests
var sample = builder.Configuration.GetSection("Sample");
if (sample["Site"] is { Length: > 0 })
{
    // Only when a site is read: beyond loopback the Graph options must name a credential (Coproduction:Graph:Credential).
    builder.Services.AddCoproductionGraph(builder.Configuration);
}

using var host = builder.Build();
await host.StartAsync(); // validates the Graph options

var assessor = host.Services.GetRequiredService<CourseAssessor>();
var time = host.Services.GetRequiredService<TimeProvider>();
var done = false;

if (sample["Snapshot"] is { Length: > 0 } path)
{
    // The snapshot's own asOf, so that the same file always reads the same.
    var snapshot = SnapshotSerializer.Deserialize(await File.ReadAllTextAsync(path));
    Print($"{Path.GetFileName(path)}", snapshot, assessor.Assess(snapshot, snapshot.AsOf ?? time.GetUtcNow()));
    done = true;
}

if (sample["Site"] is { Length: > 0 } site && sample["Course"] is { Length: > 0 } course)
{
    var graph = host.Services.GetRequiredService<CoproductionGraphClient>();
    var export = await graph.ExportAsync(site, course);
    Print(site, export.Snapshot, assessor.Assess(export.Snapshot, time.GetUtcNow()));
    foreach (var problem in export.Problems)
    {
        Console.WriteLine($"  left out: {problem.List} item {problem.ItemId}, {problem.Column}: {problem.Problem}");
    }

    done = true;
}

await host.StopAsync();
if (!done)
{
    Console.Error.WriteLine("Give --snapshot FILE, or --site URL --course ID [--graph-url URL], or both.");
    return 2;
}

return 0;

static void Print(string source, CourseSnapshot snapshot, CourseAssessment assessment)
{
    var ready = assessment.ReadyForQuality ? "ready for quality review" : "not ready for quality review";
    Console.WriteLine($"{source}: {snapshot.Course.Title} ({snapshot.Course.Id}), {SnapshotWords.Of(assessment.Stage)}: {assessment.Score} of 12, {ready}");
    foreach (var flag in assessment.Flags)
    {
        Console.WriteLine($"  {SnapshotWords.Of(flag.Kind)} on {flag.Subject}: {flag.Message}");
    }
}
