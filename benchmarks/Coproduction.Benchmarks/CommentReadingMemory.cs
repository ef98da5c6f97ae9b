using System.Diagnostics;
using Coproduction.Graph.Comments;

namespace Coproduction.Benchmarks;

/// <summary>
/// The peak memory of reading one document's comments, in a process that does nothing else:
/// <c>comment-memory make DIR</c> writes the benchmark's documents, <c>comment-memory read FILE</c> reads
/// one and says the process's peak working set and what the reading allocated, beside the same process
/// having read nothing (<c>comment-memory read none</c>).
/// </summary>
internal static class CommentReadingMemory
{
    public static void Run(string[] args)
    {
        switch (args)
        {
            case ["make", var directory]:
                Directory.CreateDirectory(directory);
                CommentDocuments.Write(Path.Combine(directory, "1000-comments-20mb.docx"), 1_000, 20L * 1024 * 1024);
                CommentDocuments.Write(Path.Combine(directory, "no-comments-20mb.docx"), 0, 20L * 1024 * 1024);
                CommentDocuments.Write(Path.Combine(directory, "1000-comments-small.docx"), 1_000, 64 * 1024);
                break;
            case ["read", var path]:
                var reader = new OfficeCommentReader(new CommentReadingOptions());
                var before = GC.GetTotalAllocatedBytes(precise: true);
                var count = 0;
                if (path != "none")
                {
                    using var content = File.OpenRead(path);
                    count = reader.Read(content, "outline.docx").Comments.Count;
                }
                var allocated = GC.GetTotalAllocatedBytes(precise: true) - before;
                using (var process = Process.GetCurrentProcess())
                {
                    Console.WriteLine($"{Path.GetFileName(path)}: {count} comments, allocated {allocated / 1024.0:N0} KB, "
                        + $"peak working set {process.PeakWorkingSet64 / (1024.0 * 1024):N1} MB");
                }
                break;
            default:
                Console.Error.WriteLine("comment-memory make DIR | comment-memory read FILE|none");
                break;
        }
    }
}
