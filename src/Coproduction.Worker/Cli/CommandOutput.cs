namespace Coproduction.Worker.Cli;

/// <summary>
/// Where a command's result goes: standard output, or a file written whole or not at all (a
/// temporary file beside it, then renamed over it), so a failure never leaves half a file. The file is
/// readable by its owner only (<see cref="OwnerOnlyFile"/>): a snapshot or a report holds names.
/// </summary>
internal static class CommandOutput
{
    public static async Task WriteAsync(string text, FileInfo? file, TextWriter standardOutput, CancellationToken cancellationToken)
    {
        if (file is null)
        {
            await standardOutput.WriteAsync(text.AsMemory(), cancellationToken);
            await standardOutput.FlushAsync(cancellationToken);
            return;
        }

        var directory = file.Directory ?? throw new InputException($"{file.FullName}: not a path to a file");
        if (!directory.Exists)
        {
            throw new InputException($"{file.FullName}: the folder {directory.FullName} does not exist");
        }

        try
        {
            await OwnerOnlyFile.WriteAsync(file.FullName, new System.Text.UTF8Encoding(false).GetBytes(text), cancellationToken);
        }
        catch (Exception ex) when (ex is UnauthorizedAccessException or IOException)
        {
            throw new InputException($"{file.FullName}: cannot be written: {ex.Message}", ex);
        }
    }
}
