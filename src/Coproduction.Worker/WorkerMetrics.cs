using System.Diagnostics.Metrics;

namespace Coproduction.Worker;

/// <summary>The worker's measurements, for OpenTelemetry or dotnet-counters (meter <c>Coproduction.Worker</c>).</summary>
internal sealed class WorkerMetrics : IDisposable
{
    public const string MeterName = "Coproduction.Worker";

    private readonly Meter _meter = new(MeterName);

    public WorkerMetrics()
    {
        ChangesRead = _meter.CreateCounter<long>("coproduction.changes.read", description: "List item changes read through delta");
        CoursesAssessed = _meter.CreateCounter<long>("coproduction.courses.assessed", description: "Courses assessed");
        ItemsWritten = _meter.CreateCounter<long>("coproduction.items.written", description: "Items written back to sites");
        FlagsRaised = _meter.CreateCounter<long>("coproduction.flags.raised", description: "Flags raised or reopened");
        FlagsResolved = _meter.CreateCounter<long>("coproduction.flags.resolved", description: "Flags resolved");
        PassesFailed = _meter.CreateCounter<long>("coproduction.passes.failed", description: "Passes over a site that failed and will be tried again");
        CoursesFailed = _meter.CreateCounter<long>("coproduction.courses.failed", description: "Courses whose assessment or writes failed alone, tried again later");
        CoursesWaited = _meter.CreateCounter<long>("coproduction.courses.waited", description: "Courses due but not assessed because their site's materials library could not be read, each keeping its last assessment");
    }

    public Counter<long> ChangesRead { get; }

    public Counter<long> CoursesAssessed { get; }

    public Counter<long> ItemsWritten { get; }

    public Counter<long> FlagsRaised { get; }

    public Counter<long> FlagsResolved { get; }

    public Counter<long> PassesFailed { get; }

    public Counter<long> CoursesFailed { get; }

    public Counter<long> CoursesWaited { get; }

    public void Dispose() => _meter.Dispose();
}
