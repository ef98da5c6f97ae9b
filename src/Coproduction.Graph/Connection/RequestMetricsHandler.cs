using System.Diagnostics.Metrics;
using System.Net;

namespace Coproduction.Graph.Connection;

/// <summary>
/// Counts the requests sent to Graph and the answers that throttled them (429, 503), on the meter
/// <c>Coproduction.Graph</c>, so that OpenTelemetry or dotnet-counters can watch what the adapter costs.
/// Requests inside a <c>$batch</c> are counted with it, once.
/// </summary>
internal sealed class RequestMetricsHandler : DelegatingHandler
{
    public const string MeterName = "Coproduction.Graph";

    private static readonly Meter Meter = new(MeterName);
    private static readonly Counter<long> Requests = Meter.CreateCounter<long>("coproduction.graph.requests", description: "Requests sent to Microsoft Graph (retries included)");
    private static readonly Counter<long> Throttled = Meter.CreateCounter<long>("coproduction.graph.throttled", description: "Requests Microsoft Graph answered with 429 or 503");

    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        Requests.Add(1);
        var response = await base.SendAsync(request, cancellationToken);
        if (response.StatusCode is HttpStatusCode.TooManyRequests or HttpStatusCode.ServiceUnavailable)
        {
            Throttled.Add(1);
        }

        return response;
    }
}
