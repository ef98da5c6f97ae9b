using System.Diagnostics.Metrics;
using Coproduction.Emulator.Control;

namespace Coproduction.Graph.Connection;

public sealed class RequestMetricsTests : EmulatedSite
{
    [Fact]
    public async Task Requests_AndThrottledAnswers_AreMeasured()
    {
        var counts = new Dictionary<string, long>();
        using var listener = new MeterListener();
        listener.InstrumentPublished = (instrument, l) =>
        {
            if (instrument.Meter.Name == RequestMetricsHandler.MeterName)
            {
                l.EnableMeasurementEvents(instrument);
            }
        };
        listener.SetMeasurementEventCallback<long>((instrument, value, _, _) =>
        {
            lock (counts)
            {
                counts[instrument.Name] = counts.GetValueOrDefault(instrument.Name) + value;
            }
        });
        listener.Start();
        Emulator.Faults.Add(new ScriptedFault { PathContains = "/lists", Status = 429, RetryAfter = "0" });

        await Graph.FindListsAsync(SiteUrl);

        // Other tests run in parallel and share the meter: at least this test's requests are there.
        counts.GetValueOrDefault("coproduction.graph.requests").ShouldBeGreaterThanOrEqualTo(3, "the site, the throttled lists and its retry");
        counts.GetValueOrDefault("coproduction.graph.throttled").ShouldBeGreaterThanOrEqualTo(1);
    }
}
