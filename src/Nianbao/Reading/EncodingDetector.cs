using System.Text;

namespace Nianbao.Reading;

/// <summary>
/// Decodes report bytes (issue: UTF-8 with or without BOM, UTF-16 with or without BOM, GB18030/GBK/GB2312, Big5).
/// A BOM wins, then UTF-16 told by its zero bytes, then a declared charset (HTML meta); otherwise UTF-8 — also when
/// a few bytes are invalid (a file cut mid-character, one damaged byte), as long as the rest is overwhelmingly
/// valid UTF-8 — else whichever of GB18030 and Big5 yields the report's own vocabulary with the fewest undecodable
/// bytes. Every undecodable byte becomes U+FFFD and is counted in <see cref="Decoded.Errors"/>, for GBK too.
/// </summary>
internal static class EncodingDetector
{
    static EncodingDetector() => Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);

    /// <param name="Text">The decoded text.</param>
    /// <param name="Encoding">Name of the encoding used.</param>
    /// <param name="Errors">Bytes that could not be decoded (each replaced by U+FFFD).</param>
    public sealed record Decoded(string Text, string Encoding, int Errors);

    // Words every report holds, in both scripts: a wrong decoding of GBK as Big5 (or back) loses them.
    static readonly string[] Vocabulary = ["政府", "信息", "公开", "公開", "申请", "申請", "报告", "報告", "年度", "情况", "情況", "行政"];

    /// <summary>Valid multi-byte UTF-8 characters per invalid byte above which a text is UTF-8 with damage rather
    /// than another encoding (GBK read as UTF-8 has about as many invalid bytes as valid characters).</summary>
    const int Utf8ValidPerInvalid = 50;

    public static Decoded Decode(ReadOnlySpan<byte> bytes, string? declared = null)
    {
        if (bytes.StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF])) return Lenient("utf-8", bytes[3..]);
        if (bytes.StartsWith((ReadOnlySpan<byte>)[0xFF, 0xFE])) return Lenient("utf-16le", bytes[2..]);
        if (bytes.StartsWith((ReadOnlySpan<byte>)[0xFE, 0xFF])) return Lenient("utf-16be", bytes[2..]);
        if (Utf16WithoutBom(bytes) is { } utf16) return Lenient(utf16, bytes);
        if (declared is not null && Canonical(declared) is { } name)
            // Valid UTF-8 decodes the same strictly, in one pass and without the lenient decoder's buffer.
            return name == "utf-8" && Strict(bytes) is { } declaredValid ? new(declaredValid, name, 0) : Lenient(name, bytes);
        if (Strict(bytes) is { } valid) return new(valid, "utf-8", 0);
        var utf8 = Lenient("utf-8", bytes);
        if (utf8.Errors == 0 || (long)utf8.Errors * Utf8ValidPerInvalid <= MultiByteChars(utf8.Text)) return utf8;
        var gb = Lenient("gb18030", bytes);
        var big5 = Lenient("big5", bytes);
        return Score(big5) > Score(gb) ? big5 : gb;
    }

    /// <summary>
    /// "utf-16le" or "utf-16be" when the bytes are UTF-16 without a BOM: a report's digits, spaces, pipes and line
    /// breaks are ASCII, whose UTF-16 code units have a zero byte, always on the same side of the pair. Text in
    /// any 8-bit encoding has no zero bytes at all.
    /// </summary>
    public static string? Utf16WithoutBom(ReadOnlySpan<byte> bytes)
    {
        var head = bytes[..(Math.Min(bytes.Length, 1 << 16) & ~1)];
        if (head.Length < 16) return null;
        // No zero byte at all (every 8-bit text, one search): not UTF-16.
        if (!head.Contains((byte)0)) return null;
        int even = 0, odd = 0;
        for (var i = 0; i < head.Length; i += 2)
        {
            if (head[i] == 0) even++;
            if (head[i + 1] == 0) odd++;
        }
        var pairs = head.Length / 2;
        // At least one pair in 16 holds an ASCII character, and zero bytes mostly fall on one side (the other side's
        // are CJK characters such as 一 U+4E00); the text so decoded is text, not control characters.
        if (Math.Max(even, odd) * 16 < pairs) return null;
        var name = odd >= 4 * even ? "utf-16le" : even >= 4 * odd ? "utf-16be" : null;
        if (name is null) return null;
        var text = (name == "utf-16le" ? Encoding.Unicode : Encoding.BigEndianUnicode).GetString(head);
        return text.Count(Normalizing.TextNormalizer.IsControl) * 100 <= text.Length ? name : null;
    }

    /// <summary>GB2312 and GBK are subsets of GB18030; decode them as GB18030.</summary>
    static string? Canonical(string declared) => declared.Trim().ToLowerInvariant() switch
    {
        "utf-8" or "utf8" => "utf-8",
        "gb2312" or "gbk" or "gb18030" or "x-gbk" or "cp936" or "euc-cn" or "hz-gb-2312" => "gb18030",
        "big5" or "big5-hkscs" or "x-x-big5" or "cp950" => "big5",
        _ => null,
    };

    static readonly UTF8Encoding StrictUtf8 = new(false, true);

    static string? Strict(ReadOnlySpan<byte> bytes)
    {
        try { return StrictUtf8.GetString(bytes); }
        catch (DecoderFallbackException) { return null; }
    }

    /// <summary>Decodes with every undecodable byte replaced by U+FFFD and counted (one pass: the counting fallback
    /// must not see the bytes twice, as <see cref="Encoding.GetString(byte[])"/> would show them).</summary>
    static Decoded Lenient(string name, ReadOnlySpan<byte> bytes)
    {
        var fallback = new CountingFallback();
        var encoding = Encoding.GetEncoding(name, EncoderFallback.ReplacementFallback, fallback);
        var decoder = encoding.GetDecoder();
        var chars = new char[encoding.GetMaxCharCount(bytes.Length)];
        var n = decoder.GetChars(bytes, chars, flush: true);
        return new(new string(chars, 0, n), name, fallback.Bytes);
    }

    static long MultiByteChars(string text)
    {
        long n = 0;
        foreach (var c in text)
            if (c >= 0x80 && c != '\uFFFD' && !char.IsLowSurrogate(c)) n++;
        return n;
    }

    static int Score(Decoded d) => Vocabulary.Sum(w => Count(d.Text, w)) * 4 - d.Errors;

    static int Count(string text, string word)
    {
        var n = 0;
        for (var i = text.IndexOf(word, StringComparison.Ordinal); i >= 0; i = text.IndexOf(word, i + word.Length, StringComparison.Ordinal)) n++;
        return n;
    }

    /// <summary>Replaces each undecodable byte sequence by U+FFFD and counts its bytes.</summary>
    sealed class CountingFallback : DecoderFallback
    {
        public int Bytes;

        public override int MaxCharCount => 1;

        public override DecoderFallbackBuffer CreateFallbackBuffer() => new Buffer(this);

        sealed class Buffer(CountingFallback owner) : DecoderFallbackBuffer
        {
            int remaining;

            public override bool Fallback(byte[] bytesUnknown, int index)
            {
                owner.Bytes += bytesUnknown.Length;
                remaining = 1;
                return true;
            }

            public override char GetNextChar()
            {
                if (remaining == 0) return '\0';
                remaining--;
                return '\uFFFD';
            }

            public override bool MovePrevious()
            {
                if (remaining != 0) return false;
                remaining = 1;
                return true;
            }

            public override int Remaining => remaining;

            public override void Reset() => remaining = 0;
        }
    }
}
