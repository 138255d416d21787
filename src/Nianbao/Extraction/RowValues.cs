using Nianbao.Documents;
using Nianbao.Tokenizing;

namespace Nianbao.Extraction;

/// <summary>
/// Collects the value cells that follow a row label in a cell stream (docs/format.md §9.3 step 9): empties included,
/// up to the next label or, where the source states row ends, the end of the row. A short unmatched label
/// right after the matched one, before any value, is the wrapped rest of the label (A10) and is stepped over.
/// </summary>
static class RowValues
{
    public static List<Cell> After(CellStream stream, int labelIndex, Func<string, bool> isRowLabel)
    {
        var values = new List<Cell>();
        var rests = 0;
        for (var j = labelIndex + 1; j < stream.Count; j++)
        {
            var c = stream[j];
            if (stream.RowStart(j) && values.Count > 0) break;
            if (ValueToken.IsValue(c.Text) || CellValueParser.IsSubCount(c.Text)) { values.Add(c); continue; }
            // At most two pieces of a wrapped label: more is other text (a header repeated on a new page, in a
            // converter's reading order), and the values after it are not this row's.
            // Nor is a garbled piece (undecodable characters: html2text cut a row's label, `行政强�  6`).
            if (values.Count == 0 && IsWrappedRest(c.Key) && !c.Text.Contains('\uFFFD') && !isRowLabel(c.Key) && ++rests <= MaxRests) continue;
            break;
        }
        return values;
    }

    const int MaxRests = 2;

    /// <summary>Drops trailing empty padding cells beyond the expected count (A1: `| 24 | ||`).</summary>
    public static void TrimPadding(List<Cell> values, int expected)
    {
        while (values.Count > expected && values[^1].IsEmpty) values.RemoveAt(values.Count - 1);
    }

    /// <summary>The rest of a wrapped label: short, not opening with an ordinal, and holding no digit (a row label's
    /// only digits are its ordinal: `理 4.无正当理由大` is the next row's label under a wrapped group label).</summary>
    static bool IsWrappedRest(string key) =>
        key.Length is > 0 and <= 20 && !"一二三四五六七八九十".Contains(key[0]) && !key.Any(char.IsAsciiDigit);
}
