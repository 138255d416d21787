using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using DocumentFormat.OpenXml.Validation;
using Nianbao.Corpus.Import;
using Nianbao.Corpus.Storage;
using Nianbao.Tests.CheckCli;

namespace Nianbao.Tests.Corpus;

/// <summary>`nianbao review --out` writes a two-sheet findings list from the corpus; decisions typed into it come
/// back with `--apply` and survive a re-check.</summary>
public class ReviewTests
{
    static List<List<string>> Sheet(string path, string name)
    {
        using var doc = SpreadsheetDocument.Open(path, false);
        var sheet = doc.WorkbookPart!.Workbook.Sheets!.Elements<Sheet>().Single(s => s.Name == name);
        var part = (WorksheetPart)doc.WorkbookPart.GetPartById(sheet.Id!);
        return part.Worksheet.Descendants<Row>().Select(r =>
        {
            var cells = new List<string>();
            foreach (var c in r.Elements<Cell>())
            {
                var i = c.CellReference!.Value!.TakeWhile(char.IsLetter).Aggregate(0, (n, ch) => n * 26 + ch - 'A' + 1) - 1;
                while (cells.Count < i) cells.Add("");
                cells.Add(c.InnerText);
            }
            return cells;
        }).ToList();
    }

    /// <summary>Types a decision and a comment into a finding row, as a reviewer would in Excel (shared strings).</summary>
    static void Decide(string path, int row, string decision, string comment)
    {
        using var doc = SpreadsheetDocument.Open(path, true);
        var book = doc.WorkbookPart!;
        var shared = book.SharedStringTablePart ?? book.AddNewPart<SharedStringTablePart>();
        shared.SharedStringTable ??= new SharedStringTable();
        int Share(string s)
        {
            shared.SharedStringTable.AppendChild(new SharedStringItem(new Text(s)));
            return shared.SharedStringTable.Elements<SharedStringItem>().Count() - 1;
        }
        var sheet = book.Workbook.Sheets!.Elements<Sheet>().Single(s => s.Name == "问题");
        var part = (WorksheetPart)book.GetPartById(sheet.Id!);
        var r = part.Worksheet.Descendants<Row>().Single(x => x.RowIndex!.Value == (uint)row);
        foreach (var (column, text) in new[] { ("J", decision), ("K", comment) })
        {
            var cell = r.Elements<Cell>().First(c => c.CellReference!.Value == column + row);
            cell.RemoveAllChildren();
            cell.DataType = CellValues.SharedString;
            cell.CellValue = new CellValue(Share(text).ToString(System.Globalization.CultureInfo.InvariantCulture));
        }
        part.Worksheet.Save();
        shared.SharedStringTable.Save();
    }

    [Fact]
    public void Review_out_then_apply_records_decisions_that_survive_a_recheck()
    {
        using var t = new TestCorpus("sqlite");
        var import = CliProcess.Run("import", Path.Combine(AppContext.BaseDirectory, "samples"), "--db", t.Target);
        Assert.True(import.Exit == 0, import.Out + import.Err);
        var xlsx = t.File("问题清单.xlsx");
        var written = CliProcess.Run("review", "--db", t.Target, "--out", xlsx);
        Assert.True(written.Exit == 0, written.Out + written.Err);

        using (var doc = SpreadsheetDocument.Open(xlsx, false))
        {
            var errors = new OpenXmlValidator().Validate(doc).Take(5).Select(e => $"{e.Path?.XPath}: {e.Description}").ToList();
            Assert.True(errors.Count == 0, string.Join("\n", errors));
            Assert.Equal(["汇总", "问题"], doc.WorkbookPart!.Workbook.Sheets!.Elements<Sheet>().Select(s => s.Name!.Value!));
        }
        var summary = Sheet(xlsx, "汇总");
        Assert.Equal(6, summary.Count);   // header + five units
        var findings = Sheet(xlsx, "问题");
        var db = CorpusDb.Open(t.Target);
        Assert.Equal(CorpusDump.Count(db, "SELECT COUNT(*) FROM findings"), findings.Count - 1);
        var linxia = findings.Select((r, i) => (Row: r, Index: i + 1)).Where(x => x.Row[4] == "NB-T3-VSUM").ToList();
        Assert.NotEmpty(linxia);
        Assert.Contains(findings, r => r.Count > 8 && r[8].StartsWith("提示", StringComparison.Ordinal));   // the repair hint in its own column

        Decide(xlsx, linxia[0].Index, "确认", "已与单位核实");
        Decide(xlsx, findings.FindIndex(r => r[4] == "NB-S-ITEMS6") + 1, "排除", "不适用");
        var applied = CliProcess.Run("review", "--db", t.Target, "--apply", xlsx, "--by", "审核员甲");
        Assert.True(applied.Exit == 0, applied.Out + applied.Err);
        Assert.Contains("已记录 2 条审核意见", applied.Out);
        Assert.Equal(1, CorpusDump.Count(db, "SELECT COUNT(*) FROM review_decisions WHERE status = 'confirmed' AND comment = '已与单位核实' AND decided_by = '审核员甲'"));
        Assert.Equal(1, CorpusDump.Count(db, "SELECT COUNT(*) FROM review_decisions WHERE status = 'dismissed'"));

        // Applying the same sheet again changes nothing; a re-check keeps the decisions; the next list shows them.
        Assert.Contains("已记录 0 条审核意见，2 条未变", CliProcess.Run("review", "--db", t.Target, "--apply", xlsx).Out);
        var recheck = CliProcess.Run("import", "--recheck", "--db", t.Target);
        Assert.True(recheck.Exit == 0, recheck.Out + recheck.Err);
        Assert.Equal(2, CorpusDump.Count(db, "SELECT COUNT(*) FROM review_decisions"));
        var again = t.File("again.xlsx");
        CliProcess.Run("review", "--db", t.Target, "--out", again, "--review", "confirmed");
        var confirmed = Sheet(again, "问题");
        Assert.Contains(confirmed, r => r.Count > 10 && r[9] == "确认" && r[10] == "已与单位核实");
        Assert.All(confirmed.Skip(1), r => Assert.Equal("临夏市人民政府", r[1]));
    }

    [Fact]
    public void Apply_skips_unknown_decisions_and_refuses_other_workbooks()
    {
        using var t = new TestCorpus("sqlite");
        var db = CorpusDb.Open(t.Target);
        Importer.Import(db, TestCorpus.Samples);
        var xlsx = t.File("r.xlsx");
        Nianbao.Corpus.Review.ReviewWorkbook.Write(db, Nianbao.Corpus.Query.ReportFilter.All, xlsx, "zh");
        Decide(xlsx, 2, "也许", "?");
        var r = CliProcess.Run("review", "--db", t.Target, "--apply", xlsx);
        Assert.Equal(1, r.Exit);
        Assert.Contains("第 2 行", r.Err);
        Assert.Contains("NB-REVIEW-DECISION", r.Err);
        Assert.Equal(0, CorpusDump.Count(db, "SELECT COUNT(*) FROM review_decisions"));

        var other = t.File("other.xlsx");
        Nianbao.Corpus.Export.Exporter.Export(db, Nianbao.Corpus.Query.ReportFilter.All, Nianbao.Corpus.Export.ExportFormat.Xlsx, other);
        var refused = CliProcess.Run("review", "--db", t.Target, "--apply", other);
        Assert.Equal(2, refused.Exit);
        Assert.Contains("NB-REVIEW-SHEET", refused.Err);
        Assert.DoesNotContain("   at ", refused.Err);
    }
}
