using System.Text.RegularExpressions;

namespace Nianbao.Extraction;

/// <summary>Dates as printed (2022-03-10 17:46:07, 2024年01月04日, 2024/1/4, 2024.1.4) → yyyy-MM-dd.</summary>
public static partial class DateText
{
    [GeneratedRegex(@"((?:19|20)\d{2})\s*[-/.年]\s*(\d{1,2})\s*[-/.月]\s*(\d{1,2})\s*日?")]
    private static partial Regex DatePattern();

    public static string? Normalize(string text)
    {
        var m = DatePattern().Match(text);
        if (!m.Success) return null;
        var (y, mo, d) = (int.Parse(m.Groups[1].Value), int.Parse(m.Groups[2].Value), int.Parse(m.Groups[3].Value));
        return mo is >= 1 and <= 12 && d >= 1 && d <= DateTime.DaysInMonth(y, mo) ? $"{y:D4}-{mo:D2}-{d:D2}" : null;
    }
}
