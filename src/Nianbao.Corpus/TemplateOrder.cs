using Nianbao.Template;

namespace Nianbao.Corpus;

/// <summary>The template's printed order of sections, tables, rows and columns, for putting stored rows back in order.</summary>
static class TemplateOrder
{
    static readonly Lazy<Dictionary<(string, string, string, string), int>> Cells = new(() =>
    {
        var order = new Dictionary<(string, string, string, string), int>();
        var t = ReportTemplate.Embedded;
        foreach (var table in t.Tables)
            foreach (var format in table.Formats)
                foreach (var row in table.RowsFor(format))
                    foreach (var column in table.ColumnsOf(row))
                        order.TryAdd((table.Key, format.Value, row.Key, column.Key), order.Count);
        return order;
    });

    public static int Section(string key) => Index(ReportTemplate.Embedded.Sections.Select(s => s.Key), key);

    public static int Table(string key) => Index(ReportTemplate.Embedded.TableKeys, key);

    public static int Cell(string table, string layout, string row, string column) =>
        Cells.Value.TryGetValue((table, layout, row, column), out var i) ? i : int.MaxValue;

    static int Index(IEnumerable<string> keys, string key)
    {
        var i = 0;
        foreach (var k in keys) { if (k == key) return i; i++; }
        return int.MaxValue;
    }
}
