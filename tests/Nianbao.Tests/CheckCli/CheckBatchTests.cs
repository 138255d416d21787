using System.Globalization;
using CsvHelper;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using DocumentFormat.OpenXml.Validation;
using Nianbao.Model;

namespace Nianbao.Tests.CheckCli;

/// <summary>
/// `nianbao check` over a folder of 3,000 files (issue 3 §6): every file is reported, in input order, with the
/// library's findings; unreadable ones do not stop the batch and make the exit code 2; the XLSX 问题清单 is valid
/// Open XML and holds the same summary and findings.
/// </summary>
public class CheckBatchTests(BatchRun run, Xunit.Abstractions.ITestOutputHelper output) : IClassFixture<BatchRun>
{
    [Fact]
    public void Exit_code_is_2_and_every_unreadable_file_is_named_on_stderr()
    {
        // The time is a figure for the log, not a bound: CI machines are shared and run test classes in parallel.
        output.WriteLine($"nianbao check: {CheckCorpus.Count} files in {run.Elapsed.TotalSeconds:F1} s");
        Assert.Equal(2, run.Exit);
        Assert.DoesNotContain("   at ", run.Err);
        var unreadable = run.Expected.Where(e => !e.Readable).ToList();
        Assert.Equal(run.Corpus.VariantOf.Count(v => v.Value is "binary" or "empty"), unreadable.Count);
        foreach (var (file, _, findings) in unreadable)
            Assert.Contains($"{file}: {findings[0].Message("zh")} [{findings[0].Code}]", run.Err);
    }

    [Fact]
    public void Progress_is_reported_on_stderr()
    {
        Assert.Contains($"核查 {CheckCorpus.Count} 个文件", run.Err);
        Assert.Matches(@"\d+%", run.Err);
    }

    [Fact]
    public void Csv_has_one_row_per_finding_of_every_file_in_input_order()
    {
        using var csv = new CsvReader(new StringReader(run.Out), CultureInfo.InvariantCulture);
        csv.Read();
        csv.ReadHeader();
        Assert.Equal(["file", "agency", "year", "code", "severity", "section", "table", "row", "column", "source", "message"], csv.HeaderRecord!);
        var rows = new List<(string File, string Code, string Severity, string Message)>();
        while (csv.Read()) rows.Add((csv.GetField("file")!, csv.GetField("code")!, csv.GetField("severity")!, csv.GetField("message")!));

        var expected = run.Expected.SelectMany(e => e.Findings.Select(f =>
            (e.File, f.Code, f.Severity.ToString().ToLowerInvariant(), f.Message("zh")))).ToList();
        Assert.Equal(expected.Count, rows.Count);
        Assert.Equal(expected, rows);
        // The edits are visible: every copy cut before table 三 has an error.
        Assert.All(run.Expected.Where(e => run.Corpus.VariantOf[e.File] == "cut"),
            e => Assert.Contains(e.Findings, f => f.Severity == Severity.Error));
    }

    [Fact]
    public void Xlsx_is_valid_open_xml()
    {
        // The package, workbook, styles, summary and the sheet of the first file of every kind of edit (readable
        // with or without findings, unreadable). Validating all 3,000 sheets costs ~25 s of CPU for no more
        // coverage: each is written by the same code; CheckSmallTests validates a whole mixed workbook.
        using var doc = SpreadsheetDocument.Open(run.Xlsx, false);
        var book = doc.WorkbookPart!;
        var sheets = book.Workbook.Sheets!.Elements<Sheet>().ToList();
        var picked = CheckCorpus.Variants.Select(v => run.Corpus.Files.ToList().FindIndex(f => run.Corpus.VariantOf[f] == v) + 1).Prepend(0);
        var validator = new OpenXmlValidator();
        var errors = validator.Validate(book).Concat(validator.Validate(book.WorkbookStylesPart!))
            .Concat(picked.SelectMany(i => validator.Validate(book.GetPartById(sheets[i].Id!))))
            .Take(10).Select(e => $"{e.Part?.Uri} {e.Path?.XPath}: {e.Description}").ToList();
        Assert.True(errors.Count == 0, string.Join("\n", errors));
    }

    [Fact]
    public void Xlsx_summary_lists_every_file_with_its_counts_and_one_sheet_each()
    {
        using var doc = SpreadsheetDocument.Open(run.Xlsx, false);
        var book = doc.WorkbookPart!;
        var sheets = book.Workbook.Sheets!.Elements<Sheet>().ToList();
        Assert.Equal("汇总", sheets[0].Name!.Value);
        Assert.Equal(CheckCorpus.Count + 1, sheets.Count);
        Assert.Equal(sheets.Count, sheets.Select(s => s.Name!.Value!.ToUpperInvariant()).Distinct().Count());
        Assert.All(sheets, s => Assert.True(s.Name!.Value!.Length <= 31 && s.Name.Value.IndexOfAny(['[', ']', ':', '*', '?', '/', '\\']) < 0, s.Name.Value));

        var rows = Rows((WorksheetPart)book.GetPartById(sheets[0].Id!));
        Assert.Equal(["序号", "文件", "机关", "年度", "格式", "错误", "警告", "提示", "可读取", "说明"], rows[0]);
        Assert.Equal(CheckCorpus.Count, rows.Count - 1);
        for (var i = 0; i < run.Expected.Count; i++)
        {
            var (file, readable, findings) = run.Expected[i];
            var row = rows[i + 1];
            Assert.Equal(file, row[1]);
            Assert.Equal([Count(findings, Severity.Error), Count(findings, Severity.Warning), Count(findings, Severity.Info)], row[5..8].Select(int.Parse));
            Assert.Equal(readable ? "是" : "否", row[8]);
        }
    }

    [Fact]
    public void Xlsx_unit_sheet_lists_the_findings_of_its_file()
    {
        using var doc = SpreadsheetDocument.Open(run.Xlsx, false);
        var book = doc.WorkbookPart!;
        var summary = (WorksheetPart)book.GetPartById(book.Workbook.Sheets!.Elements<Sheet>().First().Id!);
        // The unit with the most findings, reached as a reviewer would: through the summary's link.
        var i = Enumerable.Range(0, run.Expected.Count).MaxBy(k => run.Expected[k].Findings.Count);
        var (file, _, findings) = run.Expected[i];
        var link = summary.Worksheet.Descendants<Hyperlink>().Single(h => h.Reference == $"B{i + 2}");
        var location = link.Location!.Value!;
        var name = location[1..location.IndexOf("'!", StringComparison.Ordinal)].Replace("''", "'");
        var sheet = book.Workbook.Sheets!.Elements<Sheet>().Single(s => s.Name == name);
        var rows = Rows((WorksheetPart)book.GetPartById(sheet.Id!));

        Assert.Equal(file, rows[0][1]);
        var header = rows.FindIndex(r => r.Length > 1 && r[1] == "代码");
        Assert.Equal(["序号", "代码", "级别", "说明", "位置", "涉及的单元格"], rows[header]);
        var listed = rows.Skip(header + 1).ToList();
        Assert.Equal(findings.Select(f => f.Code), listed.Select(r => r[1]));
        Assert.Equal(findings.Select(f => f.Message("zh")), listed.Select(r => r[3]));
        // Located findings name where: a table's printed label or the source line.
        foreach (var (f, r) in findings.Zip(listed))
            if (f.Location.Source is { Line: int line }) Assert.Contains($"第{line}行", r[4]);
    }

    static int Count(IReadOnlyList<Finding> findings, Severity s) => findings.Count(f => f.Severity == s);

    /// <summary>A worksheet's rows as text, cells placed by their reference (empty cells are "").</summary>
    internal static List<string[]> Rows(WorksheetPart part) =>
        part.Worksheet.Descendants<Row>().Select(r =>
        {
            var cells = r.Elements<Cell>().ToList();
            var width = cells.Count == 0 ? 0 : cells.Max(c => ColumnIndex(c.CellReference!)) + 1;
            var values = Enumerable.Repeat("", width).ToArray();
            foreach (var c in cells) values[ColumnIndex(c.CellReference!)] = c.InnerText;
            return values;
        }).ToList();

    static int ColumnIndex(string reference)
    {
        var n = 0;
        foreach (var ch in reference.TakeWhile(char.IsLetter)) n = n * 26 + (ch - 'A' + 1);
        return n - 1;
    }
}
