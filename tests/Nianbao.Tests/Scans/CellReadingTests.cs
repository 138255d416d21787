using Nianbao.Documents;
using Nianbao.Model;
using Nianbao.Reading.Pdf.Scan;

namespace Nianbao.Tests.Scans;

/// <summary>
/// How a scanned cell's OCR readings become its value (docs/ocr.md §3), with the readings Tesseract gave on the
/// scans where a lone digit was lost: the simplified Chinese model read a narrow "1" as 】 (confidence 15–55) while
/// the Latin model (digits only) read 1 at 88–96 and the traditional Chinese model 1 at 95. A cell with ink is never
/// blank: it is a number two models agree on (the other two with high confidence where the first read something
/// else: NB-P-OCR-REREAD), uncertain, or ink nothing could read (NB-P-OCR-INK).
/// </summary>
public class CellReadingTests
{
    static List<OcrWord> Words(string text, double confidence) => text.Length == 0 ? [] : [new OcrWord(text, 0, 0, 10, 10, confidence, 0)];

    [Theory]
    [InlineData("规章", "Text")]
    [InlineData("本年制发件数", "Text")]
    [InlineData("—", "Text")]
    [InlineData("无", "Text")]
    [InlineData("15", "Number")]
    [InlineData("工", "Number")]
    [InlineData("11.82", "Number")]
    [InlineData("】", "Unread")]
    [InlineData("了", "Unread")]
    [InlineData("11000元", "Amount")]
    [InlineData("2.其他", "Text")]
    [InlineData("", "Unread")]
    public void A_cell_is_classified_by_its_chinese_reading(string chinese, string kind) =>
        Assert.Equal(Enum.Parse<CellReading.Kind>(kind), CellReading.Classify(chinese));

    [Fact]
    public void Two_models_agreeing_read_a_number_with_certainty()
    {
        Assert.Equal(new CellReading("0", null, false, null), CellReading.Decide("0", Words("0", 94), null));
        // The digits-only pass lost a lone 9; the traditional Chinese model agrees with the simplified one.
        Assert.Equal(new CellReading("9", null, false, null), CellReading.Decide("9", Words("", 0), Words("9", 97)));
        Assert.True(CellReading.Settled("工", Words("1", 96)));
        Assert.False(CellReading.Settled("】", Words("1", 96)));
        Assert.False(CellReading.Settled("9", Words("5", 97)));
    }

    [Fact]
    public void Where_the_first_model_reads_something_else_two_others_agreeing_surely_give_the_number()
    {
        // Readings Tesseract gave on the synthetic scans (seed 20261128): a lone 1 as 】, 15 as 1, 5 as 9.
        Assert.Equal(new CellReading("1", null, false, "】"), CellReading.Decide("】", Words("1", 87.8), Words("1", 95)));
        Assert.Equal(new CellReading("15", null, false, "1"), CellReading.Decide("1", Words("15", 96.3), Words("15", 96)));
        Assert.Equal(new CellReading("5", null, false, "9"), CellReading.Decide("9", Words("5", 96.9), Words("5", 97)));
        Assert.Equal(new CellReading("11", null, false, "工"), CellReading.Decide("工", Words("11", 89.1), Words("工工", 89)));
    }

    [Fact]
    public void A_disagreement_or_a_weak_reading_leaves_the_number_uncertain()
    {
        // The two others must each be surer than the two-model rule asks, and agree.
        Assert.Equal(new CellReading("1", null, true, null), CellReading.Decide("】", Words("1", 80), Words("1", 95)));
        Assert.Equal(new CellReading("7", null, true, null), CellReading.Decide("】", Words("7", 96), Words("1", 96)));
        Assert.Equal(new CellReading("11", null, true, null), CellReading.Decide("1", Words("11", 96.9), Words("1", 60)));
    }

    [Fact]
    public void An_amount_is_kept_as_read_only_when_the_traditional_model_reads_the_same()
    {
        // u00002-2020 (seed 20261128, 12 scans): 11000元 read by chi_sim as 1000元.
        Assert.Equal(new CellReading("1000元", null, true, null), CellReading.Decide("1000元", Words("10007", 90), Words("11000元", 95)));
        Assert.Equal(new CellReading("11000元", null, false, null), CellReading.Decide("11000元", Words("110007", 90), Words("11000元", 95)));
        Assert.Equal(new CellReading("11000元", null, true, null), CellReading.Decide("11000元", Words("110007", 90), Words("11000元", 50)));
    }

    [Fact]
    public void Ink_nothing_reads_is_not_blank()
    {
        var read = CellReading.Decide("】", Words("", 0), Words("/", 60));
        Assert.Equal(new CellReading("】", "", true, null), read);
        var (value, note) = Extraction.CellValueParser.Parse(Cell(read), "int");
        Assert.Equal(ValueState.Unreadable, value.State);
        Assert.Equal(Extraction.CellValueParser.Note.OcrInk, note);
        // Outside a scan an empty uncertain cell stays blank.
        Assert.Equal(ValueState.Blank, Extraction.CellValueParser.Parse(new Cell("", "", new Provenance("pdf")) { Uncertain = true }, "int").Value.State);
    }

    [Fact]
    public void Extraction_reads_a_reread_digit_with_its_finding_and_leaves_unread_ink_null_with_its_own()
    {
        // Table 二 as the scan of lhasa-city-2021 read it before re-reading: 规章 | 】 | 】 | 50 became a wholly blank row.
        var reread = CellReading.Decide("】", Words("1", 91), Words("1", 95));
        var unread = CellReading.Decide("】", Words("", 0), Words("", 0));
        var report = ReportParser.FromDocument(Document(reread, unread));
        var t = Template.Keys.Tables.ActiveDisclosure;
        var row = Template.Keys.ActiveDisclosure.Rows.Regulations;
        Assert.Equal(1, report.Value(t, row, Template.Keys.ActiveDisclosure.Columns.Issued).Integer);
        Assert.Equal(ValueState.Unreadable, report.Value(t, row, Template.Keys.ActiveDisclosure.Columns.Repealed).State);
        Assert.Equal(50, report.Value(t, row, Template.Keys.ActiveDisclosure.Columns.InForce).Integer);
        Assert.DoesNotContain(report.Findings, f => f.Code == "NB-P-ROW-EMPTY");
        var again = Assert.Single(report.Findings, f => f.Code == "NB-P-OCR-REREAD");
        Assert.Equal((t, row, Template.Keys.ActiveDisclosure.Columns.Issued), (again.Location.Table, again.Location.Row, again.Location.Column));
        Assert.Contains("】", FindingCatalog.Format(again, "en"));
        var ink = Assert.Single(report.Findings, f => f.Code == "NB-P-OCR-INK");
        Assert.Equal((t, row, Template.Keys.ActiveDisclosure.Columns.Repealed), (ink.Location.Table, ink.Location.Row, ink.Location.Column));
        Assert.Equal(Severity.Error, ink.Severity);
        Assert.Contains("字迹", FindingCatalog.Format(ink, "zh"));
    }

    static Cell Cell(CellReading read) =>
        new(read.Raw, read.Text ?? read.Raw, new Provenance("ocr") { Page = 2, X = 100, Y = 200 }) { Uncertain = read.Unsure, Reread = read.Reread };

    static Cell Text(string s) => new(s, s, new Provenance("ocr") { Page = 2 });

    static SourceDocument Document(CellReading issued, CellReading repealed) => new()
    {
        Source = "scan.pdf",
        Kind = "pdf",
        Blocks =
        [
            new LineBlock(Text("二、主动公开政府信息情况")),
            new TableBlock([
                [Text("信息内容"), Text("本年制发件数"), Text("本年废止件数"), Text("现行有效件数")],
                [Text("规章"), Cell(issued), Cell(repealed), Text("50")],
                [Text("行政规范性文件"), Text("0"), Text("0"), Text("10")],
            ]),
            new LineBlock(Text("三、收到和处理政府信息公开申请情况")),
        ],
    };
}
