using Coproduction.Graph.Changes;
using Coproduction.Graph.Connection;
using Coproduction.Graph.Provisioning;
using Coproduction.Graph.Mapping;
using Coproduction.Graph.Schema;
using Coproduction.Graph.Writing;
using Coproduction.Model;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;

namespace Coproduction.Graph;

/// <summary>
/// Coproduction's way into SharePoint through Microsoft Graph: provisioning a site, finding its
/// lists, and following their changes. Register it with <c>services.AddCoproductionGraph(configuration)</c>
/// or create it from <see cref="CoproductionGraphOptions"/>.
/// </summary>
public sealed class CoproductionGraphClient : IDisposable
{
    private readonly GraphConnection _connection;
    private readonly CourseWriter _courseWriter;

    /// <summary>Connects with the given options.</summary>
    /// <param name="options">Where Graph is and how to sign in.</param>
    /// <param name="loggerFactory">Where to log (ids and counts only); none by default.</param>
    /// <exception cref="ArgumentException">The options have problems; the message names each.</exception>
    public CoproductionGraphClient(CoproductionGraphOptions options, ILoggerFactory? loggerFactory = null)
        : this(options, loggerFactory, null)
    {
    }

    internal CoproductionGraphClient(CoproductionGraphOptions options, ILoggerFactory? loggerFactory, HttpMessageHandler? finalHandler)
    {
        ArgumentNullException.ThrowIfNull(options);
        loggerFactory ??= NullLoggerFactory.Instance;
        _connection = new GraphConnection(options, finalHandler);
        Provisioner = new SiteProvisioner(_connection.Client, loggerFactory.CreateLogger<SiteProvisioner>());
        Changes = new ListChangeReader(_connection.Client, loggerFactory.CreateLogger<ListChangeReader>());
        var writer = new BatchWriter(_connection.Client, TimeProvider.System);
        _courseWriter = new CourseWriter(_connection.Client, writer);
    }

    /// <summary>Creates what a site is missing of the schema.</summary>
    public SiteProvisioner Provisioner { get; }

    /// <summary>Follows lists' changes with delta.</summary>
    public ListChangeReader Changes { get; }

    /// <summary>The User-Agent every request carries.</summary>
    public string UserAgent => _connection.UserAgent;

    /// <summary>The ids of a provisioned site's lists, by schema key (<see cref="SiteSchema"/>); lists not there are left out.</summary>
    /// <param name="siteUrl">The site, such as <c>https://contoso.sharepoint.com/sites/recovery</c>.</param>
    /// <param name="cancellationToken">Cancels the reads.</param>
    /// <returns>The site's id and its lists' ids.</returns>
    /// <exception cref="CoproductionGraphException">Graph refused a request.</exception>
    public async Task<(string SiteId, IReadOnlyDictionary<string, string> Lists)> FindListsAsync(string siteUrl, CancellationToken cancellationToken = default)
    {
        var key = SiteAddress.ToGraphKey(siteUrl);
        var graph = _connection.Client;
        var site = await GraphCalls.RunAsync($"Finding site {key}", () => graph.Sites[key].GetAsync(cancellationToken: cancellationToken));
        var lists = await GraphCalls.RunAsync("Reading the site's lists", () => graph.Sites[site!.Id].Lists.GetAsync(cancellationToken: cancellationToken));
        var byName = (lists?.Value ?? []).ToDictionary(l => l.DisplayName!, l => l.Id!, StringComparer.OrdinalIgnoreCase);
        return (site!.Id!, SiteSchema.Lists.Where(l => byName.ContainsKey(l.DisplayName)).ToDictionary(l => l.Key, l => byName[l.DisplayName], StringComparer.Ordinal));
    }

    /// <summary>
    /// Writes a course snapshot into a provisioned site, idempotently: importing the same snapshot twice
    /// leaves one copy, and the second import writes nothing.
    /// </summary>
    /// <param name="snapshot">The course.</param>
    /// <param name="siteUrl">The site.</param>
    /// <param name="cancellationToken">Cancels the import; running it again completes it.</param>
    /// <returns>How many items were created, updated and already right.</returns>
    /// <exception cref="CoproductionGraphException">The site is not provisioned, or Graph refused a request.</exception>
    public Task<ImportReport> ImportAsync(CourseSnapshot snapshot, string siteUrl, CancellationToken cancellationToken = default) =>
        _courseWriter.WriteAsync(snapshot, siteUrl, cancellationToken);

    /// <summary>Reads a course from a provisioned site as a snapshot, leaving out (and reporting) the items that cannot be read.</summary>
    /// <param name="siteUrl">The site.</param>
    /// <param name="courseId">The course's id.</param>
    /// <param name="cancellationToken">Cancels the reads.</param>
    /// <exception cref="CoproductionGraphException">No such course, the site is not provisioned, or Graph refused a request.</exception>
    public async Task<CourseExport> ExportAsync(string siteUrl, string courseId, CancellationToken cancellationToken = default)
    {
        var site = await SiteLists.OpenAsync(_connection.Client, siteUrl, cancellationToken);
        return await CourseReader.ReadAsync(new GraphSiteContent(_connection.Client, site), courseId, cancellationToken);
    }

    /// <inheritdoc />
    public void Dispose() => _connection.Dispose();
}
