using System.Buffers.Binary;

namespace Coproduction.Graph.Comments;

/// <summary>
/// Holds a zip's central directory to <see cref="CommentReadingOptions.MaxParts"/> before a
/// <see cref="System.IO.Compression.ZipArchive"/> is made, which reads the whole directory into an object
/// per entry: a 49 MB zip of 600,000 empty entries cost 325 MB that way before its count was refused.
/// Here what is read is the file's tail and one fixed-size header at a time.
/// </summary>
internal static class ZipDirectory
{
    private const uint EndSignature = 0x06054b50;
    private const uint Zip64LocatorSignature = 0x07064b50;
    private const uint Zip64EndSignature = 0x06064b50;
    private const uint HeaderSignature = 0x02014b50;
    private const int EndLength = 22;
    private const int Zip64LocatorLength = 20;
    private const int HeaderLength = 46;
    // The most one central directory header can be: its fixed part, and a name, an extra field and a comment of
    // 65,535 bytes each. A directory larger than MaxParts of those cannot be of MaxParts entries.
    private const long MostHeaderBytes = HeaderLength + 3L * ushort.MaxValue;

    /// <summary>
    /// Throws <see cref="UnreadableDocumentException"/>: <see cref="DocumentReadProblem.ExpandsTooFar"/> for more
    /// entries than allowed, declared or found, or a directory larger than the file or than that many entries
    /// can be; <see cref="DocumentReadProblem.Corrupt"/> for a zip with no end of central directory.
    /// </summary>
    public static void Check(Stream content, int maxParts)
    {
        var (entries, size, offsets) = ReadEnd(content);
        if (entries > (ulong)maxParts || size > (ulong)content.Length || size > (ulong)(maxParts * MostHeaderBytes))
        {
            throw new UnreadableDocumentException(DocumentReadProblem.ExpandsTooFar);
        }
        // ZipArchive reads headers from the directory's start for as long as they follow one another, whatever
        // the end record declared, and compares the count only after: a lying count is caught by counting too,
        // from either start the file declares (ZipArchive takes the zip64 one only when the other is masked).
        if (offsets.Any(offset => CountHeaders(content, offset, maxParts + 1) > maxParts))
        {
            throw new UnreadableDocumentException(DocumentReadProblem.ExpandsTooFar);
        }
    }

    private static (ulong Entries, ulong Size, ulong[] Offsets) ReadEnd(Stream content)
    {
        // The end record is the last thing in a zip but for its comment, of at most 65,535 bytes.
        var tailLength = (int)Math.Min(content.Length, EndLength + ushort.MaxValue);
        var tail = new byte[tailLength];
        content.Position = content.Length - tailLength;
        content.ReadExactly(tail);
        for (var at = tailLength - EndLength; at >= 0; at--)
        {
            var record = tail.AsSpan(at);
            if (BinaryPrimitives.ReadUInt32LittleEndian(record) != EndSignature)
            {
                continue;
            }
            ulong entries = BinaryPrimitives.ReadUInt16LittleEndian(record[10..]);
            ulong size = BinaryPrimitives.ReadUInt32LittleEndian(record[12..]);
            ulong offset = BinaryPrimitives.ReadUInt32LittleEndian(record[16..]);
            var endPosition = content.Length - tailLength + at;
            if (endPosition >= Zip64LocatorLength && Zip64End(content, endPosition - Zip64LocatorLength) is { } zip64)
            {
                // Whichever declares more is held to the limit: both are the file's word.
                return (Math.Max(entries, zip64.Entries), Math.Max(size, zip64.Size), [offset, zip64.Offset]);
            }
            return (entries, size, [offset]);
        }
        throw new UnreadableDocumentException(DocumentReadProblem.Corrupt);
    }

    private static (ulong Entries, ulong Size, ulong Offset)? Zip64End(Stream content, long locatorPosition)
    {
        Span<byte> locator = stackalloc byte[Zip64LocatorLength];
        content.Position = locatorPosition;
        content.ReadExactly(locator);
        if (BinaryPrimitives.ReadUInt32LittleEndian(locator) != Zip64LocatorSignature)
        {
            return null;
        }
        var recordPosition = BinaryPrimitives.ReadUInt64LittleEndian(locator[8..]);
        Span<byte> record = stackalloc byte[56];
        if (recordPosition > (ulong)(content.Length - record.Length))
        {
            throw new UnreadableDocumentException(DocumentReadProblem.Corrupt);
        }
        content.Position = (long)recordPosition;
        content.ReadExactly(record);
        if (BinaryPrimitives.ReadUInt32LittleEndian(record) != Zip64EndSignature)
        {
            throw new UnreadableDocumentException(DocumentReadProblem.Corrupt);
        }
        return (BinaryPrimitives.ReadUInt64LittleEndian(record[32..]), BinaryPrimitives.ReadUInt64LittleEndian(record[40..]),
            BinaryPrimitives.ReadUInt64LittleEndian(record[48..]));
    }

    /// <summary>The central directory headers from <paramref name="offset"/> on, counted up to <paramref name="most"/>.</summary>
    private static int CountHeaders(Stream content, ulong offset, int most)
    {
        if (offset >= (ulong)content.Length)
        {
            return 0;
        }
        Span<byte> header = stackalloc byte[HeaderLength];
        var position = (long)offset;
        var count = 0;
        while (count < most && position <= content.Length - HeaderLength)
        {
            content.Position = position;
            content.ReadExactly(header);
            if (BinaryPrimitives.ReadUInt32LittleEndian(header) != HeaderSignature)
            {
                break;
            }
            count++;
            position += HeaderLength + BinaryPrimitives.ReadUInt16LittleEndian(header[28..])
                + BinaryPrimitives.ReadUInt16LittleEndian(header[30..]) + BinaryPrimitives.ReadUInt16LittleEndian(header[32..]);
        }
        return count;
    }
}
