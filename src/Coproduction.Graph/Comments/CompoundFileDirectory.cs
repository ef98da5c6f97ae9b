using System.Buffers.Binary;
using System.Text;

namespace Coproduction.Graph.Comments;

/// <summary>
/// The names in an OLE compound file's directory ([MS-CFB]): enough to tell an encrypted Office
/// document (an <c>EncryptedPackage</c> stream, or the <c>\u0006DataSpaces</c> storage that
/// rights-management and sensitivity-label encryption add) from a legacy binary one (a
/// <c>WordDocument</c>, <c>PowerPoint Document</c> or <c>Workbook</c> stream). Reads only the header,
/// the FAT sectors that chain the directory, and the directory itself; never a stream's content.
/// </summary>
internal static class CompoundFileDirectory
{
    private const int HeaderBytes = 512;
    private const int EntryBytes = 128;
    private const uint EndOfChain = 0xFFFFFFFE;
    private const uint MaxRegularSector = 0xFFFFFFFA;
    private const int HeaderDifatEntries = 109;

    /// <summary>The names of every storage and stream in the file, at any depth; throws <see cref="UnreadableDocumentException"/> (<see cref="DocumentReadProblem.Corrupt"/>) for a damaged directory.</summary>
    public static IReadOnlyList<string> Names(Stream content)
    {
        var header = new byte[HeaderBytes];
        content.Position = 0;
        if (content.ReadAtLeast(header, HeaderBytes, throwOnEndOfStream: false) < HeaderBytes)
        {
            throw Damaged();
        }
        var sectorShift = BinaryPrimitives.ReadUInt16LittleEndian(header.AsSpan(30));
        if (sectorShift is not (9 or 12))
        {
            throw Damaged();
        }
        var sectorSize = 1 << sectorShift;
        var firstDirectorySector = BinaryPrimitives.ReadUInt32LittleEndian(header.AsSpan(48));
        var firstDifatSector = BinaryPrimitives.ReadUInt32LittleEndian(header.AsSpan(68));
        // A chain longer than the file has sectors loops: a damaged or hostile file, not a long directory.
        var sectorsInFile = Math.Max(1, (content.Length / sectorSize) - 1);

        var reader = new SectorReader(content, header, sectorSize, firstDifatSector, sectorsInFile);
        var names = new List<string>();
        var sector = firstDirectorySector;
        var entry = new byte[EntryBytes];
        for (long steps = 0; sector != EndOfChain; steps++)
        {
            if (sector > MaxRegularSector || steps > sectorsInFile)
            {
                throw Damaged();
            }
            for (var offset = 0; offset < sectorSize; offset += EntryBytes)
            {
                reader.Read(sector, offset, entry);
                // A name is UTF-16LE, its length in bytes counting the terminating NUL; 0 is an unused entry.
                var nameBytes = BinaryPrimitives.ReadUInt16LittleEndian(entry.AsSpan(64));
                if (nameBytes is >= 2 and <= 64 && entry[66] != 0)
                {
                    names.Add(Encoding.Unicode.GetString(entry, 0, nameBytes - 2));
                }
            }
            sector = reader.Next(sector);
        }
        return names;
    }

    private static UnreadableDocumentException Damaged() => new(DocumentReadProblem.Corrupt);

    /// <summary>Reads sectors and follows the FAT, finding each FAT sector through the DIFAT (the header's 109, then DIFAT sectors).</summary>
    private sealed class SectorReader(Stream content, byte[] header, int sectorSize, uint firstDifatSector, long sectorsInFile)
    {
        private readonly byte[] _word = new byte[4];

        public void Read(uint sector, int offset, Span<byte> into)
        {
            var position = ((long)sector + 1) * sectorSize + offset;
            if (position + into.Length > content.Length)
            {
                throw Damaged();
            }
            content.Position = position;
            content.ReadExactly(into);
        }

        public uint Next(uint sector)
        {
            var entriesPerSector = sectorSize / 4;
            var fatSector = FatSector(sector / (uint)entriesPerSector);
            Read(fatSector, (int)(sector % (uint)entriesPerSector) * 4, _word);
            return BinaryPrimitives.ReadUInt32LittleEndian(_word);
        }

        private uint FatSector(uint index)
        {
            if (index < HeaderDifatEntries)
            {
                return Checked(BinaryPrimitives.ReadUInt32LittleEndian(header.AsSpan(76 + (int)index * 4)));
            }
            // Each DIFAT sector lists sectorSize/4 - 1 FAT sectors, and in its last word the next DIFAT sector.
            var perDifatSector = (uint)(sectorSize / 4) - 1;
            var remaining = index - HeaderDifatEntries;
            var difat = firstDifatSector;
            for (long steps = 0; remaining >= perDifatSector; steps++)
            {
                if (steps > sectorsInFile)
                {
                    throw Damaged();
                }
                Read(Checked(difat), (int)perDifatSector * 4, _word);
                difat = BinaryPrimitives.ReadUInt32LittleEndian(_word);
                remaining -= perDifatSector;
            }
            Read(Checked(difat), (int)remaining * 4, _word);
            return Checked(BinaryPrimitives.ReadUInt32LittleEndian(_word));
        }

        private static uint Checked(uint sector) => sector <= MaxRegularSector ? sector : throw Damaged();
    }
}
