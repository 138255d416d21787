using System.Text;
using System.Text.RegularExpressions;
using Nianbao.Tests.Samples;

namespace Nianbao.Tests.Renderings;

/// <summary>
/// Renderings derived from the samples at test time, the way copies of the same page differ in the wild
/// (docs/format.md §9.1): separators turned into spaces, one cell per line with the pipes lost, rows opened by a pipe.
/// Each must give exactly the expected values.
/// </summary>
public class DerivedRenderingTests
{
    static string Sample(string name) => File.ReadAllText(SampleFiles.Path($"{name}.txt"));

    static void AssertExact(string name, string text)
    {
        var report = ReportParser.Parse(Encoding.UTF8.GetBytes(text), $"{name}.derived.txt");
        SampleParseTests.AssertTables(report, name);
        Assert.Equal(SampleFiles.Expected(name).GetProperty("agency").GetString(), report.Agency);
    }

    [Theory]
    [InlineData("linxia-city-2023")]
    [InlineData("erkou-township-2023")]
    public void Pipe_separators_as_runs_of_spaces(string name) =>
        AssertExact(name, Regex.Replace(Sample(name), @" *\|+ *", "   ", RegexOptions.Multiline));

    [Fact]
    public void One_cell_per_line_without_any_pipes() =>
        AssertExact("maiji-service-bureau-2022",
            string.Join("\n", Sample("maiji-service-bureau-2022").Split('\n')
                .Select(l => Regex.Replace(l, @"\s*\|+\s*$", "")).Select(l => l.Trim('|')).Where(l => l.Length > 0)));

    [Theory]
    [InlineData("linxia-city-2023")]
    [InlineData("erkou-township-2023")]
    public void Table_rows_opened_by_a_pipe(string name) =>
        AssertExact(name, string.Join("\n", Sample(name).Split('\n').Select(l => l.Contains('|') ? "| " + l : l)));

    [Theory]
    [InlineData("linxia-city-2023")]
    [InlineData("maiji-service-bureau-2022")]
    [InlineData("lhasa-city-2021")]
    public void Text_tables_pasted_into_web_page_paragraphs(string name)
    {
        var body = string.Join("\n", Sample(name).Split('\n').Select(l => $"<p>{System.Net.WebUtility.HtmlEncode(l.TrimEnd('\r'))}</p>"));
        var page = $"<!DOCTYPE html><html><head><meta charset=\"utf-8\"></head><body><div class=\"article\">{body}</div></body></html>";
        var report = ReportParser.Parse(Encoding.UTF8.GetBytes(page), $"{name}.pasted.html");
        SampleParseTests.AssertTables(report, name);
        // Provenance names the paragraph and the place inside it.
        var cell = report.Value("applications", "new_received", "total");
        Assert.Equal("html", cell.Source!.Kind);
        Assert.NotNull(cell.Source.Paragraph);
        Assert.NotNull(cell.Source.Column);
    }

    [Fact]
    public void Blank_rows_whose_empty_cells_vanished_are_blank_not_missing()
    {
        // lhasa's blank 不予公开/不予处理 rows keep only their labels once separators become spaces.
        var text = Regex.Replace(Sample("lhasa-city-2021"), @" *\|+ *", "   ", RegexOptions.Multiline);
        var report = ReportParser.Parse(Encoding.UTF8.GetBytes(text), "lhasa.spaces.txt");
        SampleParseTests.AssertTables(report, "lhasa-city-2021");
        Assert.Equal(Model.ValueState.Blank, report.Value("applications", "withheld_state_secret", "total").State);
        Assert.Contains(report.Findings, f => f.Code == "NB-P-ROW-EMPTY" && f.Location.Row == "withheld_state_secret");
        Assert.DoesNotContain(report.Findings, f => f.Code == "NB-S-ROW");
        Assert.DoesNotContain(Nianbao.Checking.ReportChecker.Check(report), f => f.Severity == Model.Severity.Error);
    }
}
