using Nianbao.Model;
using Nianbao.Template;

namespace Nianbao.Checking;

/// <summary>Deduplicates findings (same code, location and message) and sorts them by severity, then by
/// location in template order (section, table, row, column), then by code.</summary>
static class FindingOrder
{
    public static List<Finding> Distinct(List<Finding> findings)
    {
        // Messages are compared only between findings of the same code and place (rare), not formatted for each.
        var kept = new Dictionary<(string, string?, string?, string?, string?), List<Finding>>();
        var result = new List<Finding>(findings.Count);
        foreach (var f in findings)
        {
            var key = (f.Code, f.Location.Section, f.Location.Table, f.Location.Row, f.Location.Column);
            if (!kept.TryGetValue(key, out var same)) kept[key] = [f];
            else if (f.Message("en") is var en && !same.Any(k => k.Message("en") == en)) same.Add(f);
            else continue;
            result.Add(f);
        }
        return result;
    }

    /// <summary>The template's section, row and column places, made once per template.</summary>
    sealed record Places(Dictionary<string, int> Sections, Dictionary<string, int> Rows, Dictionary<string, int> Columns);

    static readonly System.Runtime.CompilerServices.ConditionalWeakTable<ReportTemplate, Places> PlacesOf = new();

    static Places Build(ReportTemplate t)
    {
        var sections = t.Sections.Select((s, i) => (s.Key, i)).ToDictionary(x => x.Key, x => x.i);
        var rows = new Dictionary<string, int>();
        var columns = new Dictionary<string, int>();
        foreach (var table in t.Tables)
        {
            foreach (var r in table.Rows) rows.TryAdd(table.Key + "/" + r.Key, rows.Count);
            foreach (var c in table.Rows.SelectMany(table.ColumnsOf)) columns.TryAdd(table.Key + "/" + c.Key, columns.Count);
        }
        return new Places(sections, rows, columns);
    }

    public static IReadOnlyList<Finding> Sort(List<Finding> findings, ReportTemplate t)
    {
        var (sections, rows, columns) = PlacesOf.GetValue(t, Build);
        int Index(Dictionary<string, int> d, string? k) => k is not null && d.TryGetValue(k, out var i) ? i : -1;
        string? SectionOf(FindingLocation l) => l.Section ?? (l.Table is null ? null : t.SectionOf(l.Table));
        // OrderBy is stable: equal keys keep the order the rules produced them in.
        return findings
            .OrderBy(f => f.Severity)
            .ThenBy(f => Index(sections, SectionOf(f.Location)))
            .ThenBy(f => Index(rows, f.Location.Table + "/" + f.Location.Row))
            .ThenBy(f => Index(columns, f.Location.Table + "/" + f.Location.Column))
            .ThenBy(f => f.Code, StringComparer.Ordinal)
            .ToList();
    }
}
