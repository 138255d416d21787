using Nianbao.Documents;
using Nianbao.Extraction;
using Nianbao.Model;
using Nianbao.Normalizing;
using Nianbao.Template;

namespace Nianbao.Tests.Scans;

/// <summary>
/// Metadata read by OCR from a scan's running text (docs/ocr.md §3): each character keeps its word's confidence, and a
/// field with a character below the cells' threshold (70; 0 where the traditional model read the word otherwise) gets
/// its OCR confidence, which the report turns into NB-M-OCR-UNSURE — so no field read from a scan is wrong silently.
/// The end-to-end check is the synthetic scan test (SynthAccuracyTests: a wrong metadata field must carry the finding).
/// </summary>
public class OcrMetadataTests
{
    static LineBlock OcrLine(string raw, params byte[] confidence) =>
        new(new Cell(raw, TextNormalizer.Normalize(raw, false).Text, new Provenance("ocr") { Page = 1, Line = 1 }) { Confidence = confidence });

    static byte[] Conf(string raw, int from, byte value, byte rest = 95) =>
        [.. raw.Select((_, i) => i >= from ? value : rest)];

    [Fact]
    public void The_values_lowest_confidence_is_kept_the_labels_is_not()
    {
        const string unsure = "索引号：076706/2021-46729", sure = "成文日期：2021-01-23", lowLabel = "发文机关：西水县教育局";
        var fields = MetadataExtractor.Extract(
            [OcrLine(unsure, Conf(unsure, 4, 0)), OcrLine(sure, Conf(sure, 5, 91)), OcrLine(lowLabel, [.. lowLabel.Select((_, i) => i < 4 ? (byte)20 : (byte)93)])],
            ReportTemplate.Embedded);
        Assert.Equal(0, fields[Keys.Metadata.IndexNo].OcrConfidence);
        Assert.Equal(91, fields[Keys.Metadata.Written].OcrConfidence);
        Assert.Equal(93, fields[Keys.Metadata.Issuer].OcrConfidence);   // a label read badly is not the value's doubt
    }

    [Fact]
    public void A_field_not_read_by_ocr_has_no_confidence()
    {
        var raw = "索引号：O76706/2021-46729";
        var fields = MetadataExtractor.Extract([new LineBlock(new Cell(raw, raw, new Provenance("text") { Line = 1 }))], ReportTemplate.Embedded);
        Assert.Null(fields[Keys.Metadata.IndexNo].OcrConfidence);
    }

    [Fact]
    public void A_report_read_by_ocr_names_the_unsure_field_and_only_it()
    {
        // A scan's running text as the OCR reader gives it: the page model read the index number's O as 0 and the
        // traditional model disagreed (confidence 0); the dates were read surely.
        const string title = "西水县教育局2020年政府信息公开工作年度报告", index = "索引号：076706/2021-46729", date = "成文日期：2021-01-23";
        var document = new SourceDocument
        {
            Source = "scan.pdf", Kind = "pdf",
            Blocks = [OcrLine(title, Conf(title, 0, 93)), OcrLine(index, Conf(index, 4, 0)), OcrLine(date, Conf(date, 5, 91)),
                OcrLine("一、总体情况", 95, 95, 95, 95, 95, 95), OcrLine("本年度未收到政府信息公开申请。", Conf("本年度未收到政府信息公开申请。", 0, 92))],
        };
        var report = ReportParser.FromDocument(document);
        var f = Assert.Single(report.Findings, f => f.Code == "NB-M-OCR-UNSURE");
        Assert.Equal("076706/2021-46729", f.Arg("value"));
        Assert.Equal(0, Convert.ToInt32(f.Arg("confidence"), System.Globalization.CultureInfo.InvariantCulture));
        Assert.Equal(Severity.Warning, f.Severity);
        Assert.Equal("ocr", f.Location.Source?.Kind);
        Assert.Contains("076706/2021-46729", FindingCatalog.Format(f, "zh"));
        Assert.Equal("2021-01-23", report.Metadata[Keys.Metadata.Written].Value);
    }
}
