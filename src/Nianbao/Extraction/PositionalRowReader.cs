using Nianbao.Documents;
using Nianbao.Model;
using Nianbao.Template;
using Nianbao.Tokenizing;

namespace Nianbao.Extraction;

/// <summary>
/// Reads a table that is one data row mapped by position (table 四, docs/format.md §2.5: its wrapped header texts are
/// unreliable, so the 15 numbers are placed by position). The data row is the first run of value cells under
/// the header; it must hold exactly rows × columns values, otherwise all are null with a finding.
/// </summary>
internal static class PositionalRowReader
{
    public static TableReading Read(TableDef table, FormatId format, CellStream stream, ReportTemplate template)
    {
        var rows = table.RowsFor(format).ToList();
        var columns = table.Columns ?? [];
        var expected = rows.Count * columns.Count;
        var findings = new List<Finding>();

        var start = AfterHeader(table, format, stream);
        if (start < 0) return new TableReading(null, findings);
        List<Cell>? best = null;
        var runs = Runs(stream, start, expected).ToList();
        foreach (var run in runs)
        {
            if (run.Count == expected) { best = run; break; }
            if (run.Any(c => !c.IsEmpty) && (best is null || Math.Abs(run.Count - expected) < Math.Abs(best.Count - expected))) best = run;
        }
        // Some sites print the table one group per row (行政复议 | 5 numbers, 未经复议直接起诉 | 5, 复议后起诉 | 5):
        // exactly one run per group, each exactly as wide as a group, in the printed order, reads the same.
        if (best?.Count != expected && runs.Count == rows.Count && runs.All(r => r.Count == columns.Count))
            best = runs.SelectMany(r => r).ToList();
        if (best is null) return WhollyBlank(table, format, stream, start, findings) ?? new TableReading(null, findings);

        var values = new TableValues { Layout = format };
        if (best.Count != expected)
        {
            var raw = string.Join(" | ", best.Select(c => c.Raw));
            foreach (var row in rows) ValueCells.Fill(values, row, columns, _ => CellValue.Unreadable(raw, best[0].Source));
            // All the numbers as one digit string (a dump without separators): a run for the reconciling stage, also
            // when it is too short for every cell but fills a row (rows printed blank: it lists what they may be).
            var nonEmpty = best.Where(c => !c.IsEmpty).Select(c => c.Text.Trim()).ToList();
            var digitRuns = nonEmpty.Count == 1 && nonEmpty[0].All(char.IsAsciiDigit) && nonEmpty[0].Length >= columns.Count
                    && nonEmpty[0].Length <= GluedDigits.MaxRun(expected)
                ? [new DigitRun(table.Key, null, table.Label, nonEmpty[0], best[0].Source, findings.Count)]
                : new List<DigitRun>();
            findings.Add(Finding.Create("NB-P-T4-COUNT", new FindingLocation { Section = table.Section, Table = table.Key, Source = best[0].Source },
                ("found", best.Count), ("raw", raw), ("cells", best.Select(c => c.Raw).ToArray())));
            return new TableReading(values, findings) { Runs = digitRuns };
        }
        var notes = new ValueCells.TableNotes();
        for (var r = 0; r < rows.Count; r++)
            ValueCells.Store(table, rows[r], columns, best.GetRange(r * columns.Count, columns.Count), values, findings, notes);
        notes.Report(table, findings);
        return new TableReading(values, findings);
    }

    /// <summary>
    /// Maximal runs of value cells, split at labels and stated row ends. A run that starts a stated row keeps its
    /// leading blanks (a blank first value); elsewhere edge empties are padding from merged header cells.
    /// </summary>
    static IEnumerable<List<Cell>> Runs(CellStream stream, int start, int expected)
    {
        var run = new List<Cell>();
        var rowAligned = false;
        for (var i = start; i <= stream.Count; i++)
        {
            var isValue = i < stream.Count && ValueToken.IsValue(stream[i].Text);
            if ((!isValue || stream.RowStart(i)) && run.Count > 0)
            {
                var trimmed = Trim(run, rowAligned, expected);
                if (trimmed.Count > 0) yield return trimmed;
                run = [];
            }
            if (!isValue) continue;
            if (run.Count == 0) rowAligned = stream.RowStart(i) && stream.BlanksVisible(i);
            run.Add(stream[i]);
        }
    }

    /// <summary>
    /// The table printed as its header alone (a crawler dump or a text copy of a table whose 15 cells are all blank):
    /// every group label is printed, and the region holds nothing but the table's header words, not one digit. Like a
    /// row printed as its label alone in table 三, each row is read as wholly blank (null, never 0) with
    /// <c>NB-P-ROW-EMPTY</c>. Any other word or any digit in the region and the table stays not found.
    /// </summary>
    static TableReading? WhollyBlank(TableDef table, FormatId format, CellStream stream, int start, List<Finding> findings)
    {
        var rows = table.RowsFor(format).ToList();
        var groups = rows.Select(r => Normalizing.LabelKey.OfPrinted(r.Label.Split('›')[^1])).ToList();
        var words = rows.SelectMany(r => r.Label.Split('›')).Concat((table.Columns ?? []).Select(c => c.Label))
            .Select(Normalizing.LabelKey.OfPrinted).Where(k => k.Length > 0).Distinct().OrderByDescending(k => k.Length).ToList();
        var seen = new HashSet<string>();
        foreach (var cell in stream.Cells)
        {
            if (cell.IsEmpty) continue;
            if (cell.Text.AsSpan().ContainsAnyInRange('0', '9') || cell.Text.AsSpan().ContainsAnyInRange('０', '９')) return null;
            var rest = cell.Key;
            foreach (var w in words)
                if (rest.Contains(w, StringComparison.Ordinal)) { rest = rest.Replace(w, "", StringComparison.Ordinal); seen.Add(w); }
            if (rest.Length > 0) return null;
        }
        if (!groups.All(seen.Contains)) return null;
        var values = new TableValues { Layout = format };
        var source = stream[start - 1].Source;
        foreach (var row in rows)
        {
            ValueCells.Fill(values, row, table.ColumnsOf(row), _ => CellValue.Blank("", source));
            findings.Add(Finding.Create("NB-P-ROW-EMPTY", ValueCells.At(table, row, null, source), ("label", row.Label)));
        }
        return new TableReading(values, findings);
    }

    const int MaxHeaderKey = 20;

    /// <summary>
    /// The stream index after the table's first header cell: a short cell naming a column or a group (结果维持,
    /// 行政复议 …; short words such as 总计 also head table 三 rows and are not used). Numbers before the header
    /// belong to other tables; with no header there is no table. -1 when not found.
    /// </summary>
    static int AfterHeader(TableDef table, FormatId format, CellStream stream)
    {
        var keys = new List<string>();
        foreach (var c in table.Columns ?? []) keys.Add(Normalizing.LabelKey.OfPrinted(c.Label));
        foreach (var r in table.RowsFor(format)) keys.Add(Normalizing.LabelKey.OfPrinted(r.Label.Split('›')[0]));
        keys.RemoveAll(k => k.Length < 4);
        for (var i = 0; i < stream.Count; i++)
        {
            var key = stream[i].Key;
            if (key.Length is 0 or > MaxHeaderKey) continue;
            foreach (var k in keys)
                if (key.Contains(k, StringComparison.Ordinal)) return i + 1;
        }
        return -1;
    }

    static List<Cell> Trim(List<Cell> run, bool rowAligned, int expected)
    {
        var s = 0;
        var e = run.Count;
        if (rowAligned)
        {
            while (e > expected && run[e - 1].IsEmpty) e--;
            return run.All(c => c.IsEmpty) && e != expected ? [] : run.GetRange(0, e);
        }
        while (s < e && run[s].IsEmpty) s++;
        while (e > s && run[e - 1].IsEmpty) e--;
        return run.GetRange(s, e - s);
    }
}
