using System.Buffers.Binary;
using System.IO.Compression;
using System.Text;
using Coproduction.Testing;
using static Coproduction.Graph.Comments.OfficeDocuments;

namespace Coproduction.Graph.Comments;

/// <summary>Files that are damaged, hostile, encrypted, legacy or not what their names say: each a problem, never an exception.</summary>
public sealed class BadInputTests
{
    private static readonly string OneComment =
        $"<w:comments {W}><w:comment w:id=\"0\" w:author=\"Alex Peer\" w:date=\"2026-06-01T10:00:00Z\"><w:p><w:r><w:t>PRIVATE-COMMENT-TEXT {new string('x', 4000)}</w:t></w:r></w:p></w:comment></w:comments>";

    [Theory]
    [InlineData("outline.docx", true)]
    [InlineData("OUTLINE.DOCM", true)]
    [InlineData("slides.pptx", true)]
    [InlineData("slides.pptm", true)]
    [InlineData("register.xlsx", true)]
    [InlineData("register.XLSM", true)]
    [InlineData("old.doc", true)]
    [InlineData("old.ppt", true)]
    [InlineData("old.xls", true)]
    [InlineData("leaflet.pdf", false)]
    [InlineData("notes.md", false)]
    [InlineData("photo.png", false)]
    [InlineData("docx", false)]
    public void IsReadable_FileName_SaysWhetherOffice(string fileName, bool readable)
    {
        OfficeCommentReader.IsReadable(fileName).ShouldBe(readable);
    }

    [Fact]
    public void Read_NotAnOfficeName_IsNothingToRead()
    {
        Fixtures.Read(Encoding.ASCII.GetBytes("%PDF-1.7"), "leaflet.pdf").ShouldBe(DocumentComments.None);
    }

    [Fact]
    public void Read_TruncatedZip_IsCorrupt()
    {
        var whole = Fixtures.Bytes("comments.docx");

        Fixtures.Read(whole[..(whole.Length / 2)], "outline.docx").Problem.ShouldBe(DocumentReadProblem.Corrupt);
    }

    [Fact]
    public void Read_ZipSignatureThenGarbage_IsCorrupt()
    {
        var garbage = new byte[4096];
        new Random(7).NextBytes(garbage);
        "PK\u0003\u0004"u8.CopyTo(garbage);

        Fixtures.Read(garbage, "outline.docx").Problem.ShouldBe(DocumentReadProblem.Corrupt);
    }

    [Fact]
    public void Read_EmptyFile_IsCorrupt()
    {
        Fixtures.Read([], "outline.docx").Problem.ShouldBe(DocumentReadProblem.Corrupt);
    }

    [Theory]
    [InlineData("%PDF-1.7\n%âãÏÓ\n1 0 obj")]
    [InlineData("Session one: what recovery means to us.")]
    public void Read_NotAPackageNamedDocx_IsNotWhatItsNameSays(string content)
    {
        Fixtures.Read(Encoding.UTF8.GetBytes(content), "outline.docx").Problem.ShouldBe(DocumentReadProblem.NotWhatItsNameSays);
    }

    [Fact]
    public void Read_PresentationNamedDocx_IsNotWhatItsNameSays()
    {
        Fixtures.Read(Fixtures.Bytes("comments.pptx"), "outline.docx").Problem.ShouldBe(DocumentReadProblem.NotWhatItsNameSays);
    }

    [Fact]
    public void Read_ZipThatIsNoPackage_IsNotWhatItsNameSays()
    {
        Fixtures.Read(Zip(("notes.txt", "PRIVATE-COMMENT-TEXT")), "outline.docx").Problem.ShouldBe(DocumentReadProblem.NotWhatItsNameSays);
    }

    [Fact]
    public void Read_OpenDocumentNamedDocx_IsNotWhatItsNameSays()
    {
        var odt = Zip(("mimetype", "application/vnd.oasis.opendocument.text"), ("content.xml", "<office:document-content/>"));

        Fixtures.Read(odt, "outline.docx").Problem.ShouldBe(DocumentReadProblem.NotWhatItsNameSays);
    }

    [Theory]
    [InlineData("EncryptedPackage", "\u0006DataSpaces", "outline.docx")]
    [InlineData("EncryptedPackage", null, "slides.pptx")]
    [InlineData("\u0006DataSpaces", null, "register.xlsx")]
    [InlineData("\u0006DataSpaces", "WordDocument", "old.doc")]
    public void Read_CompoundFileWithEncryption_IsEncrypted(string stream, string? other, string fileName)
    {
        var file = other is null ? CompoundFiles.Naming(stream) : CompoundFiles.Naming(stream, other);

        Fixtures.Read(file, fileName).Problem.ShouldBe(DocumentReadProblem.Encrypted);
    }

    [Theory]
    [InlineData("WordDocument", "old.doc")]
    [InlineData("PowerPoint Document", "old.ppt")]
    [InlineData("Workbook", "old.xls")]
    [InlineData("WordDocument", "renamed.docx")]
    public void Read_LegacyCompoundFile_IsLegacyFormat(string stream, string fileName)
    {
        Fixtures.Read(CompoundFiles.Naming(stream, "\u0005SummaryInformation"), fileName).Problem.ShouldBe(DocumentReadProblem.LegacyFormat);
    }

    [Fact]
    public void Read_OtherCompoundFileNamedDocx_IsNotWhatItsNameSays()
    {
        // An Outlook message, say: a compound file of no Office document.
        Fixtures.Read(CompoundFiles.Naming("__properties_version1.0"), "outline.docx").Problem.ShouldBe(DocumentReadProblem.NotWhatItsNameSays);
    }

    [Fact]
    public void Read_DamagedCompoundFile_IsCorrupt()
    {
        var file = CompoundFiles.Naming("EncryptedPackage")[..700];

        Fixtures.Read(file, "outline.docx").Problem.ShouldBe(DocumentReadProblem.Corrupt);
    }

    [Fact]
    public void Read_ZipBomb_ExpandsTooFarBeforeAnythingIsDecompressed()
    {
        // 200 MB of zeros compresses to about 200 KB: a ratio of about 1,000, past the 100 allowed.
        var path = Path.GetTempFileName();
        try
        {
            using (var file = File.Create(path))
            using (var zip = new ZipArchive(file, ZipArchiveMode.Create))
            {
                using (var types = zip.CreateEntry("[Content_Types].xml").Open())
                {
                    types.Write("<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\"/>"u8);
                }
                using var bomb = zip.CreateEntry("word/document.xml", CompressionLevel.SmallestSize).Open();
                var zeros = new byte[1024 * 1024];
                for (var i = 0; i < 200; i++)
                {
                    bomb.Write(zeros);
                }
            }
            new FileInfo(path).Length.ShouldBeLessThan(1024 * 1024);

            using var content = File.OpenRead(path);
            new OfficeCommentReader(new CommentReadingOptions()).Read(content, "outline.docx").Problem.ShouldBe(DocumentReadProblem.ExpandsTooFar);
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Fact]
    public void Read_MorePartsThanTheLimit_ExpandsTooFar()
    {
        // comments.docx has ten parts.
        Fixtures.Read("comments.docx", new CommentReadingOptions { MaxParts = 9 }).Problem.ShouldBe(DocumentReadProblem.ExpandsTooFar);
        Fixtures.Read("comments.docx", new CommentReadingOptions { MaxParts = 10 }).Problem.ShouldBe(DocumentReadProblem.None);
    }

    [Fact]
    public void Read_TenThousandAndOneParts_ExpandsTooFar()
    {
        var entries = Enumerable.Range(0, 10_001).Select(i => ($"part{i}.xml", "<a/>")).ToArray();

        Fixtures.Read(Zip(entries), "outline.docx").Problem.ShouldBe(DocumentReadProblem.ExpandsTooFar);
    }

    [Fact]
    public void Read_PartsTogetherPastTheLimit_ExpandsTooFar()
    {
        Fixtures.Read("comments.docx", new CommentReadingOptions { MaxExpandedBytes = 10_000 }).Problem.ShouldBe(DocumentReadProblem.ExpandsTooFar);
    }

    [Fact]
    public void Read_PartPastTheRatio_ExpandsTooFar()
    {
        // The comment's 4,000 x compress far past a ratio of 2 once no part counts as small.
        var document = Word(OneComment);

        Fixtures.Read(document, "a.docx", new CommentReadingOptions { SmallPartBytes = 0, MaxExpansionRatio = 2 })
            .Problem.ShouldBe(DocumentReadProblem.ExpandsTooFar);
        Fixtures.Read(document, "a.docx").Problem.ShouldBe(DocumentReadProblem.None);
    }

    [Fact]
    public void Read_PartLyingAboutItsSize_IsCorrupt()
    {
        // The zip's headers say comments.xml expands to 100 bytes; it expands to 4 KB. .NET's ZipArchive stops
        // inflating at the declared size, so the part reads truncated and its XML breaks: nothing past the
        // declared size (which the limits held) is ever produced.
        var document = WithDeclaredLength(Word(OneComment), "word/comments.xml", 100);

        Fixtures.Read(document, "a.docx").Problem.ShouldBe(DocumentReadProblem.Corrupt);
    }

    [Fact]
    public void BoundedReadStream_MoreThanItsLimit_ExpandsTooFar()
    {
        using var stream = new BoundedReadStream(new MemoryStream(new byte[100]), 99);
        var buffer = new byte[64];

        stream.Read(buffer).ShouldBe(64);
        Should.Throw<UnreadableDocumentException>(() => stream.Read(buffer)).Problem.ShouldBe(DocumentReadProblem.ExpandsTooFar);
    }

    [Fact]
    public void Read_StreamThatCannotSeek_Throws()
    {
        using var stream = new UnseekableStream(Fixtures.Bytes("comments.docx"));

        Should.Throw<ArgumentException>(() => new OfficeCommentReader(new CommentReadingOptions()).Read(stream, "outline.docx"));
    }

    [Fact]
    public void Read_Cancelled_Throws()
    {
        using var stream = new MemoryStream(Fixtures.Bytes("comments.docx"));

        Should.Throw<OperationCanceledException>(() =>
            new OfficeCommentReader(new CommentReadingOptions()).Read(stream, "outline.docx", new CancellationToken(canceled: true)));
    }

    [Fact]
    public void Read_Document_LeavesTheStreamOpen()
    {
        using var stream = new MemoryStream(Fixtures.Bytes("comments.docx"));

        new OfficeCommentReader(new CommentReadingOptions()).Read(stream, "outline.docx").Comments.Count.ShouldBe(4);
        stream.CanRead.ShouldBeTrue();
    }

    /// <summary>Rewrites the uncompressed size an entry's local and central headers declare.</summary>
    private static byte[] WithDeclaredLength(byte[] zip, string entry, uint length)
    {
        var name = Encoding.ASCII.GetBytes(entry);
        for (var at = 0; at < zip.Length - 46; at++)
        {
            if (BinaryPrimitives.ReadUInt32LittleEndian(zip.AsSpan(at)) == 0x02014B50
                && zip.AsSpan(at + 46, BinaryPrimitives.ReadUInt16LittleEndian(zip.AsSpan(at + 28))).SequenceEqual(name))
            {
                BinaryPrimitives.WriteUInt32LittleEndian(zip.AsSpan(at + 24), length);
                var local = (int)BinaryPrimitives.ReadUInt32LittleEndian(zip.AsSpan(at + 42));
                BinaryPrimitives.WriteUInt32LittleEndian(zip.AsSpan(local + 22), length);
                return zip;
            }
        }
        throw new InvalidOperationException($"No entry {entry}.");
    }

    private sealed class UnseekableStream(byte[] content) : MemoryStream(content)
    {
        public override bool CanSeek => false;
    }
}
