using Nianbao.Documents;
using Nianbao.Model;
using Nianbao.Template;

namespace Nianbao.Extraction;

/// <summary>
/// Reads a table whose rows are found by their printed labels (tables 二 and 三, docs/format.md §2.3–§2.4, §3.1–§3.2):
/// each row label is followed by exactly as many values as the row has columns. Rows are matched by keyword,
/// so wrapped, spaced, traditional or misspelt labels still find their row; a label variant is reported.
/// </summary>
internal static class LabelledRowsReader
{
    public static TableReading Read(TableDef table, FormatId format, CellStream stream, ReportTemplate template)
    {
        var matcher = LabelMatcher.For(table, format);
        var values = new TableValues { Layout = format };
        var findings = new List<Finding>();
        var found = new Dictionary<string, (List<Cell> Cells, Cell Label)>();
        var labelOnly = new Dictionary<string, Cell>();
        var labelOnlyAt = new List<(int Index, RowDef Row)>();
        var notes = new ValueCells.TableNotes();
        var runs = new List<DigitRun>();
        var blankRows = new HashSet<string>();
        int absent = 0, miscounted = 0;

        var tails = new HashSet<int>();
        var taken = new HashSet<Cell>(ReferenceEqualityComparer.Instance);
        for (var i = 0; i < stream.Count; i++)
        {
            var cell = stream[i];
            if (cell.IsEmpty || Tokenizing.ValueToken.IsValue(cell.Text) || tails.Contains(i)) continue;
            var match = matcher.Match(cell.Key);
            if (WrappedTail(stream, i, matcher, match) is { } tail)
            {
                tails.Add(tail);
                cell = new Cell(cell.Raw + stream[tail].Raw, cell.Text + stream[tail].Text, cell.Source);
                match = matcher.Match(cell.Key);
            }
            if (match is null && ConverterOrder.Rewrapped(stream, i, matcher) is { } rewrapped)
            {
                // A label wrapped inside its cell by a text browser or pdftotext -layout, its head and tail on the
                // lines around the row's numbers: the three pieces together are the printed label.
                (cell, match) = (rewrapped.Label, rewrapped.Match);
                foreach (var piece in rewrapped.Pieces)
                {
                    tails.Add(piece);
                    if (labelOnlyAt.FindIndex(l => l.Index == piece) is var at and >= 0)
                    {
                        labelOnly.Remove(labelOnlyAt[at].Row.Key);
                        labelOnlyAt.RemoveAt(at);
                    }
                }
            }
            if (match is not { } m) continue;
            var cells = RowValues.After(stream, i, k => matcher.Match(k) is not null);
            // Digits glued to the label (issue 3 §5, run-together): split them off when the label part is the same row.
            if (cells.Count == 0 && GluedDigits.Split(cell) is { } glued && matcher.Match(glued.Label.Key) is { } gm && gm.Row == m.Row)
                (cells, m) = ([glued.Digits], gm);
            if (cells.Count == 0)
            {
                // The first line of a label wrapped over lines of its own, the next line naming the same row
                // (`1.申请人无正当理由逾期` / `不补正、行政机关不再处`): the row is read where its label ends.
                if (stream.NextFilled(i) is var next && next < stream.Count && !tails.Contains(next)
                    && matcher.Match(stream[next].Key) is { } nm && nm.Row == m.Row) continue;
                if (labelOnly.TryAdd(m.Row.Key, cell)) labelOnlyAt.Add((i, m.Row));
                continue;
            }
            if (found.TryGetValue(m.Row.Key, out var first))
            {
                if (!ConverterOrder.Overfull(cells, table.ColumnsOf(m.Row).Count)) taken.UnionWith(cells);
                if (!SameValues(first.Cells, cells))
                    findings.Add(Finding.Create("NB-P-DUPLICATE", ValueCells.At(table, m.Row, null, cell.Source), ("label", m.Row.Label)));
                continue;
            }
            found[m.Row.Key] = (cells, cell);
            if (cells.All(c => c.IsEmpty)) labelOnlyAt.Add((i, m.Row));
            if (m.Fit != LabelFit.Canonical)
                findings.Add(Finding.Create("NB-S-LABEL", ValueCells.At(table, m.Row, null, cell.Source),
                    ("printed", cell.Raw.Trim()), ("label", m.Row.Label), ("note", template.NoteOf(m.Variant?.Note ?? Keys.Notes.Keyword))));
        }

        labelOnlyAt.Sort((a, b) => a.Index.CompareTo(b.Index));
        var unpaired = new Dictionary<string, Cell>();
        var detached = Detached(stream, labelOnlyAt, table, format);
        if (detached is { Paired: null })
        {
            // Rows of values without labels follow the labels printed without values, but they cannot be paired: the
            // labels' rows are not known to be blank, so their cells are null, never blank.
            foreach (var (_, row) in labelOnlyAt)
                if (!unpaired.ContainsKey(row.Key))
                {
                    unpaired[row.Key] = found.Remove(row.Key, out var f) ? f.Label : labelOnly[row.Key];
                }
            findings.Add(Finding.Create("NB-P-DETACHED-UNPAIRED", new FindingLocation { Section = table.Section, Table = table.Key, Source = stream[labelOnlyAt[0].Index].Source },
                ("table_label", table.Label), ("labels", unpaired.Count), ("rows", detached.ValueRows)));
        }
        if (detached is { Paired: { } paired })
        {
            foreach (var (row, cells) in paired)
            {
                found[row.Key] = (cells, found.TryGetValue(row.Key, out var f) ? f.Label : labelOnly[row.Key]);
                labelOnly.Remove(row.Key);
            }
            findings.Add(Finding.Create("NB-P-DETACHED", new FindingLocation { Section = table.Section, Table = table.Key, Source = stream[labelOnlyAt[0].Index].Source },
                ("table_label", table.Label), ("count", paired.Count)));
        }

        if (found.Count == 0 && unpaired.Count == 0) return new TableReading(null, findings);
        // A row holding more values than its columns took other rows' values too: they count as loose.
        var (loose, moved) = ConverterOrder.Loose(stream, found.Where(f => !ConverterOrder.Overfull(f.Value.Cells, table.ColumnsOf(table.Row(f.Key)!).Count)).Select(f => f.Value), taken, labelOnlyAt);
        if (moved.Count > 0)
        {
            // A value on a line of its own that no row took, right before a row label printed without values
            // (docs/accuracy.md "Real converters"): the converter changed the cells' order (pdftotext's default mode
            // puts a value before its label, or after the next row's label), so neither a row's values nor a label
            // printed alone can be trusted. Every row of the table is null, said once.
            var rows = table.RowsFor(format).ToList();
            foreach (var row in rows) ValueCells.Fill(values, row, table.ColumnsOf(row), _ => CellValue.Unreadable("", moved[0].Source));
            findings.Add(Finding.Create("NB-P-ORDER", new FindingLocation { Section = table.Section, Table = table.Key, Source = moved[0].Source },
                ("table_label", table.Label), ("count", moved.Count), ("raw", moved[0].Raw.Trim()), ("rows", rows.Count)));
            return new TableReading(values, findings);
        }
        if (loose.Count > 0)
        {
            // Values no row took elsewhere in the table: a label printed without values may have lost them there,
            // so its row is null, never blank.
            var bare = labelOnlyAt.Where(l => !unpaired.ContainsKey(l.Row.Key) && (labelOnly.ContainsKey(l.Row.Key) || found.TryGetValue(l.Row.Key, out var f) && f.Cells.All(c => c.IsEmpty))).ToList();
            foreach (var (_, row) in bare)
                if (!unpaired.ContainsKey(row.Key)) unpaired[row.Key] = found.Remove(row.Key, out var f) ? f.Label : labelOnly[row.Key];
            if (bare.Count > 0)
                findings.Add(Finding.Create("NB-P-LOOSE-VALUES", new FindingLocation { Section = table.Section, Table = table.Key, Source = loose[0].Source },
                    ("table_label", table.Label), ("count", loose.Count), ("raw", loose[0].Raw.Trim()), ("labels", bare.Select(l => l.Row.Key).Distinct().Count())));
        }

        foreach (var row in table.RowsFor(format))
        {
            var columns = table.ColumnsOf(row);
            if (unpaired.TryGetValue(row.Key, out var unpairedLabel))
            {
                ValueCells.Fill(values, row, columns, _ => CellValue.Unreadable("", unpairedLabel.Source));
                continue;
            }
            if (!found.TryGetValue(row.Key, out var hit))
            {
                if (labelOnly.TryGetValue(row.Key, out var printed) && ConverterOrder.Garbled(printed))
                {
                    GarbledRow(table, row, columns, printed, values, findings);
                    continue;
                }
                if (printed is not null)
                {
                    // The row is printed with no value at all: a wholly blank row (lhasa's 不予公开 block once the
                    // renderer dropped its empty cells). Blank, never 0, and said so.
                    ValueCells.Fill(values, row, columns, _ => CellValue.Blank("", printed.Source));
                    findings.Add(Finding.Create("NB-P-ROW-EMPTY", ValueCells.At(table, row, null, printed.Source), ("label", row.Label)));
                    blankRows.Add(row.Key);
                    continue;
                }
                ValueCells.Fill(values, row, columns, _ => CellValue.Absent);
                findings.Add(Finding.Create("NB-S-ROW", ValueCells.At(table, row, null, null),
                    ("table_label", table.Label), ("label", row.Label)));
                absent++;
                continue;
            }
            var cells = hit.Cells;
            if (cells.All(c => c.IsEmpty) && ConverterOrder.Garbled(hit.Label))
            {
                GarbledRow(table, row, columns, hit.Label, values, findings);
                continue;
            }
            RowValues.TrimPadding(cells, columns.Count);
            if (GluedDigits.IsTooLong(cells, columns.Count))
            {
                var run = GluedDigits.RunOf(cells);
                ValueCells.Fill(values, row, columns, _ => CellValue.Unreadable(run.Raw, run.Source));
                findings.Add(Finding.Create("NB-P-DIGIT-RUN", ValueCells.At(table, row, null, run.Source),
                    ("label", row.Label), ("found", run.Text.Trim().Length), ("expected", columns.Count), ("limit", GluedDigits.MaxRun(columns.Count))));
                continue;
            }
            if (GluedDigits.IsPending(cells, columns.Count, columns.Select(c => c.ValueKind).ToList()))
            {
                // One digit run for several cells: null here, segmented by the table's identities when reconciling.
                var run = GluedDigits.RunOf(cells);
                ValueCells.Fill(values, row, columns, _ => CellValue.Unreadable(run.Raw, run.Source));
                runs.Add(new DigitRun(table.Key, row.Key, row.Label, run.Text.Trim(), run.Source, findings.Count));
                findings.Add(Finding.Create(GluedDigits.PendingCode, ValueCells.At(table, row, null, run.Source),
                    ("label", row.Label), ("digits", run.Text.Trim()), ("expected", columns.Count)));
                continue;
            }
            if (cells.Count != columns.Count && cells.All(c => c.IsEmpty))
            {
                // Only empty cells, however many (a Markdown converter's row whose last empty cell reads as the
                // closing pipe): no value is printed, a wholly blank row as when the label stands alone.
                ValueCells.Fill(values, row, columns, _ => CellValue.Blank("", hit.Label.Source));
                findings.Add(Finding.Create("NB-P-ROW-EMPTY", ValueCells.At(table, row, null, hit.Label.Source), ("label", row.Label)));
                blankRows.Add(row.Key);
                continue;
            }
            if (cells.Count != columns.Count)
            {
                ValueCells.Fill(values, row, columns, _ => CellValue.Unreadable(string.Join(" | ", cells.Select(c => c.Raw)), hit.Label.Source));
                findings.Add(Finding.Create("NB-P-ROW-COUNT", ValueCells.At(table, row, null, hit.Label.Source),
                    ("label", row.Label), ("expected", columns.Count), ("found", cells.Count),
                    ("raw", string.Join(" | ", cells.Select(c => c.Raw))), ("cells", cells.Select(c => c.Raw).ToArray())));
                miscounted++;
                continue;
            }
            ValueCells.Store(table, row, columns, cells, values, findings, notes);
        }
        notes.Report(table, findings);
        return new TableReading(values, findings) { AbsentRows = absent, MiscountedRows = miscounted, BlankRows = blankRows, Runs = runs };
    }

    /// <summary>
    /// Labels detached from their values by a PDF-to-Markdown converter (issue 10 §2): a column of labels printed as
    /// rows without values (or with empty cells only), then a block of rows of values without labels. They are paired in order only when every
    /// such value row comes after the last label, there are exactly as many value rows as labels without values (wholly
    /// blank value rows counted only when that makes the numbers equal), and
    /// each value row has exactly its label's cell count. Null when no row of values without a label follows the labels
    /// (the labels are rows printed without values); a block with no pairs when such rows follow but cannot be paired.
    /// </summary>
    static DetachedBlock? Detached(CellStream stream, List<(int Index, RowDef Row)> labels, TableDef table, FormatId format)
    {
        if (labels.Count < 2) return null;
        var rows = new List<List<Cell>>();
        for (var j = labels[^1].Index + 1; j < stream.Count; j++)
        {
            // A value row starts with its empty label cell, or (where the converter dropped it) with its first value.
            if (!stream.RowStart(j) || !(stream[j].IsEmpty || Tokenizing.ValueToken.IsValue(stream[j].Text))) continue;
            var cells = new List<Cell>();
            var k = stream[j].IsEmpty ? j + 1 : j;
            if (k == j) { cells.Add(stream[j]); k++; }
            for (; k < stream.Count && !stream.RowStart(k); k++) cells.Add(stream[k]);
            if (cells.Count == 0 || !cells.All(c => c.IsEmpty || Tokenizing.ValueToken.IsValue(c.Text))) continue;
            rows.Add(cells);
            j = k - 1;
        }
        // A wholly blank value row is the value row of a wholly blank row (lhasa's 不予公开 block) when counting it makes
        // the block as long as the labels; otherwise it is a converter's padding and only the rows with values count.
        var withValues = rows.Where(r => !r.All(c => c.IsEmpty)).ToList();
        if (withValues.Count == 0) return null;
        var unpaired = new DetachedBlock(null, withValues.Count);
        if (withValues.Count == labels.Count) rows = withValues;
        else if (rows.Count != labels.Count) return unpaired;
        var paired = new List<(RowDef, List<Cell>)>();
        for (var n = 0; n < labels.Count; n++)
        {
            var columns = table.ColumnsOf(labels[n].Row).Count;
            RowValues.TrimPadding(rows[n], columns);
            if (rows[n].Count != columns) return unpaired;
            paired.Add((labels[n].Row, rows[n]));
        }
        return new DetachedBlock(paired, withValues.Count);
    }

    /// <summary>Rows of values without labels after the labels printed without values: paired with them, or not.</summary>
    sealed record DetachedBlock(List<(RowDef Row, List<Cell> Cells)>? Paired, int ValueRows);

    /// <summary>
    /// A label wrapped over two table rows by a PDF-to-Markdown converter (issue 10 §2): the next row is the label's
    /// tail alone, every other cell of it empty, and only the two halves together are a printed label (canonical or a
    /// known variant) — neither half is (<paramref name="head"/>: how the first half matched). The index of the tail, or null.
    /// </summary>
    static int? WrappedTail(CellStream stream, int i, LabelMatcher matcher, LabelMatch? head)
    {
        if (head is { Fit: not LabelFit.Keyword }) return null;
        var j = stream.NextRowStart(i);
        if (j >= stream.Count || !stream.BlanksVisible(j)) return null;
        var tail = stream[j];
        if (tail.IsEmpty || Tokenizing.ValueToken.IsValue(tail.Text)) return null;
        // Every other cell of the tail's row is empty (looked up, not scanned: linear over the whole table).
        if (stream.NextFilled(j) < stream.NextRowStart(j)) return null;
        if (matcher.Match(tail.Key) is { Fit: not LabelFit.Keyword }) return null;
        return matcher.Match(stream[i].Key + tail.Key) is { Fit: not LabelFit.Keyword } ? j : null;
    }

    static bool SameValues(List<Cell> a, List<Cell> b) =>
        a.Where(c => !c.IsEmpty).Select(c => c.Text.Trim()).SequenceEqual(b.Where(c => !c.IsEmpty).Select(c => c.Text.Trim()));

    /// <summary>A row whose printed label holds undecodable characters and no value (html2text cut a character in two,
    /// docs/accuracy.md "Real converters"): its numbers may be inside the garble, so it is null, never blank.</summary>
    static void GarbledRow(TableDef table, RowDef row, IReadOnlyList<ColumnDef> columns, Cell label, TableValues values, List<Finding> findings)
    {
        ValueCells.Fill(values, row, columns, _ => CellValue.Unreadable("", label.Source));
        findings.Add(Finding.Create("NB-P-LABEL-GARBLED", ValueCells.At(table, row, null, label.Source), ("label", row.Label), ("printed", label.Raw.Trim())));
    }
}
