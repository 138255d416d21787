using System.Buffers;
using System.Text;

namespace Nianbao.Reading;

/// <summary>What a file is, from its first bytes (and its extension where bytes cannot tell).</summary>
internal enum SourceKind { Empty, Text, Html, Docx, Pdf, Doc, Image, Binary }

internal static class SourceSniffer
{
    public static SourceKind Sniff(ReadOnlySpan<byte> bytes, string name)
    {
        if (bytes.IsEmpty || bytes.IndexOfAnyExcept((ReadOnlySpan<byte>)" \t\r\n"u8) < 0) return SourceKind.Empty;
        if (bytes.StartsWith("%PDF"u8)) return SourceKind.Pdf;
        if (bytes.StartsWith((ReadOnlySpan<byte>)[0x50, 0x4B, 0x03, 0x04])) return SourceKind.Docx;
        if (bytes.StartsWith((ReadOnlySpan<byte>)[0xD0, 0xCF, 0x11, 0xE0])) return SourceKind.Doc;
        if (bytes.StartsWith((ReadOnlySpan<byte>)[0x89, 0x50, 0x4E, 0x47]) || bytes.StartsWith((ReadOnlySpan<byte>)[0xFF, 0xD8, 0xFF])
            || bytes.StartsWith("GIF8"u8) || bytes.StartsWith("BM"u8) && name.EndsWith(".bmp", StringComparison.OrdinalIgnoreCase))
            return SourceKind.Image;
        var head = bytes[..Math.Min(bytes.Length, 4096)];
        var utf16 = bytes.StartsWith((ReadOnlySpan<byte>)[0xFF, 0xFE]) || bytes.StartsWith((ReadOnlySpan<byte>)[0xFE, 0xFF])
            || EncodingDetector.Utf16WithoutBom(bytes) is not null;
        if (!utf16 && IsBinary(head)) return SourceKind.Binary;
        // UTF-16 markup: look for the tags in the decoded head.
        if (utf16) head = Encoding.UTF8.GetBytes(EncodingDetector.Decode(head).Text);
        // Markup tags are ASCII: lower-case the head's ASCII letters in a copy and look for them byte-wise.
        Span<byte> lower = head.Length <= 4096 ? stackalloc byte[head.Length] : new byte[head.Length];
        for (var i = 0; i < head.Length; i++) lower[i] = head[i] is >= (byte)'A' and <= (byte)'Z' ? (byte)(head[i] | 0x20) : head[i];
        if (lower.IndexOf("<html"u8) >= 0 || lower.IndexOf("<!doctype html"u8) >= 0 || lower.IndexOf("<body"u8) >= 0 || lower.IndexOf("<table"u8) >= 0
            || name.EndsWith(".htm", StringComparison.OrdinalIgnoreCase) || name.EndsWith(".html", StringComparison.OrdinalIgnoreCase))
            return SourceKind.Html;
        return SourceKind.Text;
    }

    // NUL and the control bytes text does not use (tab, line feed, form feed, carriage return and escape it does).
    static readonly SearchValues<byte> Controls = SearchValues.Create([.. Enumerable.Range(0, 0x20).Select(b => (byte)b).Where(b => b is not (0x09 or 0x0A or 0x0D or 0x0C or 0x1B))]);

    /// <summary>NUL bytes or many control characters: not a text rendering.</summary>
    static bool IsBinary(ReadOnlySpan<byte> head)
    {
        // Most heads hold no such byte at all: one search says so.
        if (head.IndexOfAny(Controls) < 0) return false;
        var control = 0;
        foreach (var b in head)
        {
            if (b == 0) return true;
            if (b < 0x20 && b is not (0x09 or 0x0A or 0x0D or 0x0C or 0x1B)) control++;
        }
        return control * 20 > head.Length;
    }
}
