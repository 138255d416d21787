using Nianbao.Documents;
using Nianbao.Model;
using Nianbao.Template;

namespace Nianbao.Extraction;

/// <summary>Parses the value cells of one row into a table, with a finding for every cell not read as a number.</summary>
static class ValueCells
{
    /// <summary>What a table's cells had in common, reported once per table rather than once per cell.</summary>
    public sealed class TableNotes
    {
        public int StrayMarks;
        public readonly List<LocatedCell> Clipped = [];

        public void Report(TableDef table, List<Finding> findings)
        {
            var at = new FindingLocation { Section = table.Section, Table = table.Key };
            if (StrayMarks > 0)
                findings.Add(Finding.Create("NB-P-STRAY-MARK", at, ("table_label", table.Label), ("count", StrayMarks)));
            if (Clipped.Count > 0)
                findings.Add(Finding.Create("NB-P-CLIPPED", at with { Cells = Clipped, Source = Clipped[0].Source },
                    ("table_label", table.Label), ("count", Clipped.Count)));
        }
    }

    public static void Store(TableDef table, RowDef row, IReadOnlyList<ColumnDef> columns, IReadOnlyList<Cell> cells,
        TableValues into, List<Finding> findings, TableNotes notes)
    {
        for (var k = 0; k < columns.Count; k++)
        {
            var (value, note) = CellValueParser.Parse(cells[k], columns[k].ValueKind);
            into[row.Key, columns[k].Key] = value;
            if (note == CellValueParser.Note.StrayMark) notes.StrayMarks++;
            if (note == CellValueParser.Note.Clipped) notes.Clipped.Add(new LocatedCell(new CellRef(table.Key, row.Key, columns[k].Key), cells[k].Source));
            if (note == CellValueParser.Note.OcrUnsure)
                findings.Add(Finding.Create("NB-P-OCR-UNSURE", At(table, row, columns[k], cells[k].Source),
                    ("label", row.Label), ("column", columns[k].Label), ("raw", cells[k].Raw)));
            if (note == CellValueParser.Note.OcrReread)
                findings.Add(Finding.Create("NB-P-OCR-REREAD", At(table, row, columns[k], cells[k].Source),
                    ("label", row.Label), ("column", columns[k].Label), ("first", cells[k].Reread!), ("value", cells[k].Raw)));
            if (note == CellValueParser.Note.TooManyDigits)
            {
                var digits = cells[k].Raw.Count(char.IsDigit);
                findings.Add(Finding.Create("NB-P-VALUE-DIGITS", At(table, row, columns[k], cells[k].Source),
                    ("context", $"{row.Label} / {columns[k].Label}"), ("raw", cells[k].Raw), ("found", digits), ("limit", Reading.InputLimits.MaxValueDigits)));
                continue;
            }
            var code = note switch
            {
                CellValueParser.Note.Unreadable => "NB-P-CELL",
                CellValueParser.Note.BlankMark => "NB-P-BLANK-MARK",
                CellValueParser.Note.SubCount => "NB-P-SUBCOUNT",
                CellValueParser.Note.OcrInk => "NB-P-OCR-INK",
                _ => null,
            };
            if (code is null) continue;
            findings.Add(Finding.Create(code, At(table, row, columns[k], cells[k].Source),
                ("label", row.Label), ("column", columns[k].Label), ("raw", cells[k].Raw)));
        }
    }

    public static FindingLocation At(TableDef table, RowDef row, ColumnDef? column, Provenance? source) => new()
    {
        Section = table.Section, Table = table.Key, Row = row.Key, Column = column?.Key, Source = source,
    };

    /// <summary>Null for every column of a row (absent, or unreadable with a finding already given).</summary>
    public static void Fill(TableValues into, RowDef row, IReadOnlyList<ColumnDef> columns, Func<ColumnDef, CellValue> value)
    {
        foreach (var c in columns) into[row.Key, c.Key] = value(c);
    }
}
