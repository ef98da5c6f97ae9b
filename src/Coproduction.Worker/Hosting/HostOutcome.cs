namespace Coproduction.Worker.Hosting;

/// <summary>
/// How the worker's service ended, for the program's exit code: a host that stopped for a fault exits
/// non-zero, so that a service manager (systemd's <c>Restart=on-failure</c>) starts it again.
/// </summary>
internal sealed class HostOutcome
{
    /// <summary>Why the service stopped itself, in words safe to show; null when it was asked to stop.</summary>
    public string? Fault { get; private set; }

    public void Failed(string fault) => Fault ??= fault;
}
