using Nianbao.Template;

namespace Nianbao.Checking;

/// <summary>
/// Expands the template's identity definitions into concrete identities for one format version: T3-BAL and
/// T3-VSUM per applicant column, T3-HSUM per row, T4-GRP per review/litigation group. Checking, repair hints
/// and the segmentation of run-together digits all use this one list.
/// </summary>
public static class Identities
{
    public static IReadOnlyList<LinearIdentity> For(string format, ReportTemplate? template = null)
    {
        template ??= ReportTemplate.Default;
        var result = new List<LinearIdentity>();
        foreach (var def in template.Identities)
        {
            var table = template.Table(def.Table, format);
            if (table is null) continue;
            var rows = table.RowsFor(format).ToList();
            var columns = table.Columns ?? [];
            if (def.Per == "column")
                foreach (var c in columns)
                    result.Add(new LinearIdentity(def, table.Key, c.Key,
                        Rows(rows, def.Left.Rows!).Select(r => (r, c.Key)).ToList(),
                        Rows(rows, def.Right.Rows!).Select(r => (r, c.Key)).ToList()));
            else
                foreach (var r in rows)
                    result.Add(new LinearIdentity(def, table.Key, r.Key,
                        Columns(columns, def.Left.Columns!).Select(c => (r.Key, c)).ToList(),
                        Columns(columns, def.Right.Columns!).Select(c => (r.Key, c)).ToList()));
        }
        return result;
    }

    static IEnumerable<string> Rows(List<RowDef> rows, IReadOnlyList<string> selectors) =>
        selectors.SelectMany(s => s.StartsWith('@') ? rows.Where(r => r.Role == s[1..]).Select(r => r.Key) : [s]);

    static IEnumerable<string> Columns(IReadOnlyList<ColumnDef> columns, IReadOnlyList<string> selectors) =>
        selectors.SelectMany(s => s switch
        {
            "@part" => columns.Where(c => c.Role is null).Select(c => c.Key),
            _ when s.StartsWith('@') => columns.Where(c => c.Role == s[1..]).Select(c => c.Key),
            _ => [s],
        });
}
