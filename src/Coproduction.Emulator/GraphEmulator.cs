using Coproduction.Emulator.Api;
using Coproduction.Emulator.Control;
using Coproduction.Emulator.Http;
using Coproduction.Emulator.Pipeline;
using Coproduction.Emulator.State;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace Coproduction.Emulator;

/// <summary>
/// A local stand-in for the slice of Microsoft Graph v1.0 that Coproduction uses on SharePoint, served
/// over HTTP on loopback so that the real Microsoft.Graph SDK can drive it. State is in memory.
/// </summary>
public sealed class GraphEmulator : IAsyncDisposable
{
    private readonly WebApplication _app;
    private readonly EmulatorState _state;

    private GraphEmulator(WebApplication app, EmulatorState state, EmulatorFaults faults, EmulatorRequests requests)
    {
        _app = app;
        _state = state;
        Faults = faults;
        Requests = requests;
        var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        GraphUrl = $"{address.TrimEnd('/')}/v1.0";
    }

    /// <summary>The Graph base URL to give a client, such as <c>http://127.0.0.1:5080/v1.0</c>.</summary>
    public string GraphUrl { get; }

    /// <summary>Throttling, 503s, latency, scripted faults and delta token expiry.</summary>
    public EmulatorFaults Faults { get; }

    /// <summary>What clients have asked, by kind, and what it cost.</summary>
    public EmulatorRequests Requests { get; }

    /// <summary>Starts an emulator and waits until it listens.</summary>
    /// <param name="options">Where it listens, its sites, page sizes and clock; by default loopback on a free port.</param>
    /// <param name="cancellationToken">Cancels starting.</param>
    /// <exception cref="ArgumentException">An option makes no sense, or names an address beyond loopback without allowing it.</exception>
    public static async Task<GraphEmulator> StartAsync(GraphEmulatorOptions? options = null, CancellationToken cancellationToken = default)
    {
        options ??= new GraphEmulatorOptions();
        options.Validate();

        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();

        // Where it listens comes from the options alone: a Kestrel section in appsettings.json or in the
        // environment (Kestrel__Endpoints__…) would otherwise open it beyond loopback, past the check above;
        // and each URL is bound to its addresses by us, never by name (Kestrel binds a name it does not
        // know as localhost to every address, [::], even a name that is loopback to Uri, such as 'loopback').
        builder.WebHost.ConfigureKestrel(kestrel =>
        {
            kestrel.Configure(new ConfigurationBuilder().Build());

            // A file put whole in one request may be up to 250 MB (driveitem-put-content), not Kestrel's default of 30 MB.
            kestrel.Limits.MaxRequestBodySize = 250L * 1024 * 1024;
            foreach (var url in options.Urls)
            {
                Listening.Bind(kestrel, new Uri(url));
            }
        });
        var app = builder.Build();

        // DNS rebinding: a web page can point a name of its own at 127.0.0.1 and call the emulator from a
        // browser; the Host it sends then names the page's server, which is refused before anything is read.
        var hosts = new Listening.Hosts(options.Urls, options.AllowNonLoopback);
        app.Use(async (HttpContext http, RequestDelegate next) =>
        {
            if (hosts.Allows(http.Request.Host))
            {
                await next(http);
                return;
            }

            await HttpEndpoint.WriteAsync(http, GraphErrors.Error(
                421, "misdirectedRequest", "The request's Host header does not name this emulator: it answers to localhost, 127.0.0.1, [::1] and the host of each URL it listens on.", options.TimeProvider.GetUtcNow()));
        });

        var state = new EmulatorState(options.TimeProvider);
        var faults = new EmulatorFaults();
        var requests = new EmulatorRequests();
        faults.ExpireDeltaTokensRequested = () =>
        {
            lock (state.Gate)
            {
                foreach (var list in state.Sites.SelectMany(s => s.Lists.Values))
                {
                    list.ExpireDeltaTokens();
                }
            }
        };
        var pipeline = new RequestPipeline(state, faults, requests, new EmulatorOptionsView(options.ItemPageSize, options.DeltaPageSize, options.Variant));
        app.Map("/v1.0/{**path}", (HttpContext http) => HttpEndpoint.HandleAsync(http, pipeline));
        app.Map("/v1.0", (HttpContext http) => HttpEndpoint.HandleAsync(http, pipeline));

        // SharePoint's REST API, under each site's path (/sites/recovery/_api/…), for what Graph v1.0 lacks.
        app.Map("/{**path}", (HttpContext http) => HttpEndpoint.HandleSharePointAsync(http, pipeline));

        foreach (var site in options.Sites)
        {
            var (host, path) = SiteAddress.Parse(site);
            state.AddSite(host, path);
        }

        await app.StartAsync(cancellationToken);
        var addresses = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses;
        if (!options.AllowNonLoopback && addresses.FirstOrDefault(a => !GraphEmulatorOptions.IsLoopback(new Uri(a))) is { } beyond)
        {
            await app.StopAsync(cancellationToken);
            await app.DisposeAsync();
            throw new ArgumentException($"The emulator was made to listen on '{beyond}', which is not a loopback address; it listens beyond this machine only when asked to (AllowNonLoopback).", nameof(options));
        }

        return new GraphEmulator(app, state, faults, requests);
    }

    /// <summary>Adds a site (nothing happens if it is there already).</summary>
    /// <param name="address">The site, as <c>host/sites/name</c>.</param>
    /// <returns>The site's id, <c>host,{guid},{guid}</c>.</returns>
    public string AddSite(string address)
    {
        var (host, path) = SiteAddress.Parse(address);
        lock (_state.Gate)
        {
            return _state.AddSite(host, path).Id;
        }
    }

    /// <summary>
    /// Sets a field of an item past SharePoint's checks, as a hand edit made before a column's type was
    /// changed would leave it (text in a number column, say): a change delta reports, by the application.
    /// For tests of data the adapter must report and skip.
    /// </summary>
    /// <param name="siteId">The site's id.</param>
    /// <param name="list">The list's id or display name.</param>
    /// <param name="itemId">The item's id.</param>
    /// <param name="field">The field's name.</param>
    /// <param name="value">The value, of any JSON type; null removes the field.</param>
    internal void SetFieldUnchecked(string siteId, string list, string itemId, string field, System.Text.Json.Nodes.JsonNode? value)
    {
        lock (_state.Gate)
        {
            var target = _state.FindById(siteId)?.FindList(list) ?? throw new ArgumentException($"No list '{list}' on site '{siteId}'.", nameof(list));
            var item = target.Items[int.Parse(itemId, System.Globalization.CultureInfo.InvariantCulture)];
            item.Fields[field] = value;
            item.Modified = _state.Time.GetUtcNow();
            item.AddVersion(item.ModifiedBy, item.Modified, contentChanged: false);
            item.Seq = target.NextChange();
        }
    }

    /// <summary>
    /// Gives a document a name past SharePoint's checks (which refuse <c>/</c>, <c>\</c> and the like), as a
    /// hostile or broken server could: for tests that a client never lets a server's name choose a local path.
    /// </summary>
    /// <param name="siteId">The site's id.</param>
    /// <param name="list">The library's id or display name.</param>
    /// <param name="itemId">The document's list item id.</param>
    /// <param name="fileName">The name, as the server will give it.</param>
    internal void RenameFileUnchecked(string siteId, string list, string itemId, string fileName)
    {
        lock (_state.Gate)
        {
            var target = _state.FindById(siteId)?.FindList(list) ?? throw new ArgumentException($"No list '{list}' on site '{siteId}'.", nameof(list));
            var item = target.Items[int.Parse(itemId, System.Globalization.CultureInfo.InvariantCulture)];
            item.FileName = fileName;
            item.Seq = target.NextChange();
        }
    }

    /// <summary>Waits until the emulator stops, as when the host is shut down with Ctrl+C.</summary>
    /// <param name="cancellationToken">Stops waiting.</param>
    public Task WaitForShutdownAsync(CancellationToken cancellationToken = default) => _app.WaitForShutdownAsync(cancellationToken);

    /// <summary>Stops listening and lets go of the state.</summary>
    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
    }
}
