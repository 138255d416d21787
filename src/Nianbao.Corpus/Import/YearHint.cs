using System.Text.RegularExpressions;

namespace Nianbao.Corpus.Import;

/// <summary>
/// A cheap guess at a file's report year, read before parsing so an import can take earlier years first: then a
/// report usually finds its previous year already stored, and fewer need checking again at the end. Only an
/// order: a wrong guess costs time, never correctness. The first "20xx年" in the first 16 KB (UTF-8 or GBK bytes
/// of 年), else a 20xx in the file name.
/// </summary>
static partial class YearHint
{
    public static int Of(string path)
    {
        try
        {
            using var f = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.ReadWrite, 1, FileOptions.None);
            var buffer = new byte[Head];
            var n = f.ReadAtLeast(buffer, buffer.Length, throwOnEndOfStream: false);
            return Of(buffer.AsSpan(0, n), path);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException) { }
        return Of([], path);
    }

    /// <summary>The same from the file's bytes as read (only the first 16 KB are looked at); null bytes: unreadable,
    /// the name only.</summary>
    public static int Of(ReadOnlySpan<byte> bytes, string path)
    {
        // Latin-1 into a rented buffer (a byte per char), searched as a span: no 16 KB string per file.
        var count = Math.Min(bytes.Length, Head);
        var chars = System.Buffers.ArrayPool<char>.Shared.Rent(Math.Max(count, 1));
        try
        {
            var head = chars.AsSpan(0, System.Text.Encoding.Latin1.GetChars(bytes[..count], chars));
            // The match starts with its year (group 1 of the pattern: four digits).
            foreach (var m in InText().EnumerateMatches(head))
                return int.Parse(head.Slice(m.Index, 4), System.Globalization.CultureInfo.InvariantCulture);
        }
        finally { System.Buffers.ArrayPool<char>.Shared.Return(chars); }
        return InName().Match(Path.GetFileName(path)) is { Success: true } y ? int.Parse(y.Value, System.Globalization.CultureInfo.InvariantCulture) : int.MaxValue;
    }

    const int Head = 16384;

    [GeneratedRegex("(20[0-4][0-9])\\s{0,2}(?:\u00E5\u00B9\u00B4|\u00C4\u00EA)")]
    private static partial Regex InText();

    [GeneratedRegex("20[0-4][0-9]")]
    private static partial Regex InName();
}
