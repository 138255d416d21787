using System.Text.Json;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Wordprocessing;
using Nianbao.Template;

namespace Nianbao.Tests.Docx;

/// <summary>
/// The three national tables laid out the way Word holds them (docs/format.md §2.3–§2.5): merged cells as
/// <c>w:gridSpan</c> and <c>w:vMerge</c> restart/continue, wrapped header labels as separate paragraphs or
/// <c>w:br</c>. Values come from the expected JSON; null is an empty cell.
/// </summary>
static class WordTables
{
    static readonly TableDef Applications = ReportTemplate.Embedded.Table("applications", new FormatId("2021"))!;
    static readonly TableDef Active = ReportTemplate.Embedded.Table("active_disclosure", new FormatId("2021"))!;
    static readonly TableDef Review = ReportTemplate.Embedded.Table("review_litigation", new FormatId("2021"))!;

    /// <summary>A cell: <paramref name="text"/> with '\n' as separate paragraphs and '|' as a manual line break.</summary>
    public static TableCell Cell(string text, int span = 1, MergedCellValues? merge = null, bool continues = false)
    {
        var props = new TableCellProperties();
        if (span > 1) props.Append(new GridSpan { Val = span });
        if (continues) props.Append(new VerticalMerge());
        else if (merge is { } m) props.Append(new VerticalMerge { Val = m });
        var cell = new TableCell(props);
        if (continues) cell.Append(new Paragraph());
        else foreach (var line in text.Split('\n')) cell.Append(Para(line));
        return cell;
    }

    static Paragraph Para(string text)
    {
        var run = new Run();
        var parts = text.Split('|');
        for (var i = 0; i < parts.Length; i++)
        {
            if (i > 0) run.Append(new Break());
            run.Append(new Text(parts[i]) { Space = SpaceProcessingModeValues.Preserve });
        }
        return new Paragraph(run);
    }

    public static Table Grid(int columns, IEnumerable<TableRow> rows)
    {
        var table = new Table(new TableProperties(new TableBorders(
            new TopBorder { Val = BorderValues.Single }, new BottomBorder { Val = BorderValues.Single },
            new InsideHorizontalBorder { Val = BorderValues.Single }, new InsideVerticalBorder { Val = BorderValues.Single })));
        table.Append(new TableGrid(Enumerable.Range(0, columns).Select(_ => new GridColumn { Width = "800" })));
        table.Append(rows);
        return table;
    }

    static TableRow Row(params TableCell[] cells) => new(cells);

    static string Value(JsonElement tables, string table, string row, string column)
    {
        if (!tables.TryGetProperty(table, out var t) || !t.TryGetProperty(row, out var r) || !r.TryGetProperty(column, out var v))
            return "";
        return v.ValueKind switch
        {
            JsonValueKind.Null => "",
            JsonValueKind.Number => v.GetRawText(),
            _ => v.GetString() ?? "",
        };
    }

    /// <summary>Table 二: one 4-column grid; each block opens with a title row spanning all four columns.</summary>
    public static Table ActiveDisclosure(JsonElement tables)
    {
        var rows = new List<TableRow>();
        foreach (var block in Active.Rows.GroupBy(r => r.Block))
        {
            rows.Add(Row(Cell(block.Key!, span: 4)));
            var columns = block.First().Columns!;
            var headSpan = columns.Count == 1 ? 3 : 1;
            rows.Add(Row([Cell("信息内容"), .. columns.Select(c => Cell(c.Label, headSpan))]));
            foreach (var row in block)
                rows.Add(Row([Cell(row.Label), .. columns.Select(c => Cell(Value(tables, Active.Key, row.Key, c.Key), headSpan))]));
        }
        return Grid(4, rows);
    }

    /// <summary>
    /// Table 三: three label columns and seven applicant columns. The note spans the label columns over the three
    /// header rows; 申请人情况 spans seven columns, 法人或其他组织 five; 自然人 and 总计 run down two header rows;
    /// the group labels 三、本年度办理结果 and （三）…（六） run down their rows.
    /// </summary>
    public static Table ApplicationsTable(JsonElement tables)
    {
        var cols = Applications.Columns!;
        var rows = new List<TableRow>
        {
            Row(Cell(Applications.Note!, 3, MergedCellValues.Restart), Cell("申请人情况", 7)),
            Row(Cell("", 3, continues: true), Cell("自然人", merge: MergedCellValues.Restart), Cell("法人或其他组织", 5),
                Cell("总计", merge: MergedCellValues.Restart)),
            Row([Cell("", 3, continues: true), Cell("", continues: true), Cell("商业\n企业"), Cell("科研\n机构"),
                .. cols.Skip(3).Take(3).Select(c => Cell(c.Label)), Cell("", continues: true)]),
        };
        string? outerGroup = null, innerGroup = null;
        foreach (var row in Applications.RowsFor(FormatId.F2021))
        {
            var values = cols.Select(c => Cell(Value(tables, Applications.Key, row.Key, c.Key)));
            if (row.Group is null)
            {
                rows.Add(Row([Cell(row.Label, 3), .. values]));
                continue;
            }
            var nested = row.Group.StartsWith('（');   // （三）不予公开 › 1.属于国家秘密
            var outer = nested ? "三、本年度办理结果" : row.Group;
            var first = outer != outerGroup;
            outerGroup = outer;
            var cells = new List<TableCell> { first ? Cell(outer, merge: MergedCellValues.Restart) : Cell("", continues: true) };
            if (nested)
            {
                cells.Add(row.Group != innerGroup ? Cell(row.Group, merge: MergedCellValues.Restart) : Cell("", continues: true));
                cells.Add(Cell(row.Label));
            }
            else cells.Add(Cell(row.Label, 2));
            innerGroup = nested ? row.Group : null;
            rows.Add(Row([.. cells, .. values]));
        }
        return Grid(10, rows);
    }

    /// <summary>Table 四: 行政复议 (5) and 行政诉讼 (10) over three header rows; wrapped leaves use a manual break.</summary>
    public static Table ReviewLitigation(JsonElement tables)
    {
        string[] wrapped = ["结果|维持", "结果|纠正", "其他|结果", "尚未|审结", "总计"];
        var rows = new List<TableRow>
        {
            Row(Cell("行政复议", 5), Cell("行政诉讼", 10)),
            Row([.. wrapped.Select(w => Cell(w, merge: MergedCellValues.Restart)), Cell("未经复议直接起诉", 5), Cell("复议后起诉", 5)]),
            Row([.. wrapped.Select(_ => Cell("", continues: true)), .. wrapped.Select(w => Cell(w)), .. wrapped.Select(w => Cell(w))]),
            Row([.. Review.Rows.SelectMany(r => Review.Columns!.Select(c => Cell(Value(tables, Review.Key, r.Key, c.Key))))]),
        };
        return Grid(15, rows);
    }
}
