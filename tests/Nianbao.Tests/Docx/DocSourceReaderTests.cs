using System.Text.Json;
using Nianbao.Documents;
using Nianbao.Extraction;
using Nianbao.Model;
using Nianbao.Reading;
using Nianbao.Reading.Doc;
using Nianbao.Tests.Samples;
using Nianbao.Template;

namespace Nianbao.Tests.Docx;

/// <summary>
/// Old binary .doc through the Debian converters (test.sh installs both). Data/docx/linxia-city-2023.doc was
/// written once by LibreOffice 7.4 (<c>soffice --convert-to doc</c>) from the DOCX that
/// <see cref="WordReportBuilder"/> makes of the linxia sample, merged cells included.
/// </summary>
public class DocSourceReaderTests
{
    const string Name = "linxia-city-2023";
    internal static byte[] Bytes => File.ReadAllBytes(Path.Combine(AppContext.BaseDirectory, "Data", "docx", Name + ".doc"));

    static void RequireTool(string tool) =>
        Assert.True(ExternalTool.Find(tool) is not null, $"{tool} is not installed: run ./test.sh (it installs the Debian package {tool})");

    static Report Parse(string tool)
    {
        RequireTool(tool);
        var doc = DocSourceReader.Read(Bytes, Name + ".doc", [tool]);
        Assert.Equal("doc", doc.Kind);
        return ReportParser.FromDocument(doc);
    }

    /// <summary>Every expected value of the given tables; for the others, no value may be a wrong number.</summary>
    static void AssertTables(Report report, string[] exact)
    {
        var wrong = new List<string>();
        foreach (var (key, want) in SampleFiles.ExpectedCells(Name))
        {
            var p = key.Split('.');
            var got = report.Value(p[0], p[1], p[2]);
            var same = want.ValueKind switch
            {
                JsonValueKind.Null => !got.HasValue,
                JsonValueKind.Number => got.Integer == want.GetInt64(),
                _ => got.Text == want.GetString(),
            };
            if (!same && (exact.Contains(p[0]) || got.HasValue)) wrong.Add($"{key}: got {got.Integer?.ToString() ?? got.Text ?? "null"}, want {want}");
        }
        Assert.True(wrong.Count == 0, string.Join("\n", wrong.Take(20)));
    }

    [Fact]
    public void LibreOffice_keeps_the_real_grid_so_every_table_is_exact()
    {
        var report = Parse("soffice");
        Assert.Equal("临夏市人民政府", report.Agency);
        AssertTables(report, ["active_disclosure", "applications", "review_litigation"]);
        Assert.Equal("docx", report.Value("applications", "new_received", "total").Source!.Kind);
    }

    [Fact]
    public void Catdoc_keeps_the_merged_tables_two_and_three_whole()
    {
        var report = Parse("catdoc");
        Assert.Equal("临夏市人民政府", report.Agency);
        Assert.Equal(2023, report.Year);
        // catdoc splits table 四's wrapped header cells over lines, so its 15 numbers are not placed (left blank).
        AssertTables(report, ["active_disclosure", "applications"]);
    }

    [Fact]
    public void Antiword_text_is_tokenized_with_line_provenance()
    {
        RequireTool("antiword");
        var doc = DocSourceReader.Read(Bytes, Name + ".doc", ["antiword"]);
        // antiword draws tables as |cell|cell| rows padded to the printed column width; the pipe tokenizer reads them.
        var row = doc.Blocks.OfType<TableBlock>().SelectMany(t => t.Rows).First(r => r.Any(c => c.Key == "规章"));
        Assert.Equal(["规章", "0", "0", "0"], row.Where(c => !c.IsEmpty).Select(c => c.Key));
        var value = row.First(c => c.Key == "0");
        Assert.Equal("text", value.Source.Kind);
        Assert.Equal(19, value.Source.Line);
        var heading = doc.Blocks.OfType<LineBlock>().First(l => l.Line.Raw == "一、总体情况");
        Assert.Equal(3, heading.Line.Source.Line);   // line 1 blank, line 2 the preamble paragraph
        var report = ReportParser.FromDocument(doc);
        Assert.Equal("临夏市人民政府", report.Agency);
        Assert.Equal(2023, report.Year);
    }

    [Fact]
    public void The_default_reader_is_registered_for_doc_files()
    {
        RequireTool("catdoc");
        var report = ReportParser.Parse(Bytes, Name + ".doc");
        Assert.Equal(24, report.Value("applications", "new_received", "total").Integer);
    }

    [Fact]
    public void A_file_no_converter_can_read_gets_a_located_error()
    {
        RequireTool("catdoc");
        RequireTool("antiword");
        byte[] ole = [0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1, .. new byte[600]];
        var e = Assert.Throws<InputException>(() => ReportParser.Parse(ole, "broken.doc"));
        Assert.Equal("NB-INPUT-DOC-CONVERT", e.Finding.Code);
        Assert.DoesNotContain("nianbao-", FindingCatalog.Format(e.Finding, "en"));   // the temp file name stays hidden
    }
}

/// <summary>Tests that change the process's PATH run alone: every reader that looks for a Debian tool reads it.</summary>
[CollectionDefinition(nameof(ProcessEnvironment), DisableParallelization = true)]
public class ProcessEnvironment;

[Collection(nameof(ProcessEnvironment))]
public class DocConverterMissingTests
{
    static byte[] Bytes => DocSourceReaderTests.Bytes;

    [Fact]
    public void A_missing_converter_names_the_package_to_install()
    {
        var saved = Environment.GetEnvironmentVariable("PATH");
        try
        {
            Environment.SetEnvironmentVariable("PATH", "/nonexistent");
            var e = Assert.Throws<InputException>(() => DocSourceReader.Read(Bytes, "x.doc"));
            Assert.Equal("NB-INPUT-TOOL-MISSING", e.Finding.Code);
            Assert.Contains("apt-get install catdoc", FindingCatalog.Format(e.Finding, "en"));
        }
        finally { Environment.SetEnvironmentVariable("PATH", saved); }
    }
}
