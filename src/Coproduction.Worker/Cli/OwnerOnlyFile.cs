namespace Coproduction.Worker.Cli;

/// <summary>
/// Files the command line writes hold what a course holds (names, notes), so they are made readable
/// and writable by their owner only (0600) on Unix, as the state file is; Windows gives a new file the
/// folder's permissions.
/// </summary>
internal static class OwnerOnlyFile
{
    public const UnixFileMode Mode = UnixFileMode.UserRead | UnixFileMode.UserWrite;

    /// <summary>Creates a new file (never opening one that is there) for writing, owner-only.</summary>
    public static FileStream Create(string path)
    {
        var options = new FileStreamOptions { Mode = FileMode.CreateNew, Access = FileAccess.Write, Share = FileShare.None };
        if (!OperatingSystem.IsWindows())
        {
            options.UnixCreateMode = Mode;
        }

        return new FileStream(path, options);
    }

    /// <summary>Writes a file whole or not at all: a temporary, owner-only file beside it, then renamed over it.</summary>
    public static async Task WriteAsync(string path, ReadOnlyMemory<byte> content, CancellationToken cancellationToken)
    {
        var directory = Path.GetDirectoryName(Path.GetFullPath(path))!;
        var temporary = Path.Combine(directory, $".{Path.GetFileName(path)}.{Guid.NewGuid():N}.tmp");
        try
        {
            await using (var stream = Create(temporary))
            {
                await stream.WriteAsync(content, cancellationToken);
            }

            File.Move(temporary, path, overwrite: true);
        }
        finally
        {
            File.Delete(temporary);
        }
    }
}
