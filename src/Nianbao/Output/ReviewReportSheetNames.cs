namespace Nianbao.Output;

/// <summary>
/// Worksheet names for the units of an XLSX 问题清单. Excel's rules: at most 31 characters, none of []:*?/\,
/// not starting or ending with an apostrophe, unique without regard to case, and "History" is reserved.
/// </summary>
public static class ReviewReportSheetNames
{
    /// <summary>Excel's limit on a worksheet name, in UTF-16 units.</summary>
    public const int MaxLength = 31;

    /// <summary>One valid, unique worksheet name per wanted name, in order: forbidden characters become _, long names are cut, and a name already taken (case-insensitively, including <paramref name="reserved"/> and History) gets ~2, ~3….</summary>
    public static IReadOnlyList<string> For(IEnumerable<string> wanted, params string[] reserved)
    {
        var taken = new HashSet<string>(reserved, StringComparer.OrdinalIgnoreCase) { "History" };
        var names = new List<string>();
        foreach (var w in wanted)
        {
            var stem = Clean(w);
            var name = Cut(stem, MaxLength);
            for (var k = 2; !taken.Add(name); k++)
            {
                var suffix = "~" + k;
                name = Cut(stem, MaxLength - suffix.Length) + suffix;
            }
            names.Add(name);
        }
        return names;
    }

    static string Clean(string s)
    {
        var chars = s.Select(c => c is '[' or ']' or ':' or '*' or '?' or '/' or '\\' || char.IsControl(c) ? '_' : c).ToArray();
        var clean = new string(chars).Trim().Trim('\'');
        return clean.Length == 0 ? "_" : clean;
    }

    /// <summary>The first n UTF-16 units, never splitting a surrogate pair; no trailing apostrophe.</summary>
    static string Cut(string s, int n)
    {
        if (s.Length <= n) return s;
        if (char.IsHighSurrogate(s[n - 1])) n--;
        var cut = s[..n].TrimEnd('\'');
        return cut.Length == 0 ? "_" : cut;
    }
}
