using Nianbao.Model;
using Nianbao.Template;

namespace Nianbao.Extraction;

/// <summary>Notes the blank cells of a table in one finding (docs/format.md §5.0: blanks are parsed as missing, never 0).</summary>
static class BlankCells
{
    public static void Note(TableDef table, TableValues values, List<Finding> findings)
    {
        var blanks = values.All.Where(v => v.Value.State is ValueState.Blank).ToList();
        if (blanks.Count == 0) return;
        // Printed labels, as every message gives them (never codebook keys inside Chinese text).
        var rows = blanks.Select(b => b.Row).Distinct().Select(r => table.Rows.FirstOrDefault(d => d.Key == r)?.Label ?? r).ToArray();
        findings.Add(Finding.Create("NB-P-BLANK-CELLS",
            new FindingLocation
            {
                Section = table.Section, Table = table.Key,
                Cells = blanks.Select(b => new LocatedCell(new CellRef(table.Key, b.Row, b.Column), b.Value.Source)).ToList(),
            },
            ("table_label", table.Label), ("count", blanks.Count), ("rows", rows)));
    }
}
