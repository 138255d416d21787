using Nianbao.Tests.RunTogether;
using Nianbao.Tests.Samples;
using Xunit.Abstractions;

namespace Nianbao.Tests.Scans;

/// <summary>
/// Word files printed to PDF (issue 10 §4): each sample's DOCX printed by LibreOffice headless (<see cref="PrintedFixture"/>:
/// A4, labels wrapped over two or three lines in their cells, table 三 broken over a page with its header rows
/// repeated). The ruled tables are read from their rules (Reading/Pdf/RuledPages, GridWords), so every cell is exact.
/// </summary>
public class PrintedPdfTests(PrintedFixture printed, ITestOutputHelper output) : IClassFixture<PrintedFixture>
{
    [Theory]
    [MemberData(nameof(SampleFiles.All), MemberType = typeof(SampleFiles))]
    public void Docx_printed_by_libreoffice_reads_every_cell_exactly(string name)
    {
        var report = ReportParser.ParseFile(printed.Printed(name));
        var score = RenderingScore.Of(name, report, strict: true);
        output.WriteLine($"{name} printed by LibreOffice: {score}");
        Assert.True(score.Wrong == 0, $"{name}: {score}\n" + string.Join("\n", score.WrongCells.Take(30)));
        Assert.True(score.Exact == score.Cells, $"{name}: {score}\n" + string.Join("\n", report.Findings.Select(f => $"{f.Code} {f.Location.Table}.{f.Location.Row} {Model.FindingCatalog.Format(f, "en")}")));
        var expected = SampleFiles.Expected(name);
        Assert.Equal(expected.GetProperty("year").GetInt32(), report.Year);
        Assert.Equal(expected.GetProperty("agency").GetString(), report.Agency);
    }

    [Fact]
    public void A_2019_report_printed_by_libreoffice_reads_every_cell_with_its_sign_and_decimals()
    {
        var truth = Writing.RoundTrip.Load(Writing.RoundTrip.Report2019Name);
        var report = ReportParser.ParseFile(printed.Printed(Writing.RoundTrip.Report2019Name));
        int cells = 0, exact = 0;
        var wrong = new List<string>();
        foreach (var (table, values) in truth.Tables)
            foreach (var (row, column, want) in values.All)
            {
                cells++;
                var got = report.Value(table, row, column);
                if (got.Integer == want.Integer && got.Text == want.Text && got.HasValue == want.HasValue) exact++;
                else wrong.Add($"{table}.{row}.{column}: got {got.Integer?.ToString() ?? got.Text} ({got.State}), want {want.Integer?.ToString() ?? want.Text}");
            }
        output.WriteLine($"{Writing.RoundTrip.Report2019Name} printed by LibreOffice: {exact}/{cells} exact");
        Assert.True(exact == cells, string.Join("\n", wrong.Take(30)));
        Assert.Contains(truth.Tables.SelectMany(t => t.Value.All), v => v.Value.Integer < 0);
    }

    [Fact]
    public void A_table_broken_over_a_page_is_one_table_and_its_repeated_header_is_not_a_row()
    {
        var report = ReportParser.ParseFile(printed.Printed("linxia-city-2023"));
        var first = report.Value("applications", "new_received", "total").Source!;
        var last = report.Value("applications", "carried_forward", "total").Source!;
        Assert.True(last.Page > first.Page, $"{first} … {last}");
        Assert.DoesNotContain(report.Findings, f => f.Code is "NB-P-DUPLICATE" or "NB-S-ROW" or "NB-P-ROW-COUNT");
    }
}
