using Nianbao.Template;
using System.Data.Common;
using Nianbao.Model;
using Nianbao.Checking;

namespace Nianbao.Corpus.Storage;

/// <summary>
/// A stored report read back as the library's <see cref="Report"/> (source, format, year, agency, metadata,
/// sections, every value with its state, raw text and provenance, the narrative figures) — what the cross-year rules need of a previous
/// year, and what `nianbao show` prints. Findings are not loaded; they belong to the stored check.
/// </summary>
static class ReportLoader
{
    static readonly Dictionary<string, ValueState> States = Enum.GetValues<ValueState>().ToDictionary(ReportRows.State);

    internal const string ValuesSql =
        "SELECT table_key, row_key, column_key, layout, value_int, value_text, state, raw, provenance FROM report_values WHERE report_id = @id";

    public static Report? Load(DbConnection c, DbTransaction? tx, long id)
    {
        if (Head(c, tx, id) is not { } report) return null;
        using (var cmd = Db.Reused(c, tx, "SELECT key, value, provenance FROM report_metadata WHERE report_id = @id"))
        {
            Db.Param(cmd, "id", id);
            using var r = cmd.ExecuteReader();
            while (r.Read()) report.Metadata[r.GetString(0)] = new MetaField(r.GetString(0), r.GetString(1), ProvenanceJson.Parse(Db.Str(r, 2)));
        }
        Sections(c, tx, id, report, null);
        Values(c, tx, id, report);
        using (var cmd = Db.Reused(c, tx, "SELECT key, value, unit, section, text, provenance FROM narrative_figures WHERE report_id = @id ORDER BY ordinal"))
        {
            Db.Param(cmd, "id", id);
            using var r = cmd.ExecuteReader();
            while (r.Read())
                report.NarrativeFigures.Add(new NarrativeFigure(r.GetString(0), decimal.Parse(r.GetString(1), System.Globalization.NumberStyles.Number, System.Globalization.CultureInfo.InvariantCulture),
                    r.GetString(2), r.GetString(3), r.GetString(4), ProvenanceJson.Parse(Db.Str(r, 5))));
        }
        return report;
    }

    /// <summary>
    /// A stored report as the cross-year rules read it when it is another report's previous year
    /// (<see cref="PreviousYearInputs"/>): the head, the cells those rules read and the sections they compare —
    /// a few point look-ups on the clustered keys instead of every value of the report. The same as
    /// <see cref="PreviousYearInputs.Project"/> of <see cref="Load"/>, except that cells keep the stored order.
    /// </summary>
    public static Report? LoadPrevious(DbConnection c, DbTransaction? tx, long id, PreviousYearInputs inputs)
    {
        if (Head(c, tx, id) is not { } report) return null;
        Sections(c, tx, id, report, inputs.Sections);
        foreach (var need in inputs.Cells)
        {
            if (!report.Tables.TryGetValue(need.Table, out var table))
            {
                // The table's layout (every stored cell of a table has it); no row: the report has no such table.
                using var cmd = Db.Reused(c, tx, "SELECT layout FROM report_values WHERE report_id = @id AND table_key = @table LIMIT 1");
                Db.Param(cmd, "id", id);
                Db.Param(cmd, "table", need.Table);
                if (cmd.Command.ExecuteScalar() is not string layout) continue;
                report.Tables[need.Table] = table = new TableValues { Layout = new FormatId(layout) };
            }
            foreach (var row in (IEnumerable<string?>?)need.Rows ?? [null])
            {
                using var cmd = Db.Reused(c, tx, row is null ? PreviousTableSql : PreviousRowSql);
                Db.Param(cmd, "id", id);
                Db.Param(cmd, "table", need.Table);
                if (row is not null) Db.Param(cmd, "row", row);
                using var r = cmd.ExecuteReader();
                while (r.Read())
                {
                    var (rowKey, column) = (r.GetString(0), r.GetString(1));
                    if (need.Columns is { } columns && !columns.Contains(column)) continue;
                    table[rowKey, column] = new CellValue(States[r.GetString(4)], Db.Long(r, 2), Db.Str(r, 3), Db.Str(r, 5), ProvenanceJson.Parse(Db.Str(r, 6)));
                }
            }
        }
        return report;
    }

    const string PreviousTableSql =
        "SELECT row_key, column_key, value_int, value_text, state, raw, provenance FROM report_values WHERE report_id = @id AND table_key = @table";
    const string PreviousRowSql = PreviousTableSql + " AND row_key = @row";

    static Report? Head(DbConnection c, DbTransaction? tx, long id)
    {
        Report report;
        using (var cmd = Db.Reused(c, tx, """
            SELECT s.file_name, r.format, r.year, r.agency_name, r.profile_type, r.profile_level
            FROM reports r JOIN sources s ON s.id = r.source_id WHERE r.id = @id
            """))
        {
            Db.Param(cmd, "id", id);
            using var r = cmd.ExecuteReader();
            if (!r.Read()) return null;
            report = new Report { Source = r.GetString(0), Format = Db.Str(r, 1) is { } format ? new FormatId(format) : null, Year = Db.Int(r, 2), Agency = Db.Str(r, 3) };
            if (Db.Str(r, 4) is not null || Db.Str(r, 5) is not null) report.Profile = new AgencyProfile(Db.Str(r, 4), Db.Str(r, 5), "corpus");
        }
        return report;
    }

    /// <summary>The report's sections (only those keys, when given), in template order.</summary>
    static void Sections(DbConnection c, DbTransaction? tx, long id, Report report, IReadOnlyList<string>? keys)
    {
        using var cmd = Db.Reused(c, tx, "SELECT key, heading, text, match, provenance FROM sections WHERE report_id = @id");
        Db.Param(cmd, "id", id);
        using var r = cmd.ExecuteReader();
        var sections = new List<SectionText>();
        while (r.Read())
            if (keys is null || keys.Contains(r.GetString(0)))
                sections.Add(new SectionText(r.GetString(0), r.GetString(1), r.GetString(2), ProvenanceJson.Parse(Db.Str(r, 4))) { Match = r.GetString(3) });
        foreach (var s in sections.OrderBy(s => TemplateOrder.Section(s.Key))) report.Sections[s.Key] = s;
    }

    static void Values(DbConnection c, DbTransaction? tx, long id, Report report)
    {
        {
            // Stored in key order; put back in template order (table, then the cell's place in its layout).
            var cells = new List<(int Table, int Cell, string Key, string Row, string Column, string Layout, CellValue Value)>(256);
            void Add(string table, string row, string column, string layout, long? integer, string? text, string state, string? raw, string? provenance) =>
                cells.Add((TemplateOrder.Table(table), TemplateOrder.Cell(table, layout, row, column), table, row, column, layout,
                    new CellValue(States[state], integer, text, raw, ProvenanceJson.Parse(provenance))));
            if (c is Microsoft.Data.Sqlite.SqliteConnection sqlite) RawValues.Read(sqlite, id, Add);
            else
            {
                using var cmd = Db.Reused(c, tx, ValuesSql);
                Db.Param(cmd, "id", id);
                using var r = cmd.ExecuteReader();
                while (r.Read())
                    Add(r.GetString(0), r.GetString(1), r.GetString(2), r.GetString(3), Db.Long(r, 4), Db.Str(r, 5), r.GetString(6), Db.Str(r, 7), Db.Str(r, 8));
            }
            // A stable sort: cells outside the template keep their stored order, as before.
            var sorted = cells.Select((x, i) => (x, i)).ToArray();
            Array.Sort(sorted, (a, b) => a.x.Table != b.x.Table ? a.x.Table.CompareTo(b.x.Table)
                : string.CompareOrdinal(a.x.Key, b.x.Key) is var k and not 0 ? k
                : a.x.Cell != b.x.Cell ? a.x.Cell.CompareTo(b.x.Cell) : a.i.CompareTo(b.i));
            TableValues? current = null;
            string? currentKey = null;
            foreach (var (x, _) in sorted)
            {
                if (x.Key != currentKey)
                {
                    current = new TableValues { Layout = new FormatId(x.Layout) };
                    currentKey = x.Key;
                    report.Tables[x.Key] = current;
                }
                current![x.Row, x.Column] = x.Value;
            }
        }
    }
}
