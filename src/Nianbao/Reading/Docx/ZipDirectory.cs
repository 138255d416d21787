using System.Buffers.Binary;

namespace Nianbao.Reading.Docx;

/// <summary>
/// Counts the entries of a ZIP file from its central directory, without building them: walks the directory's
/// headers (not the count the end record claims) and stops one past the limit, so a package of millions of entries
/// is refused before any ZIP library lists them.
/// </summary>
static class ZipDirectory
{
    const uint EndSignature = 0x06054b50, Zip64LocatorSignature = 0x07064b50, Zip64EndSignature = 0x06064b50, HeaderSignature = 0x02014b50;

    /// <summary>The number of entries, at most <paramref name="stopAfter"/> + 1; null when the directory cannot be
    /// found (the ZIP library then reports the damage).</summary>
    public static long? Count(ReadOnlySpan<byte> zip, long stopAfter)
    {
        if (FindEnd(zip) is not { } end) return null;
        long offset = BinaryPrimitives.ReadUInt32LittleEndian(zip[(end + 16)..]);
        long claimed = BinaryPrimitives.ReadUInt16LittleEndian(zip[(end + 10)..]);
        if ((offset == uint.MaxValue || claimed == ushort.MaxValue) && end >= 20
            && BinaryPrimitives.ReadUInt32LittleEndian(zip[(end - 20)..]) == Zip64LocatorSignature)
        {
            var at = BinaryPrimitives.ReadInt64LittleEndian(zip[(end - 20 + 8)..]);
            if (at < 0 || at > zip.Length - 56 || BinaryPrimitives.ReadUInt32LittleEndian(zip[(int)at..]) != Zip64EndSignature) return null;
            claimed = BinaryPrimitives.ReadInt64LittleEndian(zip[((int)at + 32)..]);
            offset = BinaryPrimitives.ReadInt64LittleEndian(zip[((int)at + 48)..]);
        }
        long count = 0;
        var p = offset;
        while (p >= 0 && p <= zip.Length - 46 && BinaryPrimitives.ReadUInt32LittleEndian(zip[(int)p..]) == HeaderSignature)
        {
            if (++count > stopAfter) return count;
            var h = zip[(int)p..];
            p += 46L + BinaryPrimitives.ReadUInt16LittleEndian(h[28..]) + BinaryPrimitives.ReadUInt16LittleEndian(h[30..])
                 + BinaryPrimitives.ReadUInt16LittleEndian(h[32..]);
        }
        // A directory the walk could not follow (a prefixed archive, damage): the end record's own count.
        return count == 0 ? Math.Min(claimed, stopAfter + 1) : count;
    }

    /// <summary>Offset of the end-of-central-directory record: searched backwards over the longest possible comment.</summary>
    static int? FindEnd(ReadOnlySpan<byte> zip)
    {
        for (var i = zip.Length - 22; i >= Math.Max(0, zip.Length - 22 - 0xFFFF); i--)
            if (BinaryPrimitives.ReadUInt32LittleEndian(zip[i..]) == EndSignature) return i;
        return null;
    }
}
