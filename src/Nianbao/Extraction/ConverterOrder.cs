using Nianbao.Documents;
using Nianbao.Template;

namespace Nianbao.Extraction;

/// <summary>
/// What real conversion tools do to a table's order and labels (docs/accuracy.md "Real converters"): values no row
/// took (pdftotext's default reading order), labels wrapped around their row's numbers (text browsers, pdftotext
/// -layout), labels garbled by a cut UTF-8 character (html2text). Used by <see cref="LabelledRowsReader"/>.
/// </summary>
internal static class ConverterOrder
{
    /// <summary>More values than the row's columns: the row took other rows' values too (they count as loose).</summary>
    public static bool Overfull(List<Cell> cells, int columns) => cells.Count(c => !c.IsEmpty) > columns;

    /// <summary>The values no row took (neither after a row label, a row printed twice included, nor in a block paired
    /// with detached labels; a row whose wrapped label is not recognised leaves its values so): all of them, and those
    /// on lines of their own right before a row label printed without values (a value moved off its label).</summary>
    public static (List<Cell> Loose, List<Cell> Moved) Loose(CellStream stream, IEnumerable<(List<Cell> Cells, Cell Label)> rows, HashSet<Cell> taken, List<(int Index, RowDef Row)> labelOnly)
    {
        foreach (var (cells, _) in rows) taken.UnionWith(cells);
        var bare = labelOnly.Select(l => l.Index).ToHashSet();
        var (loose, moved, run) = (new List<Cell>(), new List<Cell>(), new List<Cell>());
        for (var i = 0; i < stream.Count; i++)
        {
            var c = stream[i];
            if (c.IsEmpty) continue;
            if (!taken.Contains(c) && (Tokenizing.ValueToken.IsValue(c.Text) || CellValueParser.IsSubCount(c.Text)))
            {
                loose.Add(c);
                if (stream.Lone(i)) { run.Add(c); continue; }
            }
            if (run.Count > 0 && bare.Contains(i)) moved.AddRange(run);
            run.Clear();
        }
        return (loose, moved);
    }

    public sealed record Rewrap(Cell Label, LabelMatch Match, List<int> Pieces);

    /// <summary>
    /// A row whose numbers follow a label piece that names no row, in a rendering that wraps labels inside their
    /// column (w3m, elinks, pandoc's plain tables, pdftotext -layout: `5.属于三类内  0 0 …` / `部事务信息`): the piece
    /// joined with the label column's text on the line before it (when that line holds no numbers) and on the line
    /// after the numbers (likewise) — the last word of each, the words before it being a group label's pieces. Taken
    /// only when the join is exactly a printed label (canonical or a known variant), never by keyword alone.
    /// </summary>
    public static Rewrap? Rewrapped(CellStream stream, int i, LabelMatcher matcher)
    {
        var values = RowValues.After(stream, i, _ => false);
        if (values.Count == 0) return null;
        var last = i + 1;
        while (last < stream.Count && !ReferenceEquals(stream[last], values[^1])) last++;
        int? prev = null, next = null;
        var p = i - 1;
        while (p >= 0 && stream[p].IsEmpty) p--;
        if (p >= 0 && stream.RowStart(p) && TextPiece(stream, p)) prev = p;
        var n = last + 1;
        while (n < stream.Count && stream[n].IsEmpty) n++;
        if (n < stream.Count && stream.RowStart(n) && TextPiece(stream, n)) next = n;
        var cur = LastWord(stream[i]);
        foreach (var (head, tail) in new[] { (prev, next), (null, next), (prev, (int?)null) })
        {
            if (head is null && tail is null) continue;
            if ((head is not null && prev is null) || (tail is not null && next is null)) continue;
            var text = (head is { } h ? LastWord(stream[h]) : "") + cur + (tail is { } t ? LastWord(stream[t]) : "");
            var key = Normalizing.LabelKey.OfPrinted(text);
            // The join is the label itself, not text ending in it (a header before a value pdftotext moved).
            if (matcher.Match(key) is { Fit: not LabelFit.Keyword } match
                && key == Normalizing.LabelKey.OfPrinted(match.Variant?.Label ?? match.Row.Label))
            {
                var pieces = new List<int>();
                if (head is { } hh) pieces.Add(hh);
                if (tail is { } tt) pieces.Add(tt);
                return new Rewrap(new Cell(text, text, stream[i].Source), match, pieces);
            }
        }
        return null;
    }

    /// <summary>A piece of label text with no number after it on its row.</summary>
    static bool TextPiece(CellStream stream, int k) =>
        !Tokenizing.ValueToken.IsValue(stream[k].Text) && RowValues.After(stream, k, _ => true).Count == 0;

    static string LastWord(Cell cell) => cell.Text.Trim().Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries) is { Length: > 0 } words ? words[^1] : "";

    /// <summary>A label holding characters that could not be decoded (html2text cutting a UTF-8 character in two):
    /// its row's numbers may be inside the garble, so a row printed without values is not known to be blank.</summary>
    public static bool Garbled(Cell label) => label.Text.Contains('\uFFFD') || label.Raw.Contains('\uFFFD');

}
