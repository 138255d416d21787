namespace Nianbao.Reading;

/// <summary>One pass over a decoded text before any work on it: its longest line (the line-length limit), about the
/// most cells it can split into (lines plus separators: each pipe or tab, each run of spaces; the cell limit) and the control
/// characters it holds, which are not text (a NUL inside a number, a terminal escape).</summary>
readonly record struct TextScan(int LongestLine, int LongestLineNumber, long MostCells, int Controls, char FirstControl, int FirstControlLine)
{
    public static TextScan Of(string text)
    {
        int longest = 0, longestAt = 1, controls = 0, firstLine = 0, line = 1, start = 0;
        long separators = 0;
        var run = 0;   // the current run of separator characters: its pipes and tabs, or -1 for spaces only
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
            // Each pipe or tab separates two cells ("||" holds an empty one); a run of spaces separates once.
            if (c is '|' or '\t')
            {
                if (run < 0) run = 1;            // the spaces before it were counted once: this separator is that one
                else { separators++; run++; }
                continue;
            }
            if (c is ' ' or '\u3000')
            {
                if (run == 0) { separators++; run = -1; }
                continue;
            }
            run = 0;
            if (c != '\n' && IsControl(c) && controls++ == 0) (first, firstLine) = (c, line);
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
