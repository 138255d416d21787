using Nianbao.Documents;
using Nianbao.Model;
using Nianbao.Reading;
using Nianbao.Tests.Samples;

namespace Nianbao.Tests.Docx;

/// <summary>The five samples written as Word documents with the national tables' real merged-cell layout.</summary>
public class DocxSampleTests
{
    [Theory]
    [MemberData(nameof(SampleFiles.All), MemberType = typeof(SampleFiles))]
    public void Every_sample_parses_exactly_from_its_Word_layout(string name)
    {
        var expected = SampleFiles.Expected(name);
        var report = ReportParser.Parse(WordReportBuilder.Build(name), name + ".docx");
        SampleParseTests.AssertTables(report, name);
        Assert.Equal(expected.GetProperty("format").GetString(), report.Format?.Value);
        Assert.Equal(expected.GetProperty("year").GetInt32(), report.Year);
        Assert.Equal(expected.GetProperty("agency").GetString(), report.Agency);
    }

    [Fact]
    public void A_value_points_at_its_grid_cell()
    {
        var report = ReportParser.Parse(WordReportBuilder.Build("lhasa-city-2021"), "lhasa.docx");
        // Table 三 is the second table after the information block (1) and table 二 (2). Its row 6 is
        // （一）予以公开 (three header rows, 一, 二); the grid has three label columns, so 商业企业 is cell 5.
        var granted = report.Value("applications", "granted", "commercial");
        Assert.Equal(7, granted.Integer);
        Assert.Equal(Nianbao.Model.Provenance.GridCell("docx", 3, 6, 5), granted.Source);
        // Table 四: one data row (row 4) of 15 cells; 复议后起诉 总计 is the last.
        var total = report.Value("review_litigation", "litigation_after_review", "total");
        Assert.Equal(Nianbao.Model.Provenance.GridCell("docx", 4, 4, 15), total.Source);
        // Table 二's fee sits under a header spanning three columns: the value cell is cell 2 of its row.
        var fee = report.Value("active_disclosure", "fees", "amount_wan_yuan");
        Assert.Equal("3861.443738", fee.Text);
        Assert.Equal(2, fee.Source!.Cell);
        Assert.Equal(2, fee.Source.Table);
    }

    [Fact]
    public void Merged_cells_become_span_copies_of_the_real_grid()
    {
        var doc = SourceReader.Read(WordReportBuilder.Build("linxia-city-2023"), "linxia.docx");
        var applications = doc.Blocks.OfType<TableBlock>().Single(t => t.Rows[0][0].Raw.StartsWith("（本列数据"));
        Assert.All(applications.Rows, r => Assert.Equal(10, r.Count));
        // vMerge continuation: the note carried down the three header rows, 自然人 down two.
        Assert.Equal(applications.Rows[0][0].Raw, applications.Rows[2][2].Raw);
        Assert.True(applications.Rows[2][2].SpanCopy);
        Assert.Equal("自然人", applications.Rows[2][3].Raw);
        Assert.True(applications.Rows[2][3].SpanCopy);
        // gridSpan: 法人或其他组织 covers five columns, the first is the original.
        Assert.Equal(["法人或其他组织"], applications.Rows[1].Skip(4).Take(5).Select(c => c.Raw).Distinct());
        Assert.False(applications.Rows[1][4].SpanCopy);
        Assert.True(applications.Rows[1][8].SpanCopy);
        // A cell of two paragraphs keeps the printed wrap; its label key joins it.
        Assert.Equal("商业\n企业", applications.Rows[2][4].Raw);
        Assert.Equal("商业企业", applications.Rows[2][4].Key);
        // The group label （三）不予公开 runs down its eight rows.
        var withheld = applications.Rows.Where(r => r[1].Raw == "（三）不予公开").ToList();
        Assert.Equal(8, withheld.Count);
        Assert.Equal(1, withheld.Count(r => !r[1].SpanCopy));
    }

    [Fact]
    public void A_title_in_a_text_box_is_read_once()
    {
        const string name = "maiji-service-bureau-2022";
        var bytes = WordReportBuilder.Build(name, new WordReportBuilder.Options { TitleInTextBox = true });
        var doc = SourceReader.Read(bytes, "maiji.docx");
        var titles = doc.Blocks.OfType<LineBlock>().Where(l => l.Line.Raw.EndsWith("年政府信息公开工作年度报告")).ToList();
        Assert.Single(titles);   // DrawingML and VML fallback hold the same box
        Assert.Equal(1, titles[0].Line.Source.Paragraph);
        var report = ReportParser.Parse(bytes, "maiji.docx");
        Assert.Equal("天水市麦积区政务服务管理局", report.Agency);
        Assert.Equal(2022, report.Year);
        SampleParseTests.AssertTables(report, name);
    }

    [Fact]
    public void Core_properties_give_a_report_title_but_not_a_machine_author()
    {
        var plainBytes = WordReportBuilder.Build("erkou-township-2023", new WordReportBuilder.Options
        {
            PropertyTitle = "Document1", PropertyCreator = "Microsoft Office User",
        });
        // Reading states what the container says, except a machine author; extraction keeps a title property only
        // when it reads as a report title, so the printed title stands.
        var plain = SourceReader.Read(plainBytes, "erkou.docx");
        Assert.Equal(["title"], plain.StatedMetadata.Keys);
        var parsed = ReportParser.Parse(plainBytes, "erkou.docx");
        Assert.Equal("耳口乡2023年政府信息公开工作年度报告", parsed.Metadata["title"].Value);
        Assert.NotEqual("docx-properties", parsed.Metadata["title"].Source?.Kind);

        var stated = SourceReader.Read(WordReportBuilder.Build("erkou-township-2023", new WordReportBuilder.Options
        {
            PropertyTitle = "贵溪市耳口乡2023年政府信息公开工作年度报告", PropertyCreator = "贵溪市耳口乡人民政府",
        }), "erkou.docx");
        Assert.Equal("贵溪市耳口乡2023年政府信息公开工作年度报告", stated.StatedMetadata["title"].Value);
        Assert.Equal("贵溪市耳口乡人民政府", stated.StatedMetadata["issuer"].Value);
        Assert.False(stated.StatedMetadata.ContainsKey("published"));
    }
}
