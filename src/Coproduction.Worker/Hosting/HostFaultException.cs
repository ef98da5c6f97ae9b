namespace Coproduction.Worker.Hosting;

/// <summary>
/// A fault of the host met during a pass (signing in, the state file): no site's pass can go on, so
/// it is not caught as one site's failure. Its message is safe to log; the fault itself is kept, unlogged, as the inner exception.
/// </summary>
internal sealed class HostFaultException(Exception fault) : Exception(Failures.HostFaultKind(fault), fault);
