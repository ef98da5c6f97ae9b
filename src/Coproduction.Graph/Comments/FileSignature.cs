namespace Coproduction.Graph.Comments;

/// <summary>What a file's first bytes say it is, whatever its name says.</summary>
internal enum FileSignature
{
    /// <summary>No bytes at all.</summary>
    Empty,

    /// <summary>A zip archive (<c>PK</c>): what an Office Open XML package is.</summary>
    Zip,

    /// <summary>An OLE compound file (<c>D0 CF 11 E0 A1 B1 1A E1</c>): a legacy binary document, or an encrypted modern one.</summary>
    CompoundFile,

    /// <summary>Anything else: a PDF, text, an image.</summary>
    Other,
}

/// <summary>Reads a <see cref="FileSignature"/> from the start of a stream.</summary>
internal static class FileSignatures
{
    private static ReadOnlySpan<byte> CompoundFileMagic => [0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1];

    /// <summary>The signature of the seekable stream's content; leaves the stream at its start.</summary>
    public static FileSignature Of(Stream content)
    {
        Span<byte> head = stackalloc byte[8];
        content.Position = 0;
        var read = content.ReadAtLeast(head, head.Length, throwOnEndOfStream: false);
        content.Position = 0;
        if (read == 0)
        {
            return FileSignature.Empty;
        }
        if (read == head.Length && head.SequenceEqual(CompoundFileMagic))
        {
            return FileSignature.CompoundFile;
        }
        // Every zip record starts "PK" and a local header, the central directory's end (an empty zip) or
        // a spanning marker follows; which one is ZipArchive's to judge.
        return read >= 4 && head[0] == (byte)'P' && head[1] == (byte)'K' && head[2] is 3 or 5 or 7
            ? FileSignature.Zip
            : FileSignature.Other;
    }
}
