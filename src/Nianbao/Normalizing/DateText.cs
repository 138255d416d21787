using System.Text.RegularExpressions;

namespace Nianbao.Normalizing;

/// <summary>Dates as printed (2022-03-10 17:46:07, 2024年01月04日, 2024/1/4, 2024.1.4, full-width ２０２４年１月５日)
/// → yyyy-MM-dd.</summary>
internal static partial class DateText
{
    // [0-9], not \d: \d also matches other scripts' digits, which int.Parse does not read.
    [GeneratedRegex(@"((?:19|20)[0-9]{2})\s*[-/.年]\s*([0-9]{1,2})\s*[-/.月]\s*([0-9]{1,2})\s*日?")]
    private static partial Regex DatePattern();

    public static string? Normalize(string text)
    {
        var m = DatePattern().Match(FoldDigits(text));
        if (!m.Success) return null;
        var (y, mo, d) = (int.Parse(m.Groups[1].Value), int.Parse(m.Groups[2].Value), int.Parse(m.Groups[3].Value));
        return mo is >= 1 and <= 12 && d >= 1 && d <= DateTime.DaysInMonth(y, mo) ? $"{y:D4}-{mo:D2}-{d:D2}" : null;
    }

    /// <summary>Full-width digits and separators (０-９, －, ／, ．) as their ASCII forms.</summary>
    static string FoldDigits(string text) =>
        text.AsSpan().IndexOfAnyInRange('\uFF0D', '\uFF19') < 0 ? text
            : string.Create(text.Length, text, (span, t) =>
            {
                for (var i = 0; i < t.Length; i++) span[i] = t[i] is >= '\uFF0D' and <= '\uFF19' ? (char)(t[i] - 0xFEE0) : t[i];
            });
}
