using Nianbao.Extraction;
using Nianbao.Model;
using Nianbao.Template;

namespace Nianbao.Reconciling;

/// <summary>
/// Uncertain OCR digits (docs/ocr.md): a number OCR read without certainty was left null by extraction, its reading
/// kept as the cell's raw text. It is filled in only when the table's identities fix the cell to exactly one value
/// (every other cell of an identity is known) and that value is the OCR's reading, as ValueState.Inferred with
/// NB-OCR-CONFIRMED naming the rules, which replaces the cell's NB-P-OCR-UNSURE. An identity that gives another
/// value, or two identities that disagree, leave the cell null: the rules confirm a reading, they never replace it.
/// </summary>
internal static class OcrDigits
{
    public static Report Confirm(Extracted extracted, ReportTemplate template)
    {
        var report = extracted.Report;
        foreach (var (key, values) in report.Tables)
        {
            if (template.Table(key, values.Layout) is not { } table) continue;
            // Only OCR leaves a scanned reading: every other table (all of a text, HTML or Word report) has none to confirm.
            if (!values.All.Any(c => c.Value is { State: ValueState.Unreadable, Source.Kind: CellValueParser.Scanned })) continue;
            var cells = new TableCells(table, values.Layout, values,
                extracted.BlankRows.TryGetValue(key, out var blank) ? blank : new HashSet<string>());
            var reading = new Dictionary<int, long>();
            for (var i = 0; i < cells.Cells.Count; i++)
                if (values[cells.Cells[i].Row.Key, cells.Cells[i].Column.Key] is { State: ValueState.Unreadable, Source.Kind: CellValueParser.Scanned } v
                    && long.TryParse(v.Raw, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var n))
                    reading[i] = n;
            if (reading.Count == 0) continue;
            cells.MarkRun(reading.Keys);
            var rules = cells.Rules(key, values.Layout, template);
            var confirmed = new Dictionary<int, List<string>>();
            for (var progress = true; progress;)
            {
                progress = false;
                foreach (var (cell, read) in reading)
                {
                    if (cells.Values[cell] is not null) continue;
                    var fixing = rules.Where(r => r.Cells.Contains(cell) && r.Cells.All(c => c == cell || cells.Values[c] is not null)).ToList();
                    if (fixing.Count == 0) continue;
                    var forced = fixing.Select(r => r.TryForce(cell, cells.Values, out var f) ? f : (long?)null).ToList();
                    if (forced.Any(f => f != read)) continue;
                    cells.Values[cell] = read;
                    confirmed[cell] = fixing.Select(r => r.Rule).Distinct().ToList();
                    progress = true;
                }
            }
            foreach (var (cell, rulesUsed) in confirmed)
            {
                var (row, column) = cells.Cells[cell];
                var old = values[row.Key, column.Key];
                values[row.Key, column.Key] = new CellValue(ValueState.Inferred, reading[cell], null, old.Raw, old.Source);
                var at = report.Findings.FindIndex(f => f.Code == "NB-P-OCR-UNSURE" && f.Location.Table == key && f.Location.Row == row.Key && f.Location.Column == column.Key);
                var finding = Finding.Create("NB-OCR-CONFIRMED", at >= 0 ? report.Findings[at].Location : new FindingLocation { Section = table.Section, Table = key, Row = row.Key, Column = column.Key, Source = old.Source },
                    ("label", row.Label), ("column", column.Label), ("raw", old.Raw), ("rules", string.Join(", ", rulesUsed)), ("value", reading[cell]));
                if (at >= 0) report.Findings[at] = finding; else report.Findings.Add(finding);
            }
        }
        return report;
    }
}
