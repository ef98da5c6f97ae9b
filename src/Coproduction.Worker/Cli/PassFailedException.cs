namespace Coproduction.Worker.Cli;

/// <summary>A pass over a site failed; the log says why. Exits with <see cref="ExitCodes.Unexpected"/>.</summary>
internal sealed class PassFailedException() : Exception("A pass over a site failed; the log says why.");
