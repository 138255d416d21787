using System.Text;

namespace Nianbao.Reading;

/// <summary>
/// Decodes report bytes (issue: UTF-8 with or without BOM, UTF-16 with BOM, GB18030/GBK/GB2312, Big5). A declared
/// charset (HTML meta) wins; otherwise strict UTF-8, else whichever of GB18030 and Big5 yields the report's own
/// vocabulary with the fewest undecodable sequences.
/// </summary>
public static class EncodingDetector
{
    static EncodingDetector() => Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);

    public sealed record Decoded(string Text, string Encoding, int Errors);

    // Words every report holds, in both scripts: a wrong decoding of GBK as Big5 (or back) loses them.
    static readonly string[] Vocabulary = ["政府", "信息", "公开", "公開", "申请", "申請", "报告", "報告", "年度", "情况", "情況", "行政"];

    public static Decoded Decode(ReadOnlySpan<byte> bytes, string? declared = null)
    {
        if (bytes.StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF])) return new(Strict(Encoding.UTF8, bytes[3..]) ?? Lenient("utf-8", bytes[3..]).Text, "utf-8", 0);
        if (bytes.StartsWith((ReadOnlySpan<byte>)[0xFF, 0xFE])) return new(Encoding.Unicode.GetString(bytes[2..]), "utf-16le", 0);
        if (bytes.StartsWith((ReadOnlySpan<byte>)[0xFE, 0xFF])) return new(Encoding.BigEndianUnicode.GetString(bytes[2..]), "utf-16be", 0);
        if (declared is not null && Canonical(declared) is { } name) return Lenient(name, bytes);
        if (Strict(new UTF8Encoding(false, true), bytes) is { } utf8) return new(utf8, "utf-8", 0);
        var gb = Lenient("gb18030", bytes);
        var big5 = Lenient("big5", bytes);
        return Score(big5) > Score(gb) ? big5 : gb;
    }

    /// <summary>GB2312 and GBK are subsets of GB18030; decode them as GB18030.</summary>
    static string? Canonical(string declared) => declared.Trim().ToLowerInvariant() switch
    {
        "utf-8" or "utf8" => "utf-8",
        "gb2312" or "gbk" or "gb18030" or "x-gbk" or "cp936" or "euc-cn" or "hz-gb-2312" => "gb18030",
        "big5" or "big5-hkscs" or "x-x-big5" or "cp950" => "big5",
        _ => null,
    };

    static string? Strict(Encoding e, ReadOnlySpan<byte> bytes)
    {
        try { return e.GetString(bytes); }
        catch (DecoderFallbackException) { return null; }
    }

    static Decoded Lenient(string name, ReadOnlySpan<byte> bytes)
    {
        var text = Encoding.GetEncoding(name).GetString(bytes);
        return new(text, name, text.Count(c => c == '\uFFFD'));
    }

    static int Score(Decoded d) => Vocabulary.Sum(w => Count(d.Text, w)) * 4 - d.Errors;

    static int Count(string text, string word)
    {
        var n = 0;
        for (var i = text.IndexOf(word, StringComparison.Ordinal); i >= 0; i = text.IndexOf(word, i + word.Length, StringComparison.Ordinal)) n++;
        return n;
    }
}
