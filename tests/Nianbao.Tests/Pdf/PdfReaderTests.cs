using Nianbao.Model;
using Nianbao.Reading.Pdf;
using Nianbao.Tests.Samples;

namespace Nianbao.Tests.Pdf;

/// <summary>PDFs with a text layer, read through pdftotext -bbox-layout (docs/format.md §9.1 A17, §9.3).</summary>
public class PdfReaderTests(PdfFixture pdfs) : IClassFixture<PdfFixture>
{
    [Theory]
    [MemberData(nameof(SampleFiles.All), MemberType = typeof(SampleFiles))]
    public void Sample_printed_to_pdf_parses_exactly(string name)
    {
        var report = ReportParser.Parse(pdfs.Bytes(name), name + ".pdf");
        SampleParseTests.AssertTables(report, name);
        var expected = SampleFiles.Expected(name);
        Assert.Equal(expected.GetProperty("agency").GetString(), report.Agency);
        Assert.Equal(expected.GetProperty("year").GetInt32(), report.Year);
        Assert.Equal(expected.GetProperty("format").GetString(), report.Format?.Value);
    }

    [Fact]
    public void Values_carry_page_and_position()
    {
        var report = ReportParser.Parse(pdfs.Bytes("linxia-city-2023"), "linxia.pdf");
        var granted = report.Value("applications", "granted", "total").Source!;
        Assert.Equal("pdf", granted.Kind);
        Assert.Equal(1, granted.Page);
        Assert.True(granted is { X: > 0, Y: > 0, Line: > 0 });
        // Table 三 runs over a page break in this rendering: its last rows are on page 2.
        Assert.Equal(2, report.Value("applications", "carried_forward", "total").Source!.Page);
    }

    [Fact]
    public void Blank_cell_is_placed_by_column_and_read_as_blank()
    {
        var report = ReportParser.Parse(pdfs.Bytes(PdfFixture.OneBlank), "one-blank.pdf");
        var blank = report.Value("applications", "new_received", "commercial");
        Assert.False(blank.HasValue);
        Assert.Equal(ValueState.Blank, blank.State);
        Assert.Equal(24, report.Value("applications", "new_received", "natural_person").Integer);
        Assert.Equal(0, report.Value("applications", "new_received", "research").Integer);
        Assert.Equal(24, report.Value("applications", "new_received", "total").Integer);
        Assert.Contains(report.Findings, f => f.Code == "NB-P-BLANK-CELLS");
    }

    [Fact]
    public void Column_blank_in_every_row_is_placed_by_the_rules_and_read_as_blank()
    {
        // The table is ruled: the rules, not the numbers' positions, say where each cell is (GridWords).
        var report = ReportParser.Parse(pdfs.Bytes(PdfFixture.BlankColumn), "blank-column.pdf");
        var blank = report.Value("applications", "new_received", "research");
        Assert.Equal(ValueState.Blank, blank.State);
        Assert.Equal(24, report.Value("applications", "new_received", "natural_person").Integer);
        Assert.Equal(24, report.Value("applications", "new_received", "total").Integer);
        Assert.DoesNotContain(report.Findings, f => f.Code == "NB-P-ROW-COUNT");
    }

    [Fact]
    public void Without_the_rules_a_column_blank_in_every_row_cannot_be_placed_and_rows_become_null_with_a_finding()
    {
        // pdftoppm absent: tables are rebuilt from the words' positions alone, where a wholly blank column leaves no trace.
        var bin = Directory.CreateTempSubdirectory("nianbao-pdftotext-only-");
        Nianbao.Documents.SourceDocument doc;
        try
        {
            foreach (var tool in new[] { "pdftotext", "pdfinfo" })
                File.CreateSymbolicLink(Path.Combine(bin.FullName, tool), Nianbao.Tests.Scans.Which.Find(tool));
            doc = PdfSourceReader.Read(pdfs.Bytes(PdfFixture.BlankColumn), "blank-column.pdf", new PdfToText(bin.FullName));
        }
        finally { bin.Delete(recursive: true); }
        var report = ReportParser.FromDocument(doc);
        Assert.False(report.Value("applications", "new_received", "natural_person").HasValue);
        Assert.False(report.Value("applications", "new_received", "total").HasValue);
        Assert.Contains(report.Findings, f => f.Code == "NB-P-ROW-COUNT");
        // Tables 二 and 四 are unaffected.
        Assert.Equal(36109, report.Value("active_disclosure", "licensing", "decisions").Integer);
    }

    [Fact]
    public void Scanned_pdf_without_text_layer_goes_through_ocr_and_a_blank_scan_is_no_report()
    {
        // A grey page: OCR (docs/ocr.md) finds neither text nor tables in it, so it is not a report. Scans of real
        // reports are read in Scans/ScannedPdfTests; without Tesseract the scan is NB-INPUT-SCANNED.
        var e = Assert.Throws<InputException>(() => ReportParser.Parse(ScannedPdf.Build(), "scan.pdf"));
        Assert.Equal("NB-INPUT-NOT-REPORT", e.Finding.Code);
    }

    [Fact]
    public void Missing_pdftotext_gives_a_clear_message()
    {
        var empty = Directory.CreateTempSubdirectory("nianbao-nopath-");
        try
        {
            var tool = new PdfToText(searchPath: empty.FullName);
            Assert.Null(tool.Find());
            var e = Assert.Throws<InputException>(() => PdfSourceReader.Read(pdfs.Bytes("erkou-township-2023"), "x.pdf", tool));
            Assert.Equal("NB-INPUT-TOOL-MISSING", e.Finding.Code);
            var message = FindingCatalog.Format(e.Finding, "en");
            Assert.Contains("pdftotext", message);
            Assert.Contains("poppler-utils", message);
        }
        finally { empty.Delete(); }
    }

    [Fact]
    public void Damaged_pdf_is_unreadable_not_a_crash()
    {
        var bytes = pdfs.Bytes("erkou-township-2023")[..2000];
        var e = Assert.Throws<InputException>(() => ReportParser.Parse(bytes, "cut.pdf"));
        Assert.Contains(e.Finding.Code, new[] { "NB-INPUT-UNREADABLE", "NB-INPUT-SCANNED" });
    }
}
