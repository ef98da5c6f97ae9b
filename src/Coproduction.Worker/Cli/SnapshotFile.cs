using Coproduction.Model;
using Coproduction.Snapshots;

namespace Coproduction.Worker.Cli;

/// <summary>Reads a course snapshot from a file, turning every problem into a message that names the file.</summary>
internal static class SnapshotFile
{
    /// <summary>Far above any real course (a course of 20,000 activities is a few megabytes), low enough to refuse a runaway file at once.</summary>
    public const long MaximumBytes = 64L * 1024 * 1024;

    public static async Task<CourseSnapshot> ReadAsync(FileInfo file, CancellationToken cancellationToken)
    {
        byte[] bytes;
        try
        {
            if (file.Exists && file.Length > MaximumBytes)
            {
                throw new InputException($"{file.FullName}: the file is {file.Length / (1024 * 1024)} MiB; a snapshot may be at most {MaximumBytes / (1024 * 1024)} MiB");
            }

            bytes = await ReadCappedAsync(file, cancellationToken);
        }
        catch (Exception ex) when (ex is FileNotFoundException or DirectoryNotFoundException)
        {
            throw new InputException($"{file.FullName}: no such file", ex);
        }
        catch (Exception ex) when (ex is UnauthorizedAccessException or IOException)
        {
            throw new InputException($"{file.FullName}: cannot be read: {ex.Message}", ex);
        }

        try
        {
            return SnapshotSerializer.Deserialize(bytes);
        }
        catch (SnapshotFormatException ex)
        {
            throw new InputException($"{file.FullName}: {ex.Message}", ex);
        }
    }

    /// <summary>
    /// Reads at most <see cref="MaximumBytes"/>, whatever the file says its length is: a device, a pipe
    /// or /proc file says 0 (/dev/zero never ends), and a file may grow while it is read.
    /// </summary>
    private static async Task<byte[]> ReadCappedAsync(FileInfo file, CancellationToken cancellationToken)
    {
        await using var stream = new FileStream(file.FullName, FileMode.Open, FileAccess.Read, FileShare.ReadWrite, bufferSize: 1, FileOptions.SequentialScan);
        using var bytes = new MemoryStream();
        var buffer = new byte[81920];
        while (true)
        {
            var read = await stream.ReadAsync(buffer.AsMemory(0, (int)Math.Min(buffer.Length, MaximumBytes + 1 - bytes.Length)), cancellationToken);
            if (read == 0)
            {
                return bytes.ToArray();
            }

            bytes.Write(buffer, 0, read);
            if (bytes.Length > MaximumBytes)
            {
                throw new InputException($"{file.FullName}: more than {MaximumBytes / (1024 * 1024)} MiB was read before its end; a snapshot may be at most {MaximumBytes / (1024 * 1024)} MiB");
            }
        }
    }
}
