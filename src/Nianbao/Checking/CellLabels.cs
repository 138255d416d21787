using Nianbao.Template;

namespace Nianbao.Checking;

/// <summary>The printed labels of table cells (format.md §2.3–§2.5), for messages and repair hints.</summary>
public static class CellLabels
{
    public static string TableLabel(string table) => ReportTemplate.Default.Layouts(table).FirstOrDefault()?.Label ?? table;

    public static string Row(string table, string row) =>
        ReportTemplate.Default.Layouts(table).SelectMany(t => t.Rows).FirstOrDefault(r => r.Key == row)?.Label ?? row;

    public static string Column(string table, string row, string column)
    {
        foreach (var t in ReportTemplate.Default.Layouts(table))
            if (t.Rows.FirstOrDefault(r => r.Key == row) is { } rd && t.ColumnsOf(rd).FirstOrDefault(c => c.Key == column) is { } c)
                return c.Label;
        return ReportTemplate.Default.Layouts(table).SelectMany(t => t.Columns ?? []).FirstOrDefault(c => c.Key == column)?.Label ?? column;
    }

    /// <summary>"row › column", e.g. "（一）予以公开 › 自然人".</summary>
    public static string Cell(string table, string row, string column) => $"{Row(table, row)} › {Column(table, row, column)}";

    public static string Anchor(LinearIdentity identity) =>
        identity.Def.Per == "column" ? Column(identity.Table, identity.Left[0].Row, identity.Anchor) : Row(identity.Table, identity.Anchor);

    public static string? SectionOf(string table) => ReportTemplate.Default.Layouts(table).FirstOrDefault()?.Section;
}
