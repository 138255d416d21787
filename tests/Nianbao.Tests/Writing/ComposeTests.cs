using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using Nianbao.Model;
using Nianbao.Output;
using Nianbao.Template;
using Nianbao.Tests.CheckCli;
using Nianbao.Tests.Samples;
using Nianbao.Writing;
using A = Nianbao.Template.Keys.Applications;

namespace Nianbao.Tests.Writing;

/// <summary>Validate before publish (issue 11 item 3): the fill-in files, and render refusing broken arithmetic.</summary>
public class ComposeTests
{
    static readonly ReportTemplate T = ReportTemplate.Embedded;

    /// <summary>linxia-city-2023's numbers as a filled JSON file (the codebook shape `parse --format json` writes).</summary>
    static Report LinxiaFilled() =>
        FillIn.Read(System.Text.Encoding.UTF8.GetBytes(JsonReportWriter.ToJson(RoundTrip.Sample("linxia-city-2023"))), "linxia.json", T);

    /// <summary>The repairs the checker's hints name: the natural-person cells of three outcome rows.</summary>
    static Report Fixed(Report r)
    {
        var t = r.Tables[Keys.Tables.Applications];
        t[A.Rows.Granted, A.Columns.NaturalPerson] = Model.CellValue.OfInteger(18, "18", null);
        t[A.Rows.WithheldLawProhibited, A.Columns.NaturalPerson] = Model.CellValue.OfInteger(2, "2", null);
        t[A.Rows.UnavailableNotHeld, A.Columns.NaturalPerson] = Model.CellValue.OfInteger(4, "4", null);
        return r;
    }

    [Fact]
    public void Linxia_is_refused_with_its_four_broken_rules_and_their_hints()
    {
        var result = Composer.Compose(LinxiaFilled(), WriteTarget.Docx);
        Assert.True(result.Refused);
        Assert.Equal(["NB-T3-HSUM", "NB-T3-HSUM", "NB-T3-HSUM", "NB-T3-VSUM"], result.Broken.Select(f => f.Code).Order());
        Assert.Equal([A.Rows.Granted, A.Rows.UnavailableNotHeld, A.Rows.WithheldLawProhibited],
            result.Broken.Where(f => f.Code == "NB-T3-HSUM").Select(f => f.Location.Row).Order());
        foreach (var f in result.Broken)
        {
            Assert.Contains("提示", f.Message("zh"));
            Assert.Contains("Hint", f.Message("en"));
            Assert.NotEmpty(f.Location.Cells!);
        }
        var forced = Composer.Compose(LinxiaFilled(), WriteTarget.Html, force: true);
        Assert.Equal(4, forced.Broken.Count);
        Assert.NotNull(forced.Output);
    }

    [Theory]
    [InlineData(WriteTarget.Docx)]
    [InlineData(WriteTarget.Html)]
    [InlineData(WriteTarget.Markdown)]
    public void Linxia_with_the_fixes_renders_and_parses_back_exactly(WriteTarget target)
    {
        var filled = Fixed(LinxiaFilled());
        var result = Composer.Compose(filled, target);
        Assert.Empty(result.Broken);
        var back = ReportParser.Parse(result.Output!, "linxia" + ReportWriter.Extension(target));
        Assert.Empty(RoundTrip.Differences(filled, back));
        Assert.DoesNotContain(Nianbao.Checking.ReportChecker.Check(back), Composer.IsArithmetic);
    }

    [Fact]
    public void The_xlsx_template_has_the_national_grid_formulas_and_validation_and_reads_back_filled()
    {
        var bytes = FillIn.Xlsx(T, FormatId.F2021);
        var filled = Fixed(LinxiaFilled());
        using var stream = new MemoryStream();
        stream.Write(bytes);
        int formulas;
        using (var doc = SpreadsheetDocument.Open(stream, true))
        {
            var book = doc.WorkbookPart!;
            var sheets = book.Workbook.Sheets!.Elements<Sheet>().ToList();
            Assert.Equal(4, sheets.Count);
            var applications = (WorksheetPart)book.GetPartById(sheets.Single(s => s.Name == T.LabelOf(Keys.Tables.Applications)).Id!);
            var texts = applications.Worksheet.Descendants<Cell>().Select(c => c.InnerText).ToList();
            Assert.Contains(T.Table(Keys.Tables.Applications, FormatId.F2021)!.Note!, texts);   // the 勾稽 note
            Assert.Contains(texts, t => t == T.LabelOf(Keys.Tables.Applications, A.Rows.Granted));
            formulas = book.WorksheetParts.Sum(p => p.Worksheet.Descendants<CellFormula>().Count());
            Assert.True(formulas > 30, $"only {formulas} total formulas");
            var validation = applications.Worksheet.Descendants<DataValidation>().Single();
            Assert.Equal(DataValidationValues.Whole, validation.Type!.Value);
            Assert.Equal("0", validation.Formula1!.Text);
            // The compiler types the numbers into the input cells (a program that does not recalculate: no cached totals).
            foreach (var sheet in sheets.Skip(1))
            {
                var part = (WorksheetPart)book.GetPartById(sheet.Id!);
                var key = T.TableKeys.Single(k => T.LabelOf(k) == sheet.Name);
                var grid = GridBuilder.Build(T.Table(key, FormatId.F2021)!, FormatId.F2021, null);
                for (var r = 0; r < grid.RowCount; r++)
                    for (var c = 0; c < grid.ColumnCount; c++)
                        if (grid.At(r, c)?.Ref is { } cr)
                        {
                            var cell = part.Worksheet.Descendants<Cell>().Single(x => x.CellReference == FillInXlsx.Address(r, c));
                            if (cell.CellFormula is null && filled.Value(cr).HasValue)
                                cell.CellValue = new DocumentFormat.OpenXml.Spreadsheet.CellValue(GridBuilder.Text(filled.Value(cr)));
                        }
            }
            var info = (WorksheetPart)book.GetPartById(sheets[0].Id!);
            info.Worksheet.Descendants<Cell>().Single(x => x.CellReference == "B2").CellValue = new DocumentFormat.OpenXml.Spreadsheet.CellValue("2023");
            info.Worksheet.Descendants<Cell>().Single(x => x.CellReference == "B3").CellValue = new DocumentFormat.OpenXml.Spreadsheet.CellValue(filled.Agency!);
        }
        using (var check = SpreadsheetDocument.Open(new MemoryStream(bytes), false))
        {
            var errors = new DocumentFormat.OpenXml.Validation.OpenXmlValidator(DocumentFormat.OpenXml.FileFormatVersions.Office2019).Validate(check).ToList();
            Assert.True(errors.Count == 0, string.Join("\n", errors.Take(5).Select(e => e.Path?.XPath + ": " + e.Description)));
        }
        var read = FillIn.Read(stream.ToArray(), "filled.xlsx", T);
        var differences = RoundTrip.Differences(filled, read).Where(d => !d.StartsWith("metadata") && !d.StartsWith("section")).ToList();
        Assert.True(differences.Count == 0, string.Join("\n", differences));
        // The totals came from the formulas, summed on reading.
        Assert.Equal(24, read.Value(Keys.Tables.Applications, A.Rows.TotalProcessed, A.Columns.Total).Integer);
    }

    [Fact]
    public void A_value_that_is_not_a_count_is_a_located_error()
    {
        var json = FillIn.Json(T, FormatId.F2021).Replace("\"granted\": {\n        \"natural_person\": null", "\"granted\": {\n        \"natural_person\": \"-3\"");
        var e = Assert.Throws<InputException>(() => FillIn.Read(System.Text.Encoding.UTF8.GetBytes(json), "f.json", T));
        Assert.Equal("NB-FILL-VALUE", e.Finding.Code);
        Assert.Contains("applications.granted.natural_person", e.Finding.Message("zh"));
    }

    [Fact]
    public void Narrative_sections_come_from_a_file_headed_by_the_ordinals_and_missing_ones_get_a_placeholder()
    {
        var sections = NarrativeText.Sections("前言\n# 一、总体情况\n本年度工作有序推进。\n\n## 五、存在的主要问题及改进情况\n问题一。\n问题二。\n六、其他需要报告的事项\n", T);
        Assert.Equal(["overview", "problems"], sections.Keys.Order());
        Assert.Equal("问题一。\n问题二。", sections["problems"]);
        var md = System.Text.Encoding.UTF8.GetString(Composer.Compose(Fixed(LinxiaFilled()), WriteTarget.Markdown,
            "一、总体情况\n本年度工作有序推进。").Output!);
        Assert.Contains("本年度工作有序推进。", md);
        Assert.DoesNotContain("临夏市政府信息公开工作坚持", md);   // the filled file's overview was replaced
        var bare = Fixed(LinxiaFilled());
        bare.Sections.Remove(Keys.Sections.Other);
        var placeholder = System.Text.Encoding.UTF8.GetString(Composer.Compose(bare, WriteTarget.Markdown).Output!);
        Assert.Contains(T.SectionLabelOf(Keys.Sections.Other) + "\n\n" + T.Writing.Placeholder, placeholder);
    }

    [Fact]
    public void The_cli_refuses_in_Chinese_by_default_and_in_English_with_lang_en()
    {
        var dir = Directory.CreateTempSubdirectory("nianbao-render-");
        try
        {
            var json = Path.Combine(dir.FullName, "linxia.json");
            File.WriteAllText(json, JsonReportWriter.ToJson(RoundTrip.Sample("linxia-city-2023")));
            var output = Path.Combine(dir.FullName, "out.docx");
            var zh = CliProcess.Run("render", json, "--to", "docx", "--out", output);
            Assert.Equal(1, zh.Exit);
            Assert.Contains("违反 4 条勾稽关系", zh.Err);
            Assert.Equal(4, zh.Err.Split('\n').Count(l => l.Contains("提示")));
            Assert.False(File.Exists(output));
            var en = CliProcess.Run("render", json, "--to", "docx", "--out", output, "--lang", "en");
            Assert.Equal(1, en.Exit);
            Assert.Contains("4 arithmetic rules broken", en.Err);
            var forced = CliProcess.Run("render", json, "--to", "docx", "--out", output, "--force");
            Assert.Equal(0, forced.Exit);
            Assert.True(File.Exists(output));
            var template = Path.Combine(dir.FullName, "t.xlsx");
            Assert.Equal(0, CliProcess.Run("template", "--to", "xlsx", "--out", template).Exit);
            Assert.Equal(0, CliProcess.Run("render", template, "--to", "md", "--out", Path.Combine(dir.FullName, "empty.md")).Exit);
            // A report itself is not a fill-in file: a located message and exit 2, no stack trace.
            var notFilled = CliProcess.Run("render", SampleFiles.Path("linxia-city-2023.txt"), "--to", "md", "--out", Path.Combine(dir.FullName, "x.md"));
            Assert.Equal(2, notFilled.Exit);
            Assert.Contains("[NB-FILL-KIND]", notFilled.Err);
            Assert.DoesNotContain("   at ", notFilled.Err);
        }
        finally { dir.Delete(recursive: true); }
    }
}
