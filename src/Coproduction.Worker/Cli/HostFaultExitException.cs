namespace Coproduction.Worker.Cli;

/// <summary>The worker stopped for a fault of its host; the message is safe to show. Exits with <see cref="ExitCodes.HostFault"/>.</summary>
internal sealed class HostFaultExitException(string fault) : Exception($"the worker stopped: {fault}. See the log.");
