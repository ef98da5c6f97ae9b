namespace Coproduction.Worker.Hosting;

/// <summary>The demo's clock: it stands at a moment of the sample courses' spring and moves when told, so that the demo shows the same every time.</summary>
internal sealed class DemoClock(DateTimeOffset start) : TimeProvider
{
    private DateTimeOffset _now = start;

    public override DateTimeOffset GetUtcNow() => _now;

    public void Advance(TimeSpan by) => _now += by;
}
