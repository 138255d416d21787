using System.IO.Compression;
using System.Text;
using Nianbao.Model;
using Nianbao.Synthesis;

namespace Nianbao.Tests.Synthesis;

/// <summary>Inputs the long fuzz run found faults with (docs/fuzzing.md), each rebuilt as the smallest case.</summary>
public class FuzzFoundTests
{
    static byte[] Docx() => SynthCorpus.Render(SynthCorpus.Generate(new SynthOptions(1, 3)).First(), SynthRendering.Docx);

    static byte[] Rezip(byte[] docx, Func<string, byte[], byte[]> edit)
    {
        var ms = new MemoryStream();
        using (var zip = new ZipArchive(new MemoryStream(docx)))
        using (var output = new ZipArchive(ms, ZipArchiveMode.Create, leaveOpen: true))
            foreach (var e in zip.Entries)
            {
                using var s = e.Open();
                var m = new MemoryStream();
                s.CopyTo(m);
                using var o = output.CreateEntry(e.FullName).Open();
                o.Write(edit(e.FullName, m.ToArray()));
            }
        return ms.ToArray();
    }

    [Fact]
    public void A_content_type_that_is_not_a_valid_token_is_a_damaged_docx_not_a_fault()
    {
        // Fuzz run 1, input #1813 (zip-damaged): a flipped byte in [Content_Types].xml made a content type the packaging
        // library rejects with an ArgumentException, which surfaced as NB-INPUT-FAILED.
        var bad = Rezip(Docx(), (name, bytes) => name == "[Content_Types].xml"
            ? Encoding.UTF8.GetBytes(Encoding.UTF8.GetString(bytes).Replace("application/vnd.openxmlformats-package.relationships+xml", "application/vnd.openxml formats(package)"))
            : bytes);
        var e = Assert.Throws<InputException>(() => ReportParser.Parse(bad, "damaged.docx"));
        Assert.Equal("NB-INPUT-DOCX-DAMAGED", e.Finding.Code);
    }

    [Theory]
    [InlineData("<w:vMerge w:val=\"restart\" />", "<w:vMerge w:val=\"restart | \" />")]   // seed 2222, input #54478 (xml-text-token)
    [InlineData("<w:vMerge />", "<w:vMerge w:val=\"continu\" />")]
    [InlineData("<w:gridSpan w:val=\"2\" />", "<w:gridSpan w:val=\"2|\" />")]
    public void A_table_property_the_word_sdk_cannot_parse_is_a_damaged_docx_not_a_fault(string good, string bad)
    {
        // Third session's long run, seed 2222, input #54478: a pipe inserted into w:vMerge's value made the Word SDK throw
        // FormatException ("The text value is not a valid enumeration value") while the table grid was built, which
        // surfaced as NB-INPUT-FAILED. Read as absent, a merge or span would move values between cells: the file is damaged.
        var docx = Docx();
        var replaced = false;
        var damaged = Rezip(docx, (name, bytes) =>
        {
            if (name != "word/document.xml") return bytes;
            var xml = Encoding.UTF8.GetString(bytes);
            var at = xml.IndexOf(good, StringComparison.Ordinal);
            if (at < 0) return bytes;
            replaced = true;
            return Encoding.UTF8.GetBytes(xml[..at] + bad + xml[(at + good.Length)..]);
        });
        Assert.True(replaced, $"the synthetic DOCX has no {good}");
        ReportParser.Parse(docx, "good.docx");
        var e = Assert.Throws<InputException>(() => ReportParser.Parse(damaged, "damaged.docx"));
        Assert.Equal("NB-INPUT-DOCX-DAMAGED", e.Finding.Code);
    }

    [Fact]
    public void An_xml_part_whose_first_character_is_not_in_its_encoding_is_a_damaged_docx_not_a_fault()
    {
        // Third session's long run, seed 1111, input #171239 (zip-damaged): an XML part starting with a byte that is not
        // UTF-8 made the depth check's XmlReader throw as it was created, outside the reader's handling: NB-INPUT-FAILED.
        // The saved input itself (6.5 KB): its damaged compressed data inflates to bytes that are not XML.
        var bad = File.ReadAllBytes(Path.Combine(AppContext.BaseDirectory, "Data", "fuzz", "seed1111-171239.docx"));
        var e = Assert.Throws<InputException>(() => ReportParser.Parse(bad, "damaged.docx"));
        Assert.Equal("NB-INPUT-DOCX-DAMAGED", e.Finding.Code);
    }

    [Fact]
    public void A_pdf_tesseract_cannot_process_is_unreadable_not_a_fault()
    {
        // Third session's last long run, seed 8888, input #200910 (delete+splice+nest-text of a synth PDF): Tesseract
        // exits 1 on its page images; the refusal was thrown inside Parallel.ForEach and surfaced wrapped in an
        // AggregateException as NB-INPUT-FAILED. The saved input itself (50 KB).
        var bad = File.ReadAllBytes(Path.Combine(AppContext.BaseDirectory, "Data", "fuzz", "seed8888-200910.pdf"));
        var e = Assert.Throws<InputException>(() => ReportParser.Parse(bad, "damaged.pdf"));
        Assert.Equal("NB-INPUT-UNREADABLE", e.Finding.Code);
    }
    [Fact]
    public void A_pdf_whose_metadata_holds_a_control_character_is_read()
    {
        // Fourth session's 1,000,000-input run, seed 41002, input #400933 (flip+repeat+bitflip of a synth PDF): a byte
        // flipped into the PDF's Producer string became U+000E, which pdftotext copies into its XHTML as it is; the XML
        // reader refused the character and the file surfaced as NB-INPUT-FAILED. The saved input itself (73 KB).
        var bad = File.ReadAllBytes(Path.Combine(AppContext.BaseDirectory, "Data", "fuzz", "seed41002-400933.pdf"));
        var report = ReportParser.Parse(bad, "damaged.pdf");
        Assert.Equal(2022, report.Year);
        Assert.DoesNotContain(report.Findings, f => f.Code == "NB-INPUT-FAILED");
    }

    [Fact]
    public void A_control_character_in_a_word_is_replaced_not_a_fault()
    {
        var xhtml = "<html><head><meta name=\"Producer\" content=\"Li\u000E\"/></head><body><doc><page width=\"595\" height=\"842\">"
            + "<word xMin=\"1\" yMin=\"2\" xMax=\"3\" yMax=\"4\">规\u0001章</word></page></doc></body></html>";
        var page = Assert.Single(Nianbao.Reading.Pdf.BboxLayout.Parse(new StringReader(xhtml)));
        Assert.Equal("规\uFFFD章", Assert.Single(page.Words).Text);
    }
}
