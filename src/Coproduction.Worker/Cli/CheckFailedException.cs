namespace Coproduction.Worker.Cli;

/// <summary>A site check found something that stops the worker: what it found is already written out; the exit code says so.</summary>
internal sealed class CheckFailedException() : Exception("the worker cannot do its job on every site checked (see above)");
