namespace Coproduction.Graph.Comments;

/// <summary>
/// A read-only view of a part's decompressed content that stops with
/// <see cref="DocumentReadProblem.ExpandsTooFar"/> once more bytes come out than the part's zip entry
/// declared (the declared sizes are what <see cref="PackageSurvey"/> held to the limits). .NET's
/// ZipArchive already stops inflating at the declared size (a part lying about it reads truncated, so
/// its XML breaks and the document is <see cref="DocumentReadProblem.Corrupt"/>); this is the second
/// fence, for whatever reads the entry another way.
/// </summary>
internal sealed class BoundedReadStream(Stream inner, long limit) : Stream
{
    private long _read;

    public override bool CanRead => true;
    public override bool CanSeek => false;
    public override bool CanWrite => false;
    public override long Length => throw new NotSupportedException();

    public override long Position
    {
        get => _read;
        set => throw new NotSupportedException();
    }

    public override int Read(byte[] buffer, int offset, int count) => Read(buffer.AsSpan(offset, count));

    public override int Read(Span<byte> buffer)
    {
        var read = inner.Read(buffer);
        _read += read;
        return _read > limit ? throw new UnreadableDocumentException(DocumentReadProblem.ExpandsTooFar) : read;
    }

    public override void Flush()
    {
    }

    public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();
    public override void SetLength(long value) => throw new NotSupportedException();
    public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();

    protected override void Dispose(bool disposing)
    {
        if (disposing)
        {
            inner.Dispose();
        }
        base.Dispose(disposing);
    }
}
