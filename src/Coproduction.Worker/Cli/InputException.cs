namespace Coproduction.Worker.Cli;

/// <summary>Input the user can fix: the message names what is wrong and where. Exits with <see cref="ExitCodes.InvalidInput"/>.</summary>
internal sealed class InputException(string message, Exception? innerException = null) : Exception(message, innerException);
