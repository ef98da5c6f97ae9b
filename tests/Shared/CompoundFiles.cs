using System.Buffers.Binary;
using System.Text;

namespace Coproduction.Testing;

/// <summary>
/// The smallest OLE compound file ([MS-CFB], version 3, 512-byte sectors) that names the given streams:
/// the header, one FAT sector (sector 0) and one directory sector (sector 1) holding the root and up to
/// three streams, all empty. Enough for the reader, which looks only at the directory's names; what an
/// encrypted Office document really is (an <c>EncryptedPackage</c> stream beside <c>\u0006DataSpaces</c>),
/// without the encrypted bytes.
/// </summary>
internal static class CompoundFiles
{
    private const int Sector = 512;

    public static byte[] Naming(params string[] streams)
    {
        if (streams.Length > 3)
        {
            throw new ArgumentException("One directory sector holds the root and three entries.", nameof(streams));
        }
        var file = new byte[Sector * 3];
        var header = file.AsSpan(0, Sector);
        new byte[] { 0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1 }.CopyTo(header);
        BinaryPrimitives.WriteUInt16LittleEndian(header[24..], 0x003E); // minor version
        BinaryPrimitives.WriteUInt16LittleEndian(header[26..], 3); // major version
        BinaryPrimitives.WriteUInt16LittleEndian(header[28..], 0xFFFE); // little-endian
        BinaryPrimitives.WriteUInt16LittleEndian(header[30..], 9); // 512-byte sectors
        BinaryPrimitives.WriteUInt16LittleEndian(header[32..], 6); // 64-byte mini sectors
        BinaryPrimitives.WriteUInt32LittleEndian(header[44..], 1); // one FAT sector
        BinaryPrimitives.WriteUInt32LittleEndian(header[48..], 1); // the directory starts at sector 1
        BinaryPrimitives.WriteUInt32LittleEndian(header[56..], 4096); // mini stream cutoff
        BinaryPrimitives.WriteUInt32LittleEndian(header[60..], 0xFFFFFFFE); // no mini FAT
        BinaryPrimitives.WriteUInt32LittleEndian(header[68..], 0xFFFFFFFE); // no DIFAT sectors
        for (var i = 0; i < 109; i++)
        {
            BinaryPrimitives.WriteUInt32LittleEndian(header[(76 + i * 4)..], i == 0 ? 0u : 0xFFFFFFFF);
        }
        var fat = file.AsSpan(Sector, Sector);
        for (var i = 0; i < Sector / 4; i++)
        {
            BinaryPrimitives.WriteUInt32LittleEndian(fat[(i * 4)..], i switch { 0 => 0xFFFFFFFD, 1 => 0xFFFFFFFE, _ => 0xFFFFFFFF });
        }
        var directory = file.AsSpan(Sector * 2, Sector);
        Entry(directory[..128], "Root Entry", 5);
        for (var i = 0; i < streams.Length; i++)
        {
            Entry(directory[((i + 1) * 128)..((i + 2) * 128)], streams[i], 2);
        }
        return file;
    }

    private static void Entry(Span<byte> entry, string name, byte type)
    {
        var nameBytes = Encoding.Unicode.GetBytes(name + "\0");
        nameBytes.CopyTo(entry);
        BinaryPrimitives.WriteUInt16LittleEndian(entry[64..], (ushort)nameBytes.Length);
        entry[66] = type;
        BinaryPrimitives.WriteUInt32LittleEndian(entry[68..], 0xFFFFFFFF); // no siblings, no child
        BinaryPrimitives.WriteUInt32LittleEndian(entry[72..], 0xFFFFFFFF);
        BinaryPrimitives.WriteUInt32LittleEndian(entry[76..], 0xFFFFFFFF);
        BinaryPrimitives.WriteUInt32LittleEndian(entry[116..], 0xFFFFFFFE); // empty: no start sector
    }
}
