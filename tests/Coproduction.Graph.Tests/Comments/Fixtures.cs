namespace Coproduction.Graph.Comments;

/// <summary>The documents LibreOffice made (Fixtures/README.md), and reading a document with the reader.</summary>
internal static class Fixtures
{
    public static byte[] Bytes(string name) => File.ReadAllBytes(Path.Combine(AppContext.BaseDirectory, "Comments", "Fixtures", name));

    public static DocumentComments Read(byte[] content, string fileName, CommentReadingOptions? options = null)
    {
        using var stream = new MemoryStream(content, writable: false);
        return new OfficeCommentReader(options ?? new CommentReadingOptions()).Read(stream, fileName);
    }

    public static DocumentComments Read(string fixture, CommentReadingOptions? options = null) => Read(Bytes(fixture), fixture, options);

    public static DateTimeOffset Utc(int year, int month, int day, int hour, int minute) => new(year, month, day, hour, minute, 0, TimeSpan.Zero);
}
