using Nianbao.Documents;
using Nianbao.Model;
using Nianbao.Template;

namespace Nianbao.Extraction;

/// <summary>
/// Reads one national table from a region of blocks. Where the table has several layouts (format versions),
/// each is tried and the one that accounts for the most rows wins (docs/format.md §3.4: classify each table
/// separately); ties go to the version of the report year.
/// </summary>
internal static class TableExtractor
{
    public sealed record Result(TableDef Table, FormatId Layout, TableReading Reading);

    public static Result Read(string tableKey, CellStream stream, ReportTemplate template, FormatId preferredFormat)
    {
        // Candidates: each layout in each of its versions, a version whose rows equal another's only once, the
        // preferred version first. Header signatures are counted once per layout.
        var candidates = new List<(TableDef Layout, FormatId Format, int Signatures)>();
        foreach (var layout in template.Layouts(tableKey))
        {
            var signatures = Signatures(layout, stream);
            var seen = new List<string[]>();
            foreach (var format in layout.Formats.OrderBy(f => f == preferredFormat ? 0 : 1))
            {
                // A layout whose rows are the same in two versions (table 四) reads the same way: read it once.
                var rows = layout.RowsFor(format).Select(r => r.Key).ToArray();
                if (seen.Any(x => x.SequenceEqual(rows))) continue;
                seen.Add(rows);
                candidates.Add((layout, format, signatures));
            }
        }
        candidates = [.. candidates.OrderBy(c => c.Format == preferredFormat ? 0 : 1).ThenByDescending(c => c.Signatures)];

        Result? best = null;
        var bestScore = int.MinValue;
        for (var k = 0; k < candidates.Count; k++)
        {
            var (layout, format, signatures) = candidates[k];
            var reading = Reader(layout)(layout, format, stream, template);
            var score = Score(layout, format, reading, signatures);
            if (score > bestScore || (score == bestScore && format == preferredFormat))
            {
                best = new Result(layout, format, reading);
                bestScore = score;
            }
            // Nothing left can beat the best: each remaining candidate scores at most all its rows plus its signatures.
            if (candidates.Skip(k + 1).All(c => bestScore >= c.Layout.RowsFor(c.Format).Count() + 2 * c.Signatures)) break;
        }
        return best!;
    }

    static Func<TableDef, FormatId, CellStream, ReportTemplate, TableReading> Reader(TableDef t) => t.Reader switch
    {
        "labelled_rows" => LabelledRowsReader.Read,
        "positional_row" => PositionalRowReader.Read,
        _ => throw new InvalidOperationException($"template table {t.Key}: unknown reader {t.Reader}"),
    };

    /// <summary>
    /// Rows read, less rows miscounted, plus header signatures of this layout present. A row that is simply absent
    /// counts for neither layout: a report cut short must not pass for the layout with fewer rows.
    /// </summary>
    static int Score(TableDef table, FormatId format, TableReading reading, int signatures)
    {
        if (reading.Values is null) return -1000;
        var rows = table.RowsFor(format).Count();
        return (rows - reading.AbsentRows - reading.MiscountedRows) - 2 * reading.MiscountedRows + 2 * signatures;
    }

    static int Signatures(TableDef table, CellStream stream)
    {
        var count = 0;
        foreach (var sig in table.Signatures ?? [])
        {
            var key = Normalizing.LabelKey.OfPrinted(sig);
            foreach (var c in stream.Cells)
                if (c.Key.Contains(key, StringComparison.Ordinal)) { count++; break; }
        }
        return count;
    }
}
