namespace Coproduction.Worker.Cli;

/// <summary>What the <c>coproduction</c> program's exit code means.</summary>
internal static class ExitCodes
{
    /// <summary>The command did what was asked.</summary>
    public const int Success = 0;

    /// <summary>Something unexpected went wrong: a fault in the program or its surroundings.</summary>
    public const int Unexpected = 1;

    /// <summary>The input was wrong: an invalid document, a missing file, or a bad option. Nothing was written.</summary>
    public const int InvalidInput = 2;

    /// <summary>A site check found something that stops the worker doing its job there (<c>coproduction check</c>).</summary>
    public const int CheckFailed = 3;

    /// <summary>The worker stopped for a fault of its host (signing in, the state file), tried again and not mended: for a service manager to restart it.</summary>
    public const int HostFault = 4;
}
