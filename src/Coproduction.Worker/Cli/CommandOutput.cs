namespace Coproduction.Worker.Cli;

/// <summary>
/// Where a command's result goes: standard output, or a file written whole or not at all (a
/// temporary file beside it, then renamed over it), so a failure never leaves half a file.
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

        var temporary = Path.Combine(directory.FullName, $".{file.Name}.{Guid.NewGuid():N}.tmp");
        try
        {
            await File.WriteAllTextAsync(temporary, text, cancellationToken);
            File.Move(temporary, file.FullName, overwrite: true);
        }
        catch (Exception ex) when (ex is UnauthorizedAccessException or IOException)
        {
            throw new InputException($"{file.FullName}: cannot be written: {ex.Message}", ex);
        }
        finally
        {
            File.Delete(temporary);
        }
    }
}
