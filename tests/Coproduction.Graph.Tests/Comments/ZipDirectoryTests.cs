using System.Buffers.Binary;
using System.Diagnostics;

namespace Coproduction.Graph.Comments;

/// <summary>Zips whose central directory is too large to read: refused from the file's tail, before ZipArchive reads it.</summary>
public sealed class ZipDirectoryTests
{
    [Fact]
    public void Read_SixHundredThousandEmptyEntries_ExpandsTooFarWithLittleMemory()
    {
        // 47 MB, under the 50 MB a document may be; more entries than 65,535, so the count is in zip64's record.
        var zip = ManyEntries(600_000, zip64: true);
        using var content = new MemoryStream(zip, writable: false);
        var reader = new OfficeCommentReader(new CommentReadingOptions());
        var time = Stopwatch.StartNew();
        var before = GC.GetAllocatedBytesForCurrentThread();

        var result = reader.Read(content, "outline.docx");

        var allocated = GC.GetAllocatedBytesForCurrentThread() - before;
        result.Problem.ShouldBe(DocumentReadProblem.ExpandsTooFar);
        allocated.ShouldBeLessThan(16L * 1024 * 1024);
        time.Elapsed.ShouldBeLessThan(TimeSpan.FromSeconds(3));
    }

    [Fact]
    public void Read_EndRecordUnderstatingTheCount_ExpandsTooFar()
    {
        // ZipArchive would read every header there is before it compared them with the 3 declared.
        var zip = ManyEntries(20_000, zip64: false, declared: 3);

        Fixtures.Read(zip, "outline.docx").Problem.ShouldBe(DocumentReadProblem.ExpandsTooFar);
    }

    [Fact]
    public void Read_DirectoryLargerThanTheFile_ExpandsTooFar()
    {
        var zip = Fixtures.Bytes("comments.docx");
        BinaryPrimitives.WriteUInt32LittleEndian(zip.AsSpan(EndRecord(zip) + 12), 0x7FFF_FFFF);

        Fixtures.Read(zip, "outline.docx").Problem.ShouldBe(DocumentReadProblem.ExpandsTooFar);
    }

    [Fact]
    public void Read_NoEndOfCentralDirectory_IsCorrupt()
    {
        var zip = Fixtures.Bytes("comments.docx");
        zip[EndRecord(zip)] = 0;

        Fixtures.Read(zip, "outline.docx").Problem.ShouldBe(DocumentReadProblem.Corrupt);
    }

    private static int EndRecord(byte[] zip)
    {
        for (var at = zip.Length - 22; at >= 0; at--)
        {
            if (BinaryPrimitives.ReadUInt32LittleEndian(zip.AsSpan(at)) == 0x06054b50)
            {
                return at;
            }
        }
        throw new InvalidOperationException("No end record.");
    }

    /// <summary>A stored zip of <paramref name="count"/> empty entries named "a", written byte by byte (ZipArchive takes seconds for as many).</summary>
    private static byte[] ManyEntries(int count, bool zip64, int? declared = null)
    {
        const int local = 31, header = 47;
        var directoryStart = count * local;
        var directorySize = count * header;
        var zip = new byte[directoryStart + directorySize + (zip64 ? 56 + 20 : 0) + 22];
        var span = zip.AsSpan();
        for (var i = 0; i < count; i++)
        {
            var at = i * local;
            BinaryPrimitives.WriteUInt32LittleEndian(span[at..], 0x04034b50);
            BinaryPrimitives.WriteUInt16LittleEndian(span[(at + 4)..], 20);
            BinaryPrimitives.WriteUInt16LittleEndian(span[(at + 26)..], 1);
            zip[at + 30] = (byte)'a';
            var entry = directoryStart + i * header;
            BinaryPrimitives.WriteUInt32LittleEndian(span[entry..], 0x02014b50);
            BinaryPrimitives.WriteUInt16LittleEndian(span[(entry + 4)..], 20);
            BinaryPrimitives.WriteUInt16LittleEndian(span[(entry + 6)..], 20);
            BinaryPrimitives.WriteUInt16LittleEndian(span[(entry + 28)..], 1);
            BinaryPrimitives.WriteUInt32LittleEndian(span[(entry + 42)..], (uint)at);
            zip[entry + 46] = (byte)'a';
        }
        var end = directoryStart + directorySize;
        var entries = (ulong)(declared ?? count);
        if (zip64)
        {
            BinaryPrimitives.WriteUInt32LittleEndian(span[end..], 0x06064b50);
            BinaryPrimitives.WriteUInt64LittleEndian(span[(end + 4)..], 44);
            BinaryPrimitives.WriteUInt16LittleEndian(span[(end + 12)..], 45);
            BinaryPrimitives.WriteUInt16LittleEndian(span[(end + 14)..], 45);
            BinaryPrimitives.WriteUInt64LittleEndian(span[(end + 24)..], entries);
            BinaryPrimitives.WriteUInt64LittleEndian(span[(end + 32)..], entries);
            BinaryPrimitives.WriteUInt64LittleEndian(span[(end + 40)..], (ulong)directorySize);
            BinaryPrimitives.WriteUInt64LittleEndian(span[(end + 48)..], (ulong)directoryStart);
            BinaryPrimitives.WriteUInt32LittleEndian(span[(end + 56)..], 0x07064b50);
            BinaryPrimitives.WriteUInt64LittleEndian(span[(end + 64)..], (ulong)end);
            BinaryPrimitives.WriteUInt32LittleEndian(span[(end + 72)..], 1);
            end += 56 + 20;
        }
        var small = (ushort)Math.Min(entries, ushort.MaxValue);
        BinaryPrimitives.WriteUInt32LittleEndian(span[end..], 0x06054b50);
        BinaryPrimitives.WriteUInt16LittleEndian(span[(end + 8)..], small);
        BinaryPrimitives.WriteUInt16LittleEndian(span[(end + 10)..], small);
        BinaryPrimitives.WriteUInt32LittleEndian(span[(end + 12)..], (uint)directorySize);
        BinaryPrimitives.WriteUInt32LittleEndian(span[(end + 16)..], (uint)directoryStart);
        return zip;
    }
}
