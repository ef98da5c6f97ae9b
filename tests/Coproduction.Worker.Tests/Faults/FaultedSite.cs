using System.Security.Cryptography;
using Coproduction.Emulator;
using Coproduction.Graph;
using Coproduction.Graph.Connection;
using Coproduction.Graph.Schema;
using Coproduction.Model;
using Coproduction.Snapshots;
using Coproduction.Worker.Commands;
using Coproduction.Worker.Hosting;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Time.Testing;

namespace Coproduction.Worker.Faults;

/// <summary>
/// An emulated site with the drifting sample imported, and a worker on it logging everything at
/// Trace into a <see cref="LogCapture"/>: what the fault tests run, and describe, afterwards.
/// </summary>
internal sealed class FaultedSite : IAsyncDisposable
{
    public const string Site = "https://contoso.sharepoint.com/sites/recovery";

    private readonly Commands.TemporaryFolder _folder = new();
    private IHost? _host;

    private readonly FakeTimeProvider _clock;
    private readonly string? _materialsLibrary;

    private FaultedSite(GraphEmulator emulator, CoproductionGraphClient graph, FakeTimeProvider clock, string? materialsLibrary)
    {
        Emulator = emulator;
        Graph = graph;
        _clock = clock;
        _materialsLibrary = materialsLibrary;
    }

    public GraphEmulator Emulator { get; }

    /// <summary>The clock the emulator and the worker share.</summary>
    public FakeTimeProvider Clock => _clock;

    /// <summary>The adapter as staff would use it, for setting up and describing the site (not the worker's own).</summary>
    public CoproductionGraphClient Graph { get; }

    public LogCapture Log { get; } = new();

    /// <summary>Plain HTTP to the emulator as a person, with their own token: what SharePoint's forms and Office do on their behalf.</summary>
    /// <param name="email">Who.</param>
    public HttpClient As(string email)
    {
        var http = new HttpClient { BaseAddress = new Uri(Emulator.GraphUrl + "/") };
        http.DefaultRequestHeaders.Authorization = new("Bearer", $"user:{email}");
        return http;
    }

    public string StatePath => _folder.File("state.db");

    public string Folder => _folder.Path;

    public static CourseSnapshot Sample(string name = "drifting-course.json") =>
        SnapshotSerializer.Deserialize(File.ReadAllText(Path.Combine(AppContext.BaseDirectory, name.Contains('/', StringComparison.Ordinal) ? name : Path.Combine("samples", name))));

    public static Task<FaultedSite> StartAsync(CancellationToken cancellationToken, params string[] samples) =>
        StartAsync(TenantVariant.Generous, new FakeTimeProvider(new DateTimeOffset(2026, 3, 28, 9, 0, 0, TimeSpan.Zero)), cancellationToken, samples);

    /// <summary>
    /// A site on a tenant answering as <paramref name="variant"/> says, the emulator and the worker on one clock (so what staff save is not in
    /// the worker's future), holding the samples named (none: the drifting sample; only an empty name: nothing, what a course team starts from).
    /// </summary>
    public static Task<FaultedSite> StartAsync(TenantVariant variant, FakeTimeProvider clock, CancellationToken cancellationToken, params string[] samples) =>
        StartAsync(variant, clock, null, cancellationToken, samples);

    /// <summary>
    /// As the overload without a library, but the site's materials are in a library it has (<paramref name="materialsLibrary"/>,
    /// in <c>Coproduction:Graph:MaterialsLibraries</c>) for the staff's adapter and the worker alike.
    /// </summary>
    public static Task<FaultedSite> StartAsync(TenantVariant variant, FakeTimeProvider clock, string? materialsLibrary, CancellationToken cancellationToken, params string[] samples) =>
        StartAsync(variant, clock, materialsLibrary, SiteSchema.Version, samples, cancellationToken);

    /// <summary>A site provisioned as schema version <paramref name="schemaVersion"/> had it, holding the samples named: a site to upgrade.</summary>
    public static Task<FaultedSite> StartAtVersionAsync(int schemaVersion, CancellationToken cancellationToken, params string[] samples) =>
        StartAsync(TenantVariant.Generous, new FakeTimeProvider(new DateTimeOffset(2026, 3, 28, 9, 0, 0, TimeSpan.Zero)), null, schemaVersion, samples, cancellationToken);

    private static async Task<FaultedSite> StartAsync(TenantVariant variant, FakeTimeProvider clock, string? materialsLibrary, int schemaVersion, string[] samples, CancellationToken cancellationToken)
    {
        var options = new GraphEmulatorOptions { Variant = variant, TimeProvider = clock };
        options.Sites.Add("contoso.sharepoint.com/sites/recovery");
        var emulator = await GraphEmulator.StartAsync(options, cancellationToken);
        var graph = new CoproductionGraphClient(GraphOptions(emulator.GraphUrl, materialsLibrary));
        await graph.Provisioner.ProvisionAsync(Site, schemaVersion, cancellationToken);
        foreach (var sample in samples.Length == 0 ? ["drifting-course.json"] : samples.Where(s => s.Length > 0))
        {
            await graph.ImportAsync(Before(Sample(sample), schemaVersion), Site, cancellationToken);
        }

        return new FaultedSite(emulator, graph, clock, materialsLibrary);
    }

    /// <summary>A snapshot as a site of a schema version can hold it: before version 3, without answers to input or sessions, which it has no columns for.</summary>
    public static CourseSnapshot Before(CourseSnapshot snapshot, int schemaVersion) =>
        schemaVersion >= 3 ? snapshot : snapshot with { Sessions = [], Activities = [.. snapshot.Activities.Select(a => a with { Response = null })] };

    /// <summary>The adapter's options for the site, its materials library named where it is one the site has.</summary>
    public static CoproductionGraphOptions GraphOptions(string graphUrl, string? materialsLibrary)
    {
        var options = new CoproductionGraphOptions { GraphUrl = graphUrl };
        if (materialsLibrary is not null)
        {
            options.MaterialsLibraries.Add(new MaterialsLibraryOption { Site = Site, Library = materialsLibrary });
        }

        return options;
    }

    /// <summary>A worker on the site, as <c>coproduction run</c> builds it, on a state file of its own.</summary>
    public WorkerRunner Worker(IDictionary<string, string?>? settings = null)
    {
        _host?.Dispose();
        var overrides = new Dictionary<string, string?>
        {
            ["Coproduction:Worker:Sites:0"] = Site,
            ["Coproduction:Worker:StatePath"] = StatePath,
            ["Coproduction:Graph:GraphUrl"] = Emulator.GraphUrl,
            ["Logging:LogLevel:Default"] = "Trace",
        };
        if (_materialsLibrary is not null)
        {
            overrides["Coproduction:Graph:MaterialsLibraries:0:Site"] = Site;
            overrides["Coproduction:Graph:MaterialsLibraries:0:Library"] = _materialsLibrary;
        }

        foreach (var (key, value) in settings ?? new Dictionary<string, string?>())
        {
            overrides[key] = value;
        }

        _host = RunCommand.Build(overrides, _clock, service: false, logging => logging.AddProvider(Log));
        return _host.Services.GetRequiredService<WorkerRunner>();
    }

    /// <summary>
    /// Everything the worker keeps true on the site, one line each, sorted: each course's checklist
    /// columns, score, readiness and open flag count; each flag item (a duplicate is a line twice);
    /// each evidence report, and the college overview, with a hash of its content.
    /// </summary>
    public async Task<List<string>> DescribeAsync(CancellationToken cancellationToken)
    {
        var (lines, _) = await SiteLines.CoursesAndFlagsAsync(Graph, Site, cancellationToken);
        var (siteId, lists) = await Graph.FindListsAsync(Site, cancellationToken);
        foreach (var report in await Graph.ReadItemsAsync(siteId, lists[SiteSchema.Evidence], cancellationToken))
        {
            var content = await Graph.ReadFileAsync(siteId, lists[SiteSchema.Evidence], report.Id, cancellationToken);
            var name = report.Fields["FileLeafRef"]?.ToString();
            lines.Add($"{(name == Overview.OverviewOptions.FileName ? "overview" : "report")} {name}|{Convert.ToHexString(SHA256.HashData(content))}");
        }

        lines.Sort(StringComparer.Ordinal);
        return lines;
    }

    public async ValueTask DisposeAsync()
    {
        _host?.Dispose();
        Graph.Dispose();
        await Emulator.DisposeAsync();
        _folder.Dispose();
    }
}
