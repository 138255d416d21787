namespace Nianbao.Reading;

/// <summary>One pass over a decoded text before any work on it: its longest line (the line-length limit), the most
/// cells it can split into (lines plus cell separators: pipes, tabs, spaces; the cell limit) and the control
/// characters it holds, which are not text (a NUL inside a number, a terminal escape).</summary>
readonly record struct TextScan(int LongestLine, int LongestLineNumber, long MostCells, int Controls, char FirstControl, int FirstControlLine)
{
    public static TextScan Of(string text)
    {
        int longest = 0, longestAt = 1, controls = 0, firstLine = 0, line = 1, start = 0;
        long separators = 0;
        var first = '\0';
        for (var i = 0; i <= text.Length; i++)
        {
            var c = i < text.Length ? text[i] : '\n';
            if (c == '\n')
            {
                if (i - start > longest) (longest, longestAt) = (i - start, line);
                line++;
                start = i + 1;
            }
            else if (c is '|' or '\t' or ' ' or '\u3000') separators++;
            else if (IsControl(c) && controls++ == 0) (first, firstLine) = (c, line);
        }
        return new TextScan(longest, longestAt, separators + line - 1, controls, first, firstLine);
    }

    static bool IsControl(char c) => Normalizing.TextNormalizer.IsControl(c);

    /// <summary>A control character's conventional name (NUL, ESC) or its code point.</summary>
    public static string Name(char c) => c switch
    {
        '\0' => "NUL",
        '\u001B' => "ESC",
        '\u007F' => "DEL",
        _ => $"U+{(int)c:X4}",
    };
}
