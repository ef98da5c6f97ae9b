using BenchmarkDotNet.Attributes;
using Coproduction.Graph.Comments;

namespace Coproduction.Benchmarks;

/// <summary>
/// Reading a Word document's comments as the worker does, from a temporary file: 1,000 comments beside a
/// 20 MB body (the body is never read, so its size should not show in time or memory), and a document
/// with no comments.
/// </summary>
[MemoryDiagnoser]
[SimpleJob(warmupCount: 3, iterationCount: 10)]
public class CommentReadingBenchmarks
{
    private readonly OfficeCommentReader _reader = new(new CommentReadingOptions());
    private string _withComments = "";
    private string _withoutComments = "";

    [GlobalSetup]
    public void Setup()
    {
        _withComments = Path.Combine(Path.GetTempPath(), "coproduction-bench-1000-comments.docx");
        _withoutComments = Path.Combine(Path.GetTempPath(), "coproduction-bench-no-comments.docx");
        CommentDocuments.Write(_withComments, comments: 1_000, bodyBytes: 20L * 1024 * 1024);
        CommentDocuments.Write(_withoutComments, comments: 0, bodyBytes: 64 * 1024);
    }

    [GlobalCleanup]
    public void Cleanup()
    {
        File.Delete(_withComments);
        File.Delete(_withoutComments);
    }

    [Benchmark]
    public int ThousandCommentsBeside20MBBody() => Read(_withComments);

    [Benchmark]
    public int NoComments() => Read(_withoutComments);

    private int Read(string path)
    {
        using var content = File.OpenRead(path);
        var result = _reader.Read(content, "outline.docx");
        return result.Problem == DocumentReadProblem.None ? result.Comments.Count : throw new InvalidOperationException(result.Problem.ToString());
    }
}
