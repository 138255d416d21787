namespace Nianbao.Tokenizing;

/// <summary>
/// What a table value looks like in any rendering: digits with optional sign, thousands separators, decimals,
/// a stray '?' (docs/format.md §9.1 A7) or a unit; or a blank mark (—, -, /, 无). Used to tell values from labels.
/// </summary>
internal static class ValueToken
{
    const string Units = "件个项条次元万";

    /// <summary>The units an amount of table 二 is printed with (2019's 采购总金额, docs/format.md §3.1: the cell is
    /// kept with its unit); in a run of digits the unit ends the run.</summary>
    public static readonly string[] AmountUnits = ["万元", "亿元", "元"];

    public static bool IsBlankMark(ReadOnlySpan<char> s)
    {
        s = s.Trim();
        return s is "—" or "——" or "-" or "--" or "/" or "无" or "－" or "空" or "——" or "…";
    }

    /// <summary>True for a number-looking token: at least one digit and nothing but digits, signs, separators,
    /// '?', and a trailing unit.</summary>
    public static bool IsNumber(ReadOnlySpan<char> s)
    {
        s = s.Trim();
        if (s.IsEmpty) return false;
        var digits = 0;
        var i = 0;
        for (; i < s.Length; i++)
        {
            var c = s[i];
            if (char.IsAsciiDigit(c)) digits++;
            // U+FFFD stands for an undecodable byte or a control character (a NUL inside a number): the token still
            // reads as a value cell, which is then unreadable (null plus a finding), not a label.
            else if (c is '+' or '-' or ',' or '.' or '?' or '？' or ' ' or '\uFFFD') continue;
            else break;
        }
        if (digits == 0) return false;
        for (; i < s.Length; i++)
            if (!Units.Contains(s[i]) && s[i] is not ('?' or '？' or ' ' or '(' or ')' or '%')) return false;
        return true;
    }

    /// <summary>A value cell: empty, a blank mark or a number.</summary>
    public static bool IsValue(ReadOnlySpan<char> s) => s.IsWhiteSpace() || IsBlankMark(s) || IsNumber(s);
}
