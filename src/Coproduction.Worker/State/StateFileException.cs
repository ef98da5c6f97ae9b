namespace Coproduction.Worker.State;

/// <summary>The worker's state file cannot be used as it is; the message says why and what to do.</summary>
internal sealed class StateFileException : Exception
{
    public StateFileException(string message)
        : base(message)
    {
    }

    public StateFileException(string message, Exception inner)
        : base(message, inner)
    {
    }
}
