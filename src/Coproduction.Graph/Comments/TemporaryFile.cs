namespace Coproduction.Graph.Comments;

/// <summary>
/// A file in the temporary folder for one download: readable and writable by this user only, and
/// unlinked at once where the system allows (the open handle keeps it), so that even a process that
/// dies leaves no copy of a document behind; on Windows, deleted when closed.
/// </summary>
internal static class TemporaryFile
{
    public static FileStream Create()
    {
        var path = Path.Combine(Path.GetTempPath(), $"coproduction-{Guid.NewGuid():N}.tmp");
        var create = new FileStreamOptions
        {
            Mode = FileMode.CreateNew, Access = FileAccess.ReadWrite, Share = FileShare.None, BufferSize = 81920,
            Options = FileOptions.DeleteOnClose,
        };
        if (OperatingSystem.IsWindows())
        {
            return new FileStream(path, create);
        }

        create.UnixCreateMode = UnixFileMode.UserRead | UnixFileMode.UserWrite;
        var file = new FileStream(path, create);
        try
        {
            File.Delete(path);
            return file;
        }
        catch
        {
            file.Dispose();
            throw;
        }
    }
}
