namespace Coproduction.Worker.State;

/// <summary>The worker's state file cannot be used as it is; the message says why and what to do.</summary>
internal sealed class StateFileException(string message) : Exception(message);
