using System.Text.Json;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using DocumentFormat.OpenXml.Validation;
using Nianbao.Model;
using Nianbao.Output;

namespace Nianbao.Tests.CheckCli;

/// <summary>`nianbao check` on one file and on a small mixed batch: text summary and findings with their
/// location, JSON, the HTML 问题清单, --fail-on, --lang en, and exit codes 0/1/2.</summary>
public class CheckSmallTests : IDisposable
{
    readonly DirectoryInfo dir = Directory.CreateTempSubdirectory("nianbao-check-small-");
    readonly CheckCorpusFiles files;

    public CheckSmallTests() => files = new CheckCorpusFiles(dir.FullName);

    public void Dispose() => dir.Delete(true);

    [Fact]
    public void One_file_prints_its_summary_row_and_every_finding_with_its_location()
    {
        var path = files.Of("sum");
        var expected = CheckCorpus.Expected([path])[0];
        Assert.NotEmpty(expected.Findings);
        var (exit, stdout, err) = CliProcess.Run("check", path);
        Assert.Equal(expected.Findings.Any(f => f.Severity == Severity.Error) ? 1 : 0, exit);
        Assert.DoesNotContain("   at ", err);
        Assert.Contains(Path.GetFileName(path), stdout.Replace("\n", "").Replace("│", "").Replace(" ", ""));
        Assert.Contains($"共 1 个文件", stdout);
        foreach (var f in expected.Findings)
        {
            Assert.Contains(f.Code, stdout);
            if (f.Location.Source is { } source) Assert.Contains(ReviewReportText.Position(source, "zh"), stdout);
        }
    }

    [Fact]
    public void Json_and_html_cover_every_unit_of_a_mixed_batch()
    {
        var html = Path.Combine(dir.FullName, "review.html");
        var all = files.All.Order(StringComparer.Ordinal).ToList();
        var expected = CheckCorpus.Expected(all);
        var (exit, stdout, _) = CliProcess.Run(["check", .. all, "--format", "json", "--report", html]);
        Assert.Equal(2, exit);

        var units = JsonDocument.Parse(stdout).RootElement.EnumerateArray().ToList();
        Assert.Equal(expected.Select(e => e.File), units.Select(u => u.GetProperty("source").GetString()));
        foreach (var (e, u) in expected.Zip(units))
        {
            Assert.Equal(e.Readable, u.GetProperty("readable").GetBoolean());
            Assert.Equal(e.Findings.Select(f => f.Code), u.GetProperty("findings").EnumerateArray().Select(f => f.GetProperty("code").GetString()));
        }

        var page = File.ReadAllText(html);
        Assert.StartsWith("<!DOCTYPE html>", page);
        Assert.DoesNotContain("<script", page);
        foreach (var (file, _, findings) in expected)
        {
            Assert.Contains(System.Net.WebUtility.HtmlEncode(file), page);
            foreach (var f in findings) Assert.Contains(System.Net.WebUtility.HtmlEncode(f.Message("zh")), page);
        }
        for (var i = 1; i <= expected.Count; i++) Assert.Contains($"<section id=\"u{i}\">", page);
    }

    [Fact]
    public void Xlsx_of_a_mixed_batch_is_valid_open_xml_and_opens_every_unit()
    {
        var xlsx = Path.Combine(dir.FullName, "review.xlsx");
        var all = files.All.Order(StringComparer.Ordinal).ToList();
        var expected = CheckCorpus.Expected(all);
        var (exit, _, err) = CliProcess.Run(["check", .. all, "--lang", "en", "--report", xlsx]);
        Assert.Equal(2, exit);
        Assert.Contains($"findings list written to {xlsx}", err);

        using var doc = SpreadsheetDocument.Open(xlsx, false);
        var errors = new OpenXmlValidator().Validate(doc).Take(10).Select(e => $"{e.Part?.Uri} {e.Path?.XPath}: {e.Description}").ToList();
        Assert.True(errors.Count == 0, string.Join("\n", errors));
        var book = doc.WorkbookPart!;
        var sheets = book.Workbook.Sheets!.Elements<Sheet>().ToList();
        Assert.Equal("Summary", sheets[0].Name!.Value);
        Assert.Equal(expected.Count + 1, sheets.Count);
        var summary = CheckBatchTests.Rows((WorksheetPart)book.GetPartById(sheets[0].Id!));
        Assert.Equal(expected.Select(e => e.File), summary.Skip(1).Select(r => r[1]));
        Assert.Equal(expected.Select(e => e.Readable ? "yes" : "no"), summary.Skip(1).Select(r => r[8]));
        foreach (var (e, sheet) in expected.Zip(sheets.Skip(1)))
        {
            var rows = CheckBatchTests.Rows((WorksheetPart)book.GetPartById(sheet.Id!));
            Assert.Equal(e.File, rows[0][1]);
            foreach (var f in e.Findings) Assert.Contains(rows, r => r.Length > 3 && r[1] == f.Code && r[3] == f.Message("en"));
        }
    }

    [Fact]
    public void Exit_codes_follow_fail_on()
    {
        var clean = files.Of("original");
        var broken = files.Of("cut");
        var expectedClean = CheckCorpus.Expected([clean])[0].Findings;
        var expectedBroken = CheckCorpus.Expected([broken])[0].Findings;
        Assert.Contains(expectedBroken, f => f.Severity == Severity.Error);

        Assert.Equal(expectedClean.Any(f => f.Severity == Severity.Error) ? 1 : 0, CliProcess.Run("check", clean).Exit);
        Assert.Equal(expectedClean.Any(f => f.Severity <= Severity.Warning) ? 1 : 0, CliProcess.Run("check", clean, "--fail-on", "warning").Exit);
        Assert.Equal(1, CliProcess.Run("check", clean, broken, "--format", "csv").Exit);
        Assert.Equal(0, CliProcess.Run("check", clean, broken, "--format", "csv", "--fail-on", "never").Exit);
        Assert.Equal(2, CliProcess.Run("check", clean, files.Of("empty"), "--fail-on", "never").Exit);
    }

    [Fact]
    public void English_with_lang_en_and_a_clear_message_for_a_missing_file()
    {
        var missing = Path.Combine(dir.FullName, "no-such-report.txt");
        var (exit, stdout, err) = CliProcess.Run("check", files.Of("original"), missing, "--lang", "en");
        Assert.Equal(2, exit);
        Assert.Contains("2 files:", stdout);
        Assert.Contains($"{missing}: file not found: {missing} [NB-INPUT-NOT-FOUND]", err);
        Assert.DoesNotContain("   at ", err);
    }

    [Fact]
    public void A_report_file_of_another_kind_is_refused_before_any_work()
    {
        var (exit, _, err) = CliProcess.Run("check", files.Of("original"), "--report", Path.Combine(dir.FullName, "x.pdf"));
        Assert.Equal(2, exit);
        Assert.Contains(".xlsx", err);
        Assert.False(File.Exists(Path.Combine(dir.FullName, "x.pdf")));
    }

    [Fact]
    public void Help_is_in_chinese_by_default_and_in_english_with_lang_en()
    {
        Assert.Contains("核查年度报告", CliProcess.Run("check", "--help").Out);
        Assert.Contains("check annual reports", CliProcess.Run("check", "--help", "--lang", "en").Out);
    }
}

/// <summary>One file of each corpus variant of the first sample, written to a folder.</summary>
sealed class CheckCorpusFiles(string dir)
{
    readonly Dictionary<string, string> paths = [];

    public string Of(string variant)
    {
        if (paths.TryGetValue(variant, out var p)) return p;
        var (name, bytes) = CheckCorpus.Variant(variant);
        p = Path.Combine(dir, $"{name}-{variant}.txt");
        File.WriteAllBytes(p, bytes);
        return paths[variant] = p;
    }

    public IEnumerable<string> All => CheckCorpus.Variants.Select(Of);
}
