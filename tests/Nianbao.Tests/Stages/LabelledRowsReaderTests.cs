using Nianbao.Template;
using Nianbao.Extraction;
using Nianbao.Model;

namespace Nianbao.Tests.Stages;

/// <summary>Tables 二 and 三 read by row label (docs/format.md §2.3–§2.4, §9.3 step 9), in every cell-preserving rendering.</summary>
public class LabelledRowsReaderTests
{
    static TableReading Read(string text, string format = "2021") =>
        LabelledRowsReader.Read(ReportText.Template.Table("applications", new FormatId(format))!, new FormatId(format), ReportText.Stream(text), ReportText.Template);

    static void AssertAllRead(TableReading reading)
    {
        var rows = ReportText.ApplicationRows;
        var columns = ReportText.Applications.Columns!;
        for (var r = 0; r < rows.Count; r++)
            for (var c = 0; c < columns.Count; c++)
                Assert.True(reading.Values![rows[r].Key, columns[c].Key].Integer == ReportText.Value(r, c),
                    $"{rows[r].Key}.{columns[c].Key}: {reading.Values[rows[r].Key, columns[c].Key]}");
    }

    [Fact]
    public void Pipe_rows_with_group_labels_and_padding()
    {
        var reading = Read(ReportText.Text(ReportText.Lines()));
        AssertAllRead(reading);
        Assert.Empty(reading.Findings);
    }

    [Fact]
    public void Value_provenance_is_the_value_cell()
    {
        var lines = ReportText.Lines();
        var reading = Read(ReportText.Text(lines));
        var v = reading.Values!["granted", "total"];
        var line = ReportText.LineOf(lines, "三、本年度办理结果");
        Assert.Equal(line + 1, v.Source!.Line);
        Assert.Equal(v.Raw, lines[line].Substring(v.Source.Column!.Value, v.Source.Length!.Value));
    }

    [Fact]
    public void One_cell_per_line()
    {
        var lines = new List<string>();
        foreach (var row in ReportText.ApplicationRows)
        {
            if (row.Group is not null && ReportText.ApplicationRows.First(r => r.Group == row.Group) == row) lines.Add(row.Group + " |");
            lines.Add(row.Label + " |");
            lines.AddRange(Enumerable.Range(0, 7).Select(c => $"{ReportText.Value(row.Key, c)} |"));
            lines.Add("||");
        }
        lines[^1] = lines[^2].TrimEnd(' ', '|'); // the pipe-less last cell
        lines.RemoveAt(lines.Count - 2);
        var reading = Read(ReportText.Text(lines));
        AssertAllRead(reading);
        Assert.Empty(reading.Findings);
    }

    [Fact]
    public void Tab_per_cell_with_blank_cells()
    {
        var text = "\t（三）不予公开\n\t1.属于国家秘密\n\t\n\t\n\t\n\t\n\t\n\t\n\t\n\n\t2.其他法律行政法规\n禁止公开\n\t1\n\t2\n\t3\n\t4\n\t5\n\t6\n\t21\n\n";
        var reading = Read(text);
        Assert.All(reading.Values!.Row("withheld_state_secret"), c => Assert.Equal(ValueState.Blank, c.Value.State));
        Assert.Equal([1L, 2, 3, 4, 5, 6, 21], reading.Values.Row("withheld_law_prohibited").Select(c => c.Value.Integer!.Value));
    }

    [Fact]
    public void Whitespace_columns_with_spaced_and_wrapped_labels()
    {
        var text = "(五)不予 处理 1.信访举报投诉类申请 0 1 2 3 4 5 15\n2.重复申请 0 0 0 0 0 0 0\n";
        var reading = Read(text);
        Assert.Equal([0L, 1, 2, 3, 4, 5, 15], reading.Values!.Row("rejected_petition").Select(c => c.Value.Integer!.Value));
        Assert.Equal(0, reading.Values["rejected_repeated", "total"].Integer);
    }

    [Fact]
    public void Label_variants_are_reported()
    {
        var lines = ReportText.Lines();
        var i = ReportText.LineOf(lines, "5.属于三类内部事务信息");
        lines[i] = lines[i].Replace("内部事务", "内容事务");
        var reading = Read(ReportText.Text(lines));
        AssertAllRead(reading);
        var f = Assert.Single(reading.Findings);
        Assert.Equal("NB-S-LABEL", f.Code);
        Assert.Equal("withheld_internal_affairs", f.Location.Row);
    }

    [Fact]
    public void A_row_printed_twice_with_other_values_keeps_the_first()
    {
        var lines = ReportText.Lines();
        lines.Insert(ReportText.LineOf(lines, "四、结转下年度") + 1, "2.重复申请 | 9 | 9 | 9 | 9 | 9 | 9 | 54 |");
        var reading = Read(ReportText.Text(lines));
        AssertAllRead(reading);
        Assert.Equal("NB-P-DUPLICATE", Assert.Single(reading.Findings).Code);
    }

    [Fact]
    public void The_2019_layout_has_a_single_other_row()
    {
        var lines = ReportText.Lines();
        var first = ReportText.LineOf(lines, "（六）其他处理");
        lines.RemoveRange(first, 3);
        lines.Insert(first, "（六）其他处理 | 1 | 2 | 3 | 4 | 5 | 6 | 21 |");
        var text = ReportText.Text(lines);
        Assert.Equal(21, Read(text, "2019").Values!["other", "total"].Integer);
        var result = TableExtractor.Read("applications", ReportText.Stream(text), ReportText.Template, FormatId.F2021);
        Assert.Equal("2019", result.Layout.Value);
    }

    [Fact]
    public void No_row_label_means_no_table()
    {
        Assert.Null(Read("一、总体情况\n本年度共收到申请24件。\n").Values);
    }
}
