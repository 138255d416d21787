using Nianbao.Documents;
using Nianbao.Model;
using Nianbao.Template;

namespace Nianbao.Extraction;

/// <summary>
/// Reads one national table from a region of blocks. Where the table has several layouts (format versions),
/// each is tried and the one that accounts for the most rows wins (format.md §3.4: classify each table
/// separately); ties go to the version of the report year.
/// </summary>
public static class TableExtractor
{
    public sealed record Result(TableDef Table, string Layout, TableReading Reading);

    public static Result Read(string tableKey, CellStream stream, ReportTemplate template, string preferredFormat)
    {
        Result? best = null;
        var bestScore = int.MinValue;
        foreach (var layout in template.Layouts(tableKey))
        {
            var seen = new List<string[]>();
            foreach (var format in layout.Formats)
            {
                // A layout whose rows are the same in two versions (table 四) reads the same way: read it once.
                var rows = layout.RowsFor(format).Select(r => r.Key).ToArray();
                if (seen.Any(s => s.SequenceEqual(rows)) && format != preferredFormat) continue;
                seen.Add(rows);
                var reading = Reader(layout)(layout, format, stream);
                var score = Score(layout, format, reading, stream);
                if (score > bestScore || (score == bestScore && format == preferredFormat))
                {
                    best = new Result(layout, format, reading);
                    bestScore = score;
                }
            }
        }
        return best!;
    }

    static Func<TableDef, string, CellStream, TableReading> Reader(TableDef t) => t.Reader switch
    {
        "labelled_rows" => LabelledRowsReader.Read,
        "positional_row" => PositionalRowReader.Read,
        _ => throw new InvalidOperationException($"template table {t.Key}: unknown reader {t.Reader}"),
    };

    /// <summary>
    /// Rows read, less rows miscounted, plus header signatures of this layout present. A row that is simply absent
    /// counts for neither layout: a report cut short must not pass for the layout with fewer rows.
    /// </summary>
    static int Score(TableDef table, string format, TableReading reading, CellStream stream)
    {
        if (reading.Values is null) return -1000;
        var rows = table.RowsFor(format).Count();
        var absent = 0;
        var miscounted = 0;
        foreach (var f in reading.Findings)
        {
            if (f.Code == "NB-S-ROW") absent++;
            else if (f.Code == "NB-P-ROW-COUNT") miscounted++;
        }
        var signatures = (table.Signatures ?? []).Count(sig =>
        {
            var key = Normalizing.LabelKey.OfPrinted(sig);
            return stream.Cells.Any(c => c.Key.Contains(key, StringComparison.Ordinal));
        });
        return (rows - absent - miscounted) - 2 * miscounted + 2 * signatures;
    }
}
