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
        var run = new SeparatorRun();
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
            if (run.Step(c, ref separators)) continue;
            if (c != '\n' && IsControl(c) && controls++ == 0) (first, firstLine) = (c, line);
        }
        return new TextScan(longest, longestAt, separators + line - 1, controls, first, firstLine);
    }

    /// <summary>About the most cells one line or paragraph can split into (markup paragraphs holding a table typed as
    /// text are tokenized like a text rendering): one, plus its separators.</summary>
    public static long CellsIn(string line)
    {
        long separators = 0;
        var run = new SeparatorRun();
        foreach (var c in line) run.Step(c, ref separators);
        return 1 + separators;
    }

    /// <summary>Counts separators: each pipe or tab separates two cells ("||" holds an empty one); a run of spaces
    /// separates once, and a pipe or tab right after spaces is that same separator.</summary>
    struct SeparatorRun
    {
        int run;   // in the current run of separator characters: its pipes and tabs, or -1 for spaces only

        /// <summary>True when <paramref name="c"/> is a separator character.</summary>
        public bool Step(char c, ref long separators)
        {
            if (c is '|' or '\t')
            {
                if (run < 0) run = 1;
                else { separators++; run++; }
                return true;
            }
            if (c is ' ' or '\u3000')
            {
                if (run == 0) { separators++; run = -1; }
                return true;
            }
            run = 0;
            return false;
        }
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
