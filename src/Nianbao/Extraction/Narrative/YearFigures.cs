using System.Text.RegularExpressions;

namespace Nianbao.Extraction.Narrative;

/// <summary>
/// The years a report states besides its title (docs/format.md §2.1, NT-YEAR): the statistics period
/// (统计期限…YYYY年1月1日至…12月31日) and the year the body of section 一 speaks of (the most frequent YYYY年).
/// </summary>
internal static partial class YearFigures
{
    [GeneratedRegex(@"((?:19|20)[0-9]{2})\s*年\s*([0-9]{1,2})\s*月\s*([0-9]{1,2})\s*日\s*(?:起\s*)?(?:至|到|—|-|~|～)\s*(?:((?:19|20)[0-9]{2})\s*年\s*)?([0-9]{1,2})\s*月\s*([0-9]{1,2})\s*日")]
    private static partial Regex PeriodPattern();

    /// <summary>The statistics period in a line that mentions 统计: (start year, whether it is one whole calendar
    /// year, match span), or null.</summary>
    public static (int Year, bool CalendarYear, int Start, int End)? Period(string text)
    {
        if (!text.Contains("统计", StringComparison.Ordinal) || !text.Contains('月')) return null;
        var m = PeriodPattern().Match(text);
        if (!m.Success) return null;
        int G(int i) => int.Parse(m.Groups[i].Value);
        var year = G(1);
        var calendar = G(2) == 1 && G(3) == 1 && G(5) == 12 && G(6) == 31 && (!m.Groups[4].Success || G(4) == year);
        return (year, calendar, m.Index, m.Index + m.Length);
    }

    /// <summary>Each "YYYY年" in a line, a space before 年 allowed as a PDF's text layer gives it ("2023 年"): (year,
    /// start of the digits).</summary>
    public static IEnumerable<(int Year, int Start)> Years(string text)
    {
        for (var i = text.IndexOf('年'); i >= 0; i = text.IndexOf('年', i + 1))
        {
            var d = i > 0 && text[i - 1] == ' ' ? i - 1 : i;
            if (d < 4) continue;
            var s = d - 4;
            if (!(char.IsAsciiDigit(text[s]) && char.IsAsciiDigit(text[s + 1]) && char.IsAsciiDigit(text[s + 2]) && char.IsAsciiDigit(text[s + 3]))) continue;
            if (s > 0 && char.IsAsciiDigit(text[s - 1])) continue;
            var y = int.Parse(text.AsSpan(s, 4));
            if (y is >= 1990 and <= 2100) yield return (y, s);
        }
    }
}
