using Nianbao.Model;
using Nianbao.Reading;
using static Nianbao.Tests.Hostile.HostileFiles;

namespace Nianbao.Tests.Hostile;

/// <summary>
/// Issue 8 items 1–4: every limit of <see cref="InputLimits"/> refuses its bomb with its own finding code, before the
/// work it bounds (docs/limits.md); what is under the limit still reads.
/// </summary>
public class LimitTests
{
    static InputException Refused(byte[] bytes, string name, InputLimits? limits = null)
    {
        var e = Assert.Throws<InputException>(() => ReportParser.Parse(bytes, name, limits));
        foreach (var lang in new[] { "zh", "en" }) Assert.DoesNotContain("{", e.Finding.Message(lang));
        return e;
    }

    static void AssertLimit(InputException e, string code, string option)
    {
        Assert.Equal(code, e.Finding.Code);
        Assert.Equal(option, e.Finding.Arg("option"));
        Assert.Contains($"--limit {option}=N", e.Finding.Message("en"));
        Assert.Contains($"--limit {option}=N", e.Finding.Message("zh"));
    }

    // 1. /dev/zero: a bounded read stops at the file-size limit.
    [Fact]
    public void An_endless_device_stops_at_the_file_size_limit()
    {
        Assert.True(File.Exists("/dev/zero"));
        var e = Assert.Throws<InputException>(() => ReportParser.ParseFile("/dev/zero", new InputLimits { MaxFileBytes = 1 << 20 }));
        AssertLimit(e, "NB-INPUT-LIMIT-FILE", "file-mb");
        Assert.Equal("> 1 MB", e.Finding.Arg("found"));
    }

    [Fact]
    public void A_file_over_the_size_limit_is_refused_before_it_is_read()
    {
        var path = Path.GetTempFileName();
        try
        {
            using (var f = File.OpenWrite(path)) f.SetLength(3 << 20); // sparse: nothing written
            var e = Assert.Throws<InputException>(() => ReportParser.ParseFile(path, new InputLimits { MaxFileBytes = 2 << 20 }));
            AssertLimit(e, "NB-INPUT-LIMIT-FILE", "file-mb");
            Assert.Equal("3 MB", e.Finding.Arg("found"));
            AssertLimit(Refused(new byte[3 << 20], "x.txt", new InputLimits { MaxFileBytes = 2 << 20 }), "NB-INPUT-LIMIT-FILE", "file-mb");
        }
        finally { File.Delete(path); }
    }

    // 1, 2. DOCX bombs: the stated inflated size is refused before anything is inflated …
    [Fact]
    public void A_docx_whose_one_text_inflates_to_gigabytes_is_refused_by_the_zip_limit()
    {
        var bomb = OneHugeText(2200);
        Assert.True(bomb.Length < 3 << 20, $"the bomb is {bomb.Length} bytes on disk");
        var e = Refused(bomb, "bomb.docx");
        AssertLimit(e, "NB-INPUT-LIMIT-ZIP-SIZE", "zip-mb");
        Assert.True(double.Parse(((string)e.Finding.Arg("found")!).Split(' ')[0], System.Globalization.CultureInfo.InvariantCulture) > 2000);
    }

    [Fact]
    public void A_docx_of_paragraphs_past_the_limit_is_refused()
    {
        var e = Refused(ManyParagraphs(300), "paragraphs.docx");
        AssertLimit(e, "NB-INPUT-LIMIT-ZIP-SIZE", "zip-mb");
    }

    // … and a bomb that states a small size never inflates past it: its part is cut off, so it is damaged.
    [Fact]
    public void A_docx_bomb_that_understates_its_size_inflates_no_further_than_stated()
    {
        var liar = OneHugeText(300, declared: 4096);
        var before = GC.GetTotalAllocatedBytes();
        Assert.Equal("NB-INPUT-DOCX-DAMAGED", Refused(liar, "liar.docx").Finding.Code);
        Assert.True(GC.GetTotalAllocatedBytes() - before < 100 << 20, "the 300 MB part was inflated");
    }

    [Fact]
    public void A_docx_whose_xml_inflates_past_the_xml_limit_is_refused()
    {
        // 40 MB of paragraphs: under the package limit, over the XML limit the Word SDK's tree is bounded by.
        var e = Refused(ManyParagraphs(40), "xml.docx");
        AssertLimit(e, "NB-INPUT-LIMIT-XML-SIZE", "xml-mb");
    }

    [Fact]
    public void A_lower_zip_limit_is_honoured()
    {
        AssertLimit(Refused(ManyParagraphs(3), "three-mb.docx", new InputLimits { MaxZipBytes = 2 << 20 }), "NB-INPUT-LIMIT-ZIP-SIZE", "zip-mb");
    }

    [Fact]
    public void A_package_with_too_many_entries_is_refused_from_its_directory()
    {
        var parts = Enumerable.Range(0, 50).Select(i => Plain($"media/{i}.txt", "x")).ToArray();
        var docx = DocxOf(Plain("word/document.xml", $"""<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body/></w:document>"""), parts);
        var e = Refused(docx, "many.docx", new InputLimits { MaxZipEntries = 20 });
        AssertLimit(e, "NB-INPUT-LIMIT-ZIP-ENTRIES", "zip-entries");
        Assert.Equal(21L, e.Finding.Arg("found"));
    }

    [Fact]
    public void Deeply_nested_docx_xml_is_refused_by_the_xml_depth_limit()
    {
        var e = Refused(DeepXml(5000), "deep.docx");
        AssertLimit(e, "NB-INPUT-LIMIT-XML-DEPTH", "xml-depth");
        Assert.Equal("word/document.xml", e.Finding.Arg("part"));
        // Under the limit the same shape is read (as an empty document: not a report).
        Assert.Equal("NB-INPUT-NOT-REPORT", Refused(DeepXml(100), "ok.docx").Finding.Code);
    }

    // 3. HTML span amplification: 1,000 cells of rowspan=500 colspan=100 in a 34 KB page.
    [Fact]
    public void Html_spans_past_the_cell_limit_are_refused_before_the_grid_is_built()
    {
        var page = "<html><body><table><tr>" + string.Concat(Enumerable.Repeat("""<td rowspan="500" colspan="100">1</td>""", 1000)) + "</tr></table></body></html>";
        Assert.True(page.Length < 40_000);
        var e = Refused(Utf8(page), "spans.html");
        AssertLimit(e, "NB-INPUT-LIMIT-CELLS", "cells");
        Assert.Equal(50_000_000L, e.Finding.Arg("found"));
    }

    [Fact]
    public void A_text_of_more_separators_than_the_cell_limit_is_refused_before_it_is_tokenized()
    {
        var text = Linxia + string.Concat(Enumerable.Repeat("0|", 6000));
        AssertLimit(Refused(Utf8(text), "pipes.txt", new InputLimits { MaxCells = 5000 }), "NB-INPUT-LIMIT-CELLS", "cells");
        Assert.Equal("临夏市人民政府", ReportParser.Parse(Utf8(Linxia), "linxia.txt", new InputLimits { MaxCells = 5000 }).Agency);
    }

    [Fact]
    public void A_table_typed_into_a_web_page_paragraph_counts_its_cells_too()
    {
        var page = "<html><body><p>" + string.Concat(Enumerable.Repeat("0|", 6000)) + "</p></body></html>";
        AssertLimit(Refused(Utf8(page), "typed.html", new InputLimits { MaxCells = 5000 }), "NB-INPUT-LIMIT-CELLS", "cells");
    }

    // 4. Deep nesting: refused from a pre-scan of the tags, before AngleSharp builds the tree.
    [Fact]
    public void Html_nested_100k_deep_is_refused_by_the_depth_limit()
    {
        var page = "<html><body>" + string.Concat(Enumerable.Repeat("<div>", 100_000)) + "x" + string.Concat(Enumerable.Repeat("</div>", 100_000)) + "</body></html>";
        var e = Refused(Utf8(page), "deep.html");
        AssertLimit(e, "NB-INPUT-LIMIT-HTML-DEPTH", "html-depth");
        Assert.Equal(InputLimits.Default.MaxHtmlDepth + 1, e.Finding.Arg("found"));
    }

    [Fact]
    public void A_web_page_past_the_html_size_limit_is_refused_before_it_is_decoded()
    {
        var body = string.Join("", Linxia.Split('\n').Select(l => "<p>" + System.Net.WebUtility.HtmlEncode(l) + "</p>"));
        var page = Utf8("<html><body>" + body + "</body></html>");
        AssertLimit(Refused(page, "x.html", new InputLimits { MaxHtmlBytes = page.Length - 1 }), "NB-INPUT-LIMIT-HTML-SIZE", "html-mb");
        Assert.Equal("临夏市人民政府", ReportParser.Parse(page, "x.html", new InputLimits { MaxHtmlBytes = page.Length }).Agency);
    }

    [Fact]
    public void Self_closing_divs_still_nest_and_are_refused()
    {
        var page = "<html><body>" + string.Concat(Enumerable.Repeat("<div/>", 10_000)) + "</body></html>";
        AssertLimit(Refused(Utf8(page), "selfclosing.html"), "NB-INPUT-LIMIT-HTML-DEPTH", "html-depth");
    }

    [Fact]
    public async Task A_report_inside_nesting_just_under_the_limit_is_read_on_a_worker_thread()
    {
        // Paragraphs and unclosed <p> do not nest; 500 divs plus the page's own elements stay under 512.
        const int depth = 500;
        var body = string.Join("", Linxia.Split('\n').Select(l => "<p>" + System.Net.WebUtility.HtmlEncode(l)));
        var page = "<html><body>" + string.Concat(Enumerable.Repeat("<div>", depth)) + body + string.Concat(Enumerable.Repeat("</div>", depth)) + "</body></html>";
        // Batches read on thread-pool threads, whose stacks are smaller than the main thread's.
        var report = await Task.Run(() => ReportParser.Parse(Utf8(page), "nested.html"));
        Assert.Equal(2023, report.Year);
        Assert.Equal(24, report.Value("applications", "new_received", "total").Integer);
    }

    [Fact]
    public void Tags_inside_scripts_and_comments_do_not_count_as_nesting()
    {
        var noise = "<script>" + string.Concat(Enumerable.Repeat("<div>", 5000)) + "</script><!--" + string.Concat(Enumerable.Repeat("<div>", 5000)) + "-->";
        var body = string.Join("", Linxia.Split('\n').Select(l => "<p>" + System.Net.WebUtility.HtmlEncode(l) + "</p>"));
        Assert.Equal(2023, ReportParser.Parse(Utf8("<html><head>" + noise + "</head><body>" + body + "</body></html>"), "x.html").Year);
    }

    // 4. PDF pages: counted (pdfinfo) before pdftotext runs.
    [Fact]
    public void A_pdf_of_100k_pages_is_refused_by_the_page_limit()
    {
        var e = Refused(PdfOf(100_000), "pages.pdf");
        AssertLimit(e, "NB-INPUT-LIMIT-PDF-PAGES", "pdf-pages");
        Assert.Equal(100_000L, e.Finding.Arg("found"));
    }

    [Fact]
    public void The_page_limit_holds_without_pdfinfo_too()
    {
        // Only pdftotext on the search path: it is told to stop one page past the limit, and the pages it gives are counted.
        var dir = Directory.CreateTempSubdirectory("nianbao-pdftotext-only-");
        try
        {
            File.CreateSymbolicLink(Path.Combine(dir.FullName, "pdftotext"), ExternalTool.Find("pdftotext")!);
            var tool = new Reading.Pdf.PdfToText(dir.FullName);
            var e = Assert.Throws<InputException>(() => Reading.Pdf.PdfSourceReader.Read(PdfOf(5), "five.pdf", tool, new InputLimits { MaxPdfPages = 3 }));
            AssertLimit(e, "NB-INPUT-LIMIT-PDF-PAGES", "pdf-pages");
            Assert.Equal(4L, e.Finding.Arg("found"));
        }
        finally { dir.Delete(true); }
    }

    [Fact]
    public void A_pdf_under_the_page_limit_is_read()
    {
        // Three pages of "row 1 2 3" are no report, but they were read to find that out.
        Assert.Equal("NB-INPUT-NOT-REPORT", Refused(PdfOf(3), "three.pdf", new InputLimits { MaxPdfPages = 3 }).Finding.Code);
        AssertLimit(Refused(PdfOf(3), "three.pdf", new InputLimits { MaxPdfPages = 2 }), "NB-INPUT-LIMIT-PDF-PAGES", "pdf-pages");
    }

    [Fact]
    public void A_line_past_the_line_limit_is_refused()
    {
        var e = Refused(Utf8(WithLine(new string('字', 3000))), "long.txt", new InputLimits { MaxLineChars = 2000 });
        AssertLimit(e, "NB-INPUT-LIMIT-LINE", "line-chars");
        Assert.Equal(2, e.Finding.Arg("line"));
        Assert.Equal(3000, e.Finding.Arg("found"));
    }

    [Fact]
    public void Limits_are_changed_by_name_as_the_cli_gives_them()
    {
        Assert.Equal(200L << 20, InputLimits.Default.With("file-mb", "200")!.MaxFileBytes);
        Assert.Equal(9, InputLimits.Default.With("pdf-pages", "9")!.MaxPdfPages);
        Assert.Null(InputLimits.Default.With("pages", "9"));
        Assert.Null(InputLimits.Default.With("pdf-pages", "0"));
        Assert.Null(InputLimits.Default.With("pdf-pages", "-3"));
        Assert.Null(InputLimits.Default.With("pdf-pages", "lots"));
        foreach (var name in InputLimits.Names) Assert.NotNull(InputLimits.Default.With(name, "1"));
    }

    [Fact]
    public void Every_limit_code_has_both_messages_naming_the_limit()
    {
        foreach (var code in new[] { "NB-INPUT-LIMIT-FILE", "NB-INPUT-LIMIT-ZIP-SIZE", "NB-INPUT-LIMIT-XML-SIZE", "NB-INPUT-LIMIT-ZIP-ENTRIES", "NB-INPUT-LIMIT-XML-DEPTH",
                     "NB-INPUT-LIMIT-HTML-SIZE", "NB-INPUT-LIMIT-HTML-DEPTH", "NB-INPUT-LIMIT-CELLS", "NB-INPUT-LIMIT-PDF-PAGES", "NB-INPUT-LIMIT-LINE" })
        {
            var entry = FindingCatalog.All[code];
            Assert.Equal("error", entry.Severity);
            Assert.Contains("{limit}", entry.Zh);
            Assert.Contains("{limit}", entry.En);
            Assert.Contains("{option}", entry.En);
        }
    }
}
