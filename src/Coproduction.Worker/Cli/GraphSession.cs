using Coproduction.Graph;
using Coproduction.Graph.Connection;
using Coproduction.Worker.Commands;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace Coproduction.Worker.Cli;

/// <summary>
/// A Graph client for one command, built from the same configuration as <c>run</c> (appsettings.json,
/// environment variables, systemd's credentials; <c>--graph-url</c> wins) and validated the same way,
/// with the configuration's mistakes and Graph's refusals turned into input problems (exit 2) that name
/// the setting or what Graph said.
/// </summary>
internal sealed class GraphSession : IDisposable
{
    private readonly IHost _host;

    private GraphSession(IHost host, CoproductionGraphClient graph)
    {
        _host = host;
        Graph = graph;
    }

    public CoproductionGraphClient Graph { get; }

    /// <summary>Opens a session; <paramref name="graphUrl"/>, when given, replaces the configured Graph URL.</summary>
    public static GraphSession Open(string? graphUrl, TimeProvider time)
    {
        var overrides = new Dictionary<string, string?>(StringComparer.Ordinal);
        if (graphUrl is not null)
        {
            overrides[$"{CoproductionGraphOptions.Section}:{nameof(CoproductionGraphOptions.GraphUrl)}"] = graphUrl;
        }

        // A one-off command says what it did on standard output; the log (standard error) only warns, unless configured otherwise.
        var host = RunCommand.Build(overrides, time, service: false, logging => logging.SetMinimumLevel(LogLevel.Warning));
        try
        {
            return new GraphSession(host, Configured.Get<CoproductionGraphClient>(host.Services));
        }
        catch
        {
            host.Dispose();
            throw;
        }
    }

    public void Dispose() => _host.Dispose();

    public static async Task<T> RunAsync<T>(Func<Task<T>> work)
    {
        try
        {
            return await work();
        }
        catch (ArgumentException ex) when (ex.ParamName == "siteUrl")
        {
            throw new InputException($"--site: {ex.Message.Split(" (Parameter", 2)[0]}", ex);
        }
        catch (CoproductionGraphException ex) when (ex.Status is null or 400 or 401 or 403 or 404)
        {
            throw new InputException(ex.Message, ex);
        }
    }
}
