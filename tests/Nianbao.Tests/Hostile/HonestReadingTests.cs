using System.Text;
using Nianbao.Documents;
using Nianbao.Model;
using Nianbao.Reading;
using static Nianbao.Tests.Hostile.HostileFiles;

namespace Nianbao.Tests.Hostile;

/// <summary>
/// Issue 8 items 1, 5, 6, 10 and 12: inputs that used to throw, to be misread or to be misnamed now read as what
/// they are, with a finding that says what was wrong.
/// </summary>
public class HonestReadingTests
{
    static Report Parse(byte[] bytes, string name) => ReportParser.Parse(bytes, name);

    static Report Parse(string text, string name = "x.txt") => Parse(Utf8(text), name);

    static void AssertLinxiaTables(Report r)
    {
        Assert.Equal("临夏市人民政府", r.Agency);
        Assert.Equal(24, r.Value("applications", "new_received", "total").Integer);
        Assert.DoesNotContain(r.Findings, f => f.Code is "NB-S-TABLE" or "NB-S-SECTION");
    }

    // 1. Full-width digits in a date: \d matched them and int.Parse threw.
    [Fact]
    public void A_full_width_publication_date_is_read()
    {
        var r = Parse(WithLine("发布日期：２０２４年１月５日"));
        Assert.Equal("2024-01-05", r.Metadata["published"].Value);
    }

    [Fact]
    public void A_full_width_pubdate_meta_tag_is_read()
    {
        var body = string.Join("", Linxia.Split('\n').Select(l => "<p>" + System.Net.WebUtility.HtmlEncode(l) + "</p>"));
        var page = $"""<html><head><meta charset="utf-8"><meta name="PubDate" content="2024年１月５日"></head><body>{body}</body></html>""";
        Assert.Equal("2024-01-05", Parse(Utf8(page), "x.html").Metadata["published"].Value);
    }

    [Fact]
    public void Digits_of_other_scripts_in_a_date_are_not_a_date_and_do_not_throw()
    {
        var r = Parse(WithLine("发布日期：٢٠٢٤年١月٥日"));
        Assert.False(r.Metadata.TryGetValue("published", out var p) && p.Value.Contains('٢'));
    }

    // 1. A 30-digit narrative figure: decimal.Parse overflowed.
    [Fact]
    public void A_thirty_digit_narrative_figure_is_not_read_and_says_why()
    {
        var r = Parse(WithLine("本年度共收到政府信息公开申请999999999999999999999999999999件。", after: "一、总体情况"));
        var f = Assert.Single(r.Findings, f => f.Code == "NB-P-VALUE-DIGITS");
        Assert.Equal(30, f.Arg("found"));
        Assert.Equal(15, f.Arg("limit"));
        Assert.Equal("overview", f.Location.Section);
        Assert.Contains("999999999999999999999999999999", f.Message("zh"));
        Assert.DoesNotContain(r.NarrativeFigures, n => n.Text.Contains("999"));
    }

    [Fact]
    public void A_table_cell_of_twenty_digits_is_null_with_the_digit_limit_finding()
    {
        var r = Parse(Linxia.Replace("一、本年新收政府信息公开申请数量 | 24 |", "一、本年新收政府信息公开申请数量 | 12345678901234567890 |"));
        Assert.Null(r.Value("applications", "new_received", "natural_person").Integer);
        var f = Assert.Single(r.Findings, f => f.Code == "NB-P-VALUE-DIGITS");
        Assert.Equal("new_received", f.Location.Row);
        Assert.Equal("natural_person", f.Location.Column);
    }

    // 5. One invalid byte, or a file cut mid-character, in an otherwise UTF-8 report.
    [Fact]
    public void Utf8_with_one_invalid_byte_is_read_as_utf8_and_the_bytes_are_counted()
    {
        var bytes = Utf8(Linxia);
        var at = Array.IndexOf(bytes, (byte)'\n', 3000) + 1;   // between two lines, so no character is split
        var damaged = bytes[..at].Concat(new byte[] { 0xFF }).Concat(bytes[at..]).ToArray();
        var r = Parse(damaged, "x.txt");
        AssertLinxiaTables(r);
        var f = Assert.Single(r.Findings, f => f.Code == "NB-P-ENCODING");
        Assert.Equal("utf-8", f.Arg("encoding"));
        Assert.Equal(1, f.Arg("count"));
    }

    [Fact]
    public void Utf8_cut_mid_character_is_read_as_utf8()
    {
        var bytes = Utf8(Linxia + "报");
        var r = Parse(bytes[..^1], "cut.txt");
        AssertLinxiaTables(r);
        Assert.Equal(2, Assert.Single(r.Findings, f => f.Code == "NB-P-ENCODING").Arg("count"));
    }

    [Fact]
    public void Gbk_text_is_still_gbk_not_damaged_utf8()
    {
        var gbk = CodePagesEncoding("gb18030").GetBytes(Linxia);
        var d = EncodingDetector.Decode(gbk);
        Assert.Equal("gb18030", d.Encoding);
        Assert.Equal(0, d.Errors);
    }

    // 6. Invalid GBK bytes became '?' without a word.
    [Fact]
    public void Invalid_gbk_bytes_are_counted()
    {
        var gbk = CodePagesEncoding("gb18030").GetBytes(Linxia);
        var at = 3000 - 3000 % 2;
        while (gbk[at] >= 0x80) at++;   // an ASCII byte: the insertion splits no character
        var damaged = gbk[..at].Concat(new byte[] { 0x81, 0x20, 0x81, 0x20 }).Concat(gbk[at..]).ToArray();
        var r = Parse(damaged, "gbk.txt");
        AssertLinxiaTables(r);
        var f = Assert.Single(r.Findings, f => f.Code == "NB-P-ENCODING");
        Assert.Equal("gb18030", f.Arg("encoding"));
        Assert.True(f.Arg("count") is int n && n >= 2, $"count {f.Arg("count")}");
        Assert.Contains("字节", f.Message("zh"));
    }

    // 10. UTF-16 without a BOM was called binary.
    [Theory]
    [InlineData("utf-16le")]
    [InlineData("utf-16be")]
    public void Utf16_without_a_bom_is_detected(string encoding)
    {
        var bytes = (encoding == "utf-16le" ? Encoding.Unicode : Encoding.BigEndianUnicode).GetBytes(Linxia);
        Assert.Equal(SourceKind.Text, SourceSniffer.Sniff(bytes, "x.txt"));
        Assert.Equal(encoding, EncodingDetector.Decode(bytes).Encoding);
        AssertLinxiaTables(Parse(bytes, "x.txt"));
    }

    [Fact]
    public void Utf16_html_without_a_bom_is_read_as_html()
    {
        var body = string.Join("", Linxia.Split('\n').Select(l => "<p>" + System.Net.WebUtility.HtmlEncode(l) + "</p>"));
        var bytes = Encoding.Unicode.GetBytes($"<html><body>{body}</body></html>");
        Assert.Equal(SourceKind.Html, SourceSniffer.Sniff(bytes, "x.dat"));
        Assert.Equal("临夏市人民政府", Parse(bytes, "x.dat").Agency);
    }

    [Fact]
    public void Binary_with_zero_bytes_on_both_sides_is_still_binary()
    {
        var bytes = new byte[4096];
        new Random(3).NextBytes(bytes);
        for (var i = 0; i < bytes.Length; i += 7) bytes[i] = 0;
        Assert.Equal(SourceKind.Binary, SourceSniffer.Sniff(bytes, "x.bin"));
    }

    // 10. A NUL inside a number: "row has only its label" before.
    [Fact]
    public void A_nul_inside_a_number_makes_that_cell_unreadable_and_is_named()
    {
        var r = Parse(Linxia.Replace("一、本年新收政府信息公开申请数量 | 24 |", "一、本年新收政府信息公开申请数量 | 2\u00004 |"));
        Assert.DoesNotContain(r.Findings, f => f.Code == "NB-P-ROW-EMPTY");
        var cell = Assert.Single(r.Findings, f => f.Code == "NB-P-CELL");
        Assert.Equal(("new_received", "natural_person"), (cell.Location.Row, cell.Location.Column));
        Assert.Contains("2␀4", cell.Message("zh"));
        Assert.DoesNotContain('\0', cell.Message("en"));
        var control = Assert.Single(r.Findings, f => f.Code == "NB-P-CONTROL-CHARS");
        Assert.Equal("NUL", control.Arg("example"));
        Assert.Equal(1, control.Arg("count"));
        Assert.Equal(0, r.Value("applications", "new_received", "commercial").Integer);
    }

    [Fact]
    public void Escape_sequences_in_a_report_never_reach_a_message()
    {
        var r = Parse(Linxia.Replace("一、本年新收政府信息公开申请数量 | 24 |", "一、本年新收政府信息公开申请数量 | \u001b[2J24 |"));
        foreach (var f in r.Findings)
            Assert.DoesNotContain('\u001b', f.Message("zh") + f.Message("en"));
        Assert.Contains(r.Findings, f => f.Code == "NB-P-CONTROL-CHARS" && (string?)f.Arg("example") == "ESC");
    }

    // 10. catdoc's advice for its own command line.
    [Fact]
    public void Catdoc_switch_advice_does_not_reach_the_user()
    {
        Assert.True(ExternalTool.Find("catdoc") is not null, "catdoc is not installed: run ./test.sh");
        var broken = new byte[] { 0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1 }.Concat(new byte[504]).Concat(Encoding.ASCII.GetBytes(string.Concat(Enumerable.Repeat("garbage", 100)))).ToArray();
        var e = Assert.Throws<InputException>(() => Reading.Doc.DocSourceReader.Read(broken, "broken.doc", ["catdoc"]));
        Assert.Equal("NB-INPUT-DOC-CONVERT", e.Finding.Code);
        Assert.DoesNotContain("switch", e.Finding.Message("en"), StringComparison.OrdinalIgnoreCase);
        Assert.Contains("Broken OLE file", e.Finding.Message("en"));
    }

    // 10. A ZIP holding a spreadsheet was called "document.xml has no body".
    [Fact]
    public void A_zip_holding_a_spreadsheet_says_it_is_a_spreadsheet()
    {
        var xlsx = Zip([Plain("[Content_Types].xml", "<Types/>"), Plain("xl/workbook.xml", "<workbook/>")]);
        var outer = Zip([new Part("统计表.xlsx", Deflate(xlsx), xlsx.Length)]);
        var e = Assert.Throws<InputException>(() => Parse(outer, "report.docx"));
        Assert.Equal("NB-INPUT-SPREADSHEET", e.Finding.Code);
        Assert.Contains("统计表.xlsx", e.Finding.Message("zh"));
        Assert.Contains("spreadsheet", e.Finding.Message("en"));
        Assert.Equal("NB-INPUT-SPREADSHEET", Assert.Throws<InputException>(() => Parse(xlsx, "book.docx")).Finding.Code);
    }

    // 12. Reports back to back: the first is read, and the finding says there are more.
    [Fact]
    public void Concatenated_reports_give_the_first_and_a_warning()
    {
        var erkou = File.ReadAllText(Samples.SampleFiles.Path("erkou-township-2023.txt"));
        var r = Parse(Linxia + "\n" + erkou + "\n" + Linxia);
        AssertLinxiaTables(r);
        var f = Assert.Single(r.Findings, f => f.Code == "NB-S-CONCATENATED");
        Assert.Equal(3, f.Arg("count"));
        Assert.Equal(Severity.Warning, f.Severity);
        Assert.True(f.Location.Source!.Line > Linxia.Split('\n').Length - 2, $"line {f.Location.Source.Line}");
        // The first report's last section ends where the second begins.
        Assert.DoesNotContain("贵溪耳口乡", r.Sections["other"].Text);
    }

    [Theory]
    [MemberData(nameof(Samples.SampleFiles.All), MemberType = typeof(Samples.SampleFiles))]
    public void One_report_is_not_called_concatenated(string name)
    {
        var file = Samples.SampleFiles.Expected(name).GetProperty("source").GetString()!;
        var r = ReportParser.ParseFile(Samples.SampleFiles.Path(file));
        Assert.DoesNotContain(r.Findings, f => f.Code == "NB-S-CONCATENATED");
    }

    [Fact]
    public void A_table_of_contents_before_the_body_is_not_a_second_report()
    {
        var toc = "目录\n一、总体情况\n二、主动公开政府信息情况\n三、收到和处理政府信息公开申请情况\n四、政府信息公开行政复议、行政诉讼情况\n五、存在的主要问题及改进情况\n六、其他需要报告的事项\n";
        var r = Parse(WithLine(toc.TrimEnd()));
        Assert.DoesNotContain(r.Findings, f => f.Code == "NB-S-CONCATENATED");
        AssertLinxiaTables(r);
    }

    // The facade: nothing but InputException leaves it.
    [Fact]
    public void Every_hostile_input_ends_in_a_report_or_an_input_exception()
    {
        var inputs = new (string Name, byte[] Bytes)[]
        {
            ("zeros.txt", new byte[100_000]),
            ("ff.txt", Enumerable.Repeat((byte)0xFF, 100_000).ToArray()),
            ("lt.html", Utf8(new string('<', 100_000))),
            ("digits.txt", Utf8(WithLine(new string('9', 50_000), after: "一、总体情况"))),
            ("fullwidth.txt", Utf8(Linxia.Replace("24", "２４"))),
            ("truncated.docx", OneHugeText(1)[..600]),
            ("pk.docx", [0x50, 0x4B, 0x03, 0x04, 0, 0]),
            ("pdf.pdf", Utf8("%PDF-1.4\n" + new string('x', 1000))),
        };
        foreach (var (name, bytes) in inputs)
        {
            try { ReportParser.Parse(bytes, name); }
            catch (InputException e) { Assert.NotNull(FindingCatalog.All[e.Finding.Code]); }
        }
    }

    static byte[] Deflate(byte[] bytes)
    {
        using var o = new MemoryStream();
        using (var d = new System.IO.Compression.DeflateStream(o, System.IO.Compression.CompressionLevel.Optimal, leaveOpen: true)) d.Write(bytes);
        return o.ToArray();
    }

    static Encoding CodePagesEncoding(string name)
    {
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
        return Encoding.GetEncoding(name);
    }
}
