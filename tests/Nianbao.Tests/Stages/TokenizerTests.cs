using Nianbao.Documents;

namespace Nianbao.Tests.Stages;

/// <summary>Each text rendering the tokenizer knows (docs/format.md §9.1 A1–A3, A17, markdown, TSV) splits into the right cells.</summary>
public class TokenizerTests
{
    static TableBlock OnlyTable(string text)
    {
        var tables = ReportText.Blocks(text).OfType<TableBlock>().ToList();
        Assert.Single(tables);
        return tables[0];
    }

    static string[][] Raw(TableBlock t) => t.Rows.Select(r => r.Select(c => c.Raw).ToArray()).ToArray();

    [Fact]
    public void Pipe_rows_keep_empty_cells()
    {
        var t = OnlyTable("行政许可 | 36109 | ||\n（三）不予公开 | 1.属于国家秘密 | | |\n");
        Assert.True(t.RowBreaksReliable);
        Assert.True(t.BlanksVisible);
        Assert.Equal([["行政许可", "36109", "", ""], ["（三）不予公开", "1.属于国家秘密", "", ""]], Raw(t));
    }

    [Fact]
    public void Pipe_cells_carry_their_position_in_the_line()
    {
        var t = OnlyTable("说明\n规章 | 1,024 | 0 |\n");
        var cell = t.Rows[0][1];
        Assert.Equal(2, cell.Source.Line);
        Assert.Equal(5, cell.Source.Column);
        Assert.Equal(5, cell.Source.Length);
    }

    [Fact]
    public void One_cell_per_line_with_bare_pipe_lines_and_the_pipeless_last_cell()
    {
        var text = "第二十条第(五)项 |\n|||\n信息内容 |\n本年处理决定数量 |\n||\n行政许可 |\n0 |\n||\n行政处罚 |\n12\n五、存在的主要问题及改进情况\n";
        var blocks = ReportText.Blocks(text);
        var t = Assert.IsType<TableBlock>(blocks[0]);
        Assert.False(t.RowBreaksReliable);
        var cells = t.Rows.SelectMany(r => r).Select(c => c.Raw).ToArray();
        Assert.Equal(["第二十条第(五)项", "", "", "", "信息内容", "本年处理决定数量", "", "", "行政许可", "0", "", "", "行政处罚", "12"], cells);
        Assert.Equal("五、存在的主要问题及改进情况", Assert.IsType<LineBlock>(blocks[1]).Line.Raw);
    }

    [Fact]
    public void Tab_per_cell_with_wrapped_labels_and_blank_line_row_breaks()
    {
        var text = "\t自然人\n\t商业\n企业\n\t科研\n机构\n\n\t一、本年新收政府信息公开申请数量\n\t1\n\t\n\t3\n\n一、总体情况\n";
        var blocks = ReportText.Blocks(text);
        var t = Assert.IsType<TableBlock>(blocks[0]);
        Assert.True(t.RowBreaksReliable);
        Assert.Equal([["自然人", "商业\n企业", "科研\n机构"], ["一、本年新收政府信息公开申请数量", "1", "", "3"]], Raw(t));
        Assert.Equal("商业企业", t.Rows[0][1].Key);
        Assert.Equal("一、总体情况", Assert.IsType<LineBlock>(blocks[1]).Line.Raw);
    }

    [Fact]
    public void Markdown_tables_drop_the_outer_pipes_and_the_rule()
    {
        var t = OnlyTable("| 信息内容 | 本年制发件数 | 本年废止件数 |\n|---|:---:|---|\n| 规章 | 1 |  |\n");
        Assert.Equal([["信息内容", "本年制发件数", "本年废止件数"], ["规章", "1", ""]], Raw(t));
    }

    [Fact]
    public void Tsv_rows_keep_empty_cells()
    {
        var t = OnlyTable("规章\t1\t\t3\n行政规范性文件\t4\t5\t6\n");
        Assert.True(t.BlanksVisible);
        Assert.Equal([["规章", "1", "", "3"], ["行政规范性文件", "4", "5", "6"]], Raw(t));
    }

    [Fact]
    public void Whitespace_columns_split_a_label_from_its_numbers_and_say_blanks_are_lost()
    {
        var t = OnlyTable("规章 1 2 3\n（三）不予公开 1.属于国家秘密   0 0 ?0 0 1,024 0 0\n");
        Assert.False(t.BlanksVisible);
        Assert.Equal([["规章", "1", "2", "3"], ["（三）不予公开 1.属于国家秘密", "0", "0", "?0", "0", "1,024", "0", "0"]], Raw(t));
    }

    [Fact]
    public void Running_text_stays_lines()
    {
        var blocks = ReportText.Blocks("一、总体情况\n本年度共收到申请24件。\n");
        Assert.All(blocks, b => Assert.IsType<LineBlock>(b));
        Assert.Equal(2, blocks.Count);
    }
}
