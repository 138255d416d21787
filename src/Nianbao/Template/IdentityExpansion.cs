namespace Nianbao.Template;

/// <summary>Expands the template's identity definitions into concrete identities for one format version.</summary>
static class IdentityExpansion
{
    public static IReadOnlyList<LinearIdentity> For(ReportTemplate template, FormatId format)
    {
        var result = new List<LinearIdentity>();
        foreach (var def in template.Identities)
        {
            var table = template.Table(def.Table, format);
            if (table is null) continue;
            var rows = table.RowsFor(format).ToList();
            var columns = table.Columns ?? [];
            if (def.PerColumn)
                foreach (var c in columns)
                    result.Add(new LinearIdentity(def, table.Key, c.Key,
                        Rows(rows, def.Left.Rows!).Select(r => new CellRef(table.Key, r, c.Key)).ToList(),
                        Rows(rows, def.Right.Rows!).Select(r => new CellRef(table.Key, r, c.Key)).ToList()));
            else
                foreach (var r in rows)
                    result.Add(new LinearIdentity(def, table.Key, r.Key,
                        Columns(columns, def.Left.Columns!).Select(c => new CellRef(table.Key, r.Key, c)).ToList(),
                        Columns(columns, def.Right.Columns!).Select(c => new CellRef(table.Key, r.Key, c)).ToList()));
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
