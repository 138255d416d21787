namespace Nianbao.Template;

/// <summary>
/// What a schema cannot see: that every key a rule, identity or figure names exists in the template (a table, its
/// rows and columns, a section, a format version). Each problem names its file and JSON path.
/// </summary>
static class TemplateReferences
{
    public static List<string> Check(ReportTemplate t)
    {
        var problems = new List<string>();
        void Problem(string file, string path, string what) => problems.Add($"{file}: {path}: {what}");
        const string T = ReportTemplate.TemplateFile;
        var formats = t.Formats.Select(f => f.Id).ToHashSet();
        var sections = t.Sections.Select(s => s.Key).ToHashSet();
        bool HasTable(string key) => t.Tables.Any(x => x.Key == key);
        IEnumerable<RowDef> Rows(string table) => t.Layouts(table).SelectMany(x => x.Rows);
        IEnumerable<ColumnDef> Columns(string table) => t.Layouts(table).SelectMany(x => (x.Columns ?? []).Concat(x.Rows.SelectMany(x.ColumnsOf)));
        bool HasRow(string table, string row) => Rows(table).Any(r => r.Key == row);
        bool HasColumn(string table, string column) => Columns(table).Any(c => c.Key == column);

        if (formats.Count != t.Formats.Count) Problem(T, "/formats", "a format id is given twice");
        for (var i = 0; i < t.Sections.Count; i++)
            foreach (var (v, k) in (t.Sections[i].Variants ?? []).Select((v, k) => (v, k)))
                if (!t.Notes.ContainsKey(v.Note)) Problem(T, $"/sections/{i}/variants/{k}/note", $"no note \"{v.Note}\"");
        for (var i = 0; i < t.Tables.Count; i++)
        {
            var table = t.Tables[i];
            if (!sections.Contains(table.Section)) Problem(T, $"/tables/{i}/section", $"no section \"{table.Section}\"");
            for (var k = 0; k < table.Formats.Count; k++)
                if (!formats.Contains(table.Formats[k])) Problem(T, $"/tables/{i}/formats/{k}", $"no format \"{table.Formats[k]}\"");
            for (var r = 0; r < table.Rows.Count; r++)
            {
                foreach (var (f, k) in (table.Rows[r].Formats ?? []).Select((f, k) => (f, k)))
                    if (!table.Formats.Contains(f)) Problem(T, $"/tables/{i}/rows/{r}/formats/{k}", $"format \"{f}\" is not one of the table's");
                foreach (var (v, k) in (table.Rows[r].Variants ?? []).Select((v, k) => (v, k)))
                    if (!t.Notes.ContainsKey(v.Note)) Problem(T, $"/tables/{i}/rows/{r}/variants/{k}/note", $"no note \"{v.Note}\"");
            }
        }
        for (var i = 0; i < t.Identities.Count; i++)
        {
            var id = t.Identities[i];
            if (!HasTable(id.Table)) { Problem(T, $"/identities/{i}/table", $"no table \"{id.Table}\""); continue; }
            foreach (var (side, sel) in new[] { ("left", id.Left), ("right", id.Right) })
            {
                foreach (var (s, k) in (sel.Rows ?? []).Select((s, k) => (s, k)))
                    if (s.StartsWith('@') ? !Rows(id.Table).Any(r => r.Role == s[1..]) : !HasRow(id.Table, s))
                        Problem(T, $"/identities/{i}/{side}/rows/{k}", $"no row \"{s}\" in table {id.Table}");
                foreach (var (s, k) in (sel.Columns ?? []).Select((s, k) => (s, k)))
                    if (s != "@part" && (s.StartsWith('@') ? !Columns(id.Table).Any(c => c.Role == s[1..]) : !HasColumn(id.Table, s)))
                        Problem(T, $"/identities/{i}/{side}/columns/{k}", $"no column \"{s}\" in table {id.Table}");
            }
        }
        for (var i = 0; i < t.Rules.NonNegative.Count; i++)
            if (!HasTable(t.Rules.NonNegative[i].Table)) Problem(T, $"/rules/nonNegative/{i}/table", $"no table \"{t.Rules.NonNegative[i].Table}\"");
        foreach (var (list, name) in new[] { (t.Rules.WithinYear, "withinYear"), (t.Rules.CrossYear, "crossYear") })
            for (var i = 0; i < list.Count; i++)
            {
                var c = list[i];
                var at = $"/rules/{name}/{i}";
                if (!HasTable(c.Table)) { Problem(T, at + "/table", $"no table \"{c.Table}\""); continue; }
                foreach (var (f, k) in (c.Formats ?? []).Select((f, k) => (f, k)))
                    if (!formats.Contains(f)) Problem(T, $"{at}/formats/{k}", $"no format \"{f}\"");
                foreach (var (r, k) in (c.Rows ?? []).Select((r, k) => (r, k)))
                    if (!HasRow(c.Table, r)) Problem(T, $"{at}/rows/{k}", $"no row \"{r}\" in table {c.Table}");
                bool Named(string key) => c.PerColumn ? HasRow(c.Table, key) : HasColumn(c.Table, key);
                var what = c.PerColumn ? "row" : "column";
                foreach (var (side, terms) in new[] { ("left", c.LeftTerms), ("right", c.RightTerms) })
                    for (var k = 0; k < terms.Count; k++)
                        if (!Named(terms[k].Key)) Problem(T, $"{at}/{side}/{k}", $"no {what} \"{terms[k].Key}\" in table {c.Table}");
                for (var k = 0; k < c.Cells.Count; k++)
                    if (!Named(c.Cells[k])) Problem(T, $"{at}/cells/{k}", $"no {what} \"{c.Cells[k]}\" in table {c.Table}");
                foreach (var (arg, value) in c.Args)
                {
                    var term = value.StartsWith("$source:", StringComparison.Ordinal) ? value[8..] : value.StartsWith('$') ? null : value;
                    if (term is not null && !Named(Term.Parse(term).Key)) Problem(T, $"{at}/args/{arg}", $"no {what} \"{Term.Parse(term).Key}\" in table {c.Table}");
                }
            }
        for (var i = 0; i < t.Rules.CopiedText.Sections.Count; i++)
            if (!sections.Contains(t.Rules.CopiedText.Sections[i])) Problem(T, $"/rules/copiedText/sections/{i}", $"no section \"{t.Rules.CopiedText.Sections[i]}\"");

        const string F = ReportTemplate.FiguresFile;
        for (var i = 0; i < t.Figures.Figures.Count; i++)
        {
            if (t.Figures.Figures[i].Check is not { } check) continue;
            var at = $"/figures/{i}/check";
            if (!HasTable(check.Table)) { Problem(F, at + "/table", $"no table \"{check.Table}\""); continue; }
            for (var a = 0; a < check.Alternatives.Count; a++)
                for (var k = 0; k < check.Alternatives[a].Count; k++)
                {
                    var p = check.Alternatives[a][k];
                    var rows = p.IsPrefix ? Rows(check.Table).Any(r => r.Key.StartsWith(p.Row, StringComparison.Ordinal)) : HasRow(check.Table, p.Row);
                    if (!rows) Problem(F, $"{at}/accept/{a}/{k}", $"no row \"{p.Row}{(p.IsPrefix ? "*" : "")}\" in table {check.Table}");
                    if (!HasColumn(check.Table, p.Column)) Problem(F, $"{at}/accept/{a}/{k}", $"no column \"{p.Column}\" in table {check.Table}");
                }
        }
        var figureKeys = t.Figures.Figures.Select(f => f.Key).Concat(t.Figures.Derived.Select(d => d.Key)).ToList();
        if (figureKeys.Distinct().Count() != figureKeys.Count)
            foreach (var dup in figureKeys.GroupBy(k => k).Where(g => g.Count() > 1).Select(g => g.Key).Where(k => t.Figures.Derived.Any(d => d.Key == k)))
                Problem(F, "/derived", $"figure key \"{dup}\" is both read and derived");
        return problems;
    }
}
