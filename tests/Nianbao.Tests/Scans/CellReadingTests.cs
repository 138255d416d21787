using Nianbao.Documents;
using Nianbao.Model;
using Nianbao.Reading.Pdf.Scan;

namespace Nianbao.Tests.Scans;

/// <summary>
/// How a scanned cell's OCR readings become its value (docs/ocr.md §3), with the readings Tesseract gave on the
/// scans where a lone digit was lost: the Chinese model read a narrow "1" as 】 (confidence 15–55) while the Latin
/// model read 1 at 88–96, digits-only and unrestricted alike. A cell with ink is never blank: it is a number both
/// Latin readings agree on with high confidence (said by NB-P-OCR-REREAD), uncertain, or ink nothing could read.
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
    [InlineData("1了", "Unread")]
    [InlineData("", "Unread")]
    public void A_cell_is_classified_by_its_chinese_reading(string chinese, string kind) =>
        Assert.Equal(Enum.Parse<CellReading.Kind>(kind), CellReading.Classify(chinese));

    [Fact]
    public void Two_models_agreeing_read_a_number_with_certainty()
    {
        Assert.Equal(new CellReading("0", null, false, null), CellReading.Decide("0", 96, Words("0", 94), null));
        // The digits-only pass lost a lone 9; the unrestricted Latin reading agrees with the Chinese one.
        Assert.Equal(new CellReading("9", null, false, null), CellReading.Decide("9", 96, Words("", 0), Words("9", 94)));
        Assert.True(CellReading.Settled("工", Words("1", 96)));
        Assert.False(CellReading.Settled("】", Words("1", 96)));
    }

    [Fact]
    public void A_lone_digit_the_chinese_model_lost_is_read_again_by_digits()
    {
        var read = CellReading.Decide("】", 54.6, Words("1", 87.8), Words("1", 87.8));
        Assert.Equal(new CellReading("1", null, false, "】"), read);
        // A Chinese reading without confidence is no opinion either: 15 read as 1 at 43.
        Assert.Equal(new CellReading("15", null, false, "1"), CellReading.Decide("1", 43.6, Words("15", 96.3), Words("15", 96.3)));
    }

    [Fact]
    public void A_confident_disagreement_or_a_weak_latin_reading_leaves_the_number_uncertain()
    {
        // The Chinese model read 1 with confidence, the Latin 11: for the table's identities to confirm, or null.
        Assert.Equal(new CellReading("11", null, true, null), CellReading.Decide("1", 76.5, Words("11", 96.9), Words("11", 96.9)));
        // One model read twice must be surer than the two-model rule asks.
        Assert.Equal(new CellReading("1", null, true, null), CellReading.Decide("】", 54, Words("1", 80), Words("1", 80)));
        Assert.Equal(new CellReading("7", null, true, null), CellReading.Decide("】", 54, Words("7", 96), Words("1", 96)));
    }

    [Fact]
    public void Ink_nothing_reads_is_not_blank()
    {
        var read = CellReading.Decide("】", 15, Words("", 0), Words("/", 60));
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
        var reread = CellReading.Decide("】", 48.7, Words("1", 91), Words("1", 91));
        var unread = CellReading.Decide("】", 53.7, Words("", 0), Words("", 0));
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
