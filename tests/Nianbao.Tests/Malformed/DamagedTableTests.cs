using Nianbao.Model;
using Nianbao.Tests.Stages;

namespace Nianbao.Tests.Malformed;

/// <summary>
/// Damaged reports: everything that is there is read, what is not is null with a finding, and no number is
/// guessed (docs/format.md §5.0, §9.3 step 9).
/// </summary>
public class DamagedTableTests
{
    static readonly string[] Columns = ReportText.Applications.Columns!.Select(c => c.Key).ToArray();

    static void AssertRowRead(Report r, string row)
    {
        for (var c = 0; c < Columns.Length; c++)
            Assert.True(r.Value("applications", row, Columns[c]).Integer == ReportText.Value(row, c),
                $"{row}.{Columns[c]}: {r.Value("applications", row, Columns[c])}");
    }

    static void AssertRowNull(Report r, string row, ValueState state)
    {
        foreach (var c in Columns)
        {
            var v = r.Value("applications", row, c);
            Assert.False(v.HasValue, $"{row}.{c} should be null, is {v}");
            Assert.Equal(state, v.State);
        }
    }

    static List<Finding> Findings(Report r, string code) => r.Findings.Where(f => f.Code == code).ToList();

    static List<string> ReplaceRow(string row, params string[] cells) => ReplaceLine(row, ReportText.Table3Line(row, cells));

    static List<string> ReplaceLine(string row, string line)
    {
        var lines = ReportText.Lines();
        lines[lines.IndexOf(ReportText.Table3Line(row))] = line;
        return lines;
    }

    static string[] Values(string row) => Enumerable.Range(0, 7).Select(c => ReportText.Value(row, c).ToString()).ToArray();

    [Fact]
    public void The_undamaged_report_reads_completely()
    {
        var r = ReportText.Parse(ReportText.Lines());
        foreach (var row in ReportText.ApplicationRows) AssertRowRead(r, row.Key);
        Assert.Equal(406.61m, r.Value("active_disclosure", "fees", "amount_wan_yuan").Number);
        Assert.Equal(ReportText.ReviewValue(14), r.Value("review_litigation", "litigation_after_review", "total").Integer);
        Assert.Equal("2021", r.Format?.Value);
        Assert.DoesNotContain(r.Findings, f => f.Severity == Severity.Error);
    }

    [Fact]
    public void Truncated_in_table_three()
    {
        var lines = ReportText.Lines();
        var cut = lines.IndexOf(ReportText.Table3Line("rejected_repeated"));
        lines = lines.Take(cut).Append("2.重复申请 | 0 | 1").ToList();
        var r = ReportText.Parse(lines);

        Assert.Equal(7, r.Value("active_disclosure", "licensing", "decisions").Integer);
        var rows = ReportText.ApplicationRows.Select(x => x.Key).ToList();
        var at = rows.IndexOf("rejected_repeated");
        foreach (var row in rows.Take(at)) AssertRowRead(r, row);
        AssertRowNull(r, "rejected_repeated", ValueState.Unreadable);
        foreach (var row in rows.Skip(at + 1)) AssertRowNull(r, row, ValueState.Absent);

        Assert.Equal(["rejected_repeated"], Findings(r, "NB-P-ROW-COUNT").Select(f => f.Location.Row));
        Assert.Equal(rows.Skip(at + 1), Findings(r, "NB-S-ROW").Select(f => f.Location.Row));
        Assert.Equal(["review_litigation"], Findings(r, "NB-S-TABLE").Select(f => f.Location.Table));
        Assert.All(r.Tables["review_litigation"].All, c => Assert.Equal(ValueState.Absent, c.Value.State));
        Assert.Equal(["review_litigation", "problems", "other"], Findings(r, "NB-S-SECTION").Select(f => f.Location.Section));
        Assert.Equal("2021", r.Format?.Value);
    }

    [Fact]
    public void A_missing_row_is_null_with_a_finding_and_its_neighbours_are_read()
    {
        var lines = ReportText.Lines();
        lines.Remove(ReportText.Table3Line("withheld_third_party"));
        var r = ReportText.Parse(lines);
        AssertRowNull(r, "withheld_third_party", ValueState.Absent);
        Assert.Equal("withheld_third_party", Assert.Single(Findings(r, "NB-S-ROW")).Location.Row);
        foreach (var row in ReportText.ApplicationRows.Where(x => x.Key != "withheld_third_party")) AssertRowRead(r, row.Key);
    }

    [Theory]
    [InlineData(8, true)]
    [InlineData(8, false)]
    [InlineData(6, false)]
    public void A_row_with_an_extra_or_a_missing_column_is_null_with_a_finding(int count, bool padded)
    {
        var cells = Values("withheld_process_info").Concat(["999"]).Take(count).ToArray();
        var line = padded ? ReportText.Table3Line("withheld_process_info", cells)
            : ReportText.Table3Label("withheld_process_info") + " | " + string.Join(" | ", cells);
        var r = ReportText.Parse(ReplaceLine("withheld_process_info", line));
        AssertRowNull(r, "withheld_process_info", ValueState.Unreadable);
        var f = Assert.Single(Findings(r, "NB-P-ROW-COUNT"));
        Assert.Equal("withheld_process_info", f.Location.Row);
        Assert.Equal(7, f.Arg("expected"));
        Assert.Equal(count, f.Arg("found"));
        Assert.Equal(cells, (string[])f.Arg("cells")!);
        Assert.NotNull(f.Location.Source);
        foreach (var row in ReportText.ApplicationRows.Where(x => x.Key != "withheld_process_info")) AssertRowRead(r, row.Key);
    }

    [Fact]
    public void A_number_split_over_two_cells_is_never_joined()
    {
        // 24 printed as "| 2 | 4 |" in the total column.
        var cells = Values("total_processed")[..6].Concat(["2", "4"]).ToArray();
        var r = ReportText.Parse(ReplaceRow("total_processed", cells));
        AssertRowNull(r, "total_processed", ValueState.Unreadable);
        var f = Assert.Single(Findings(r, "NB-P-ROW-COUNT"));
        Assert.Equal(cells, (string[])f.Arg("cells")!);
        Assert.Contains("2 | 4", f.Message("zh"));
        AssertRowRead(r, "other_other");
        AssertRowRead(r, "carried_forward");
    }

    [Fact]
    public void A_cell_holding_two_numbers_is_unreadable()
    {
        var cells = Values("granted");
        cells[2] = "1 2";
        var r = ReportText.Parse(ReplaceRow("granted", cells));
        var v = r.Value("applications", "granted", "research");
        Assert.Equal(ValueState.Unreadable, v.State);
        Assert.False(v.HasValue);
        Assert.Equal("1 2", v.Raw);
        var f = Assert.Single(Findings(r, "NB-P-CELL"));
        Assert.Equal(("granted", "research"), (f.Location.Row, f.Location.Column));
        Assert.Equal(ReportText.Value("granted", 3), r.Value("applications", "granted", "social_welfare").Integer);
    }

    [Fact]
    public void Review_table_with_a_missing_value_is_null_not_shifted()
    {
        var lines = ReportText.Lines();
        var i = lines.FindIndex(l => l.StartsWith(ReportText.ReviewValue(0) + " |", StringComparison.Ordinal));
        lines[i] = string.Join(" | ", Enumerable.Range(1, 14).Select(p => ReportText.ReviewValue(p).ToString())) + " |";
        var r = ReportText.Parse(lines);
        Assert.All(r.Tables["review_litigation"].All, c => Assert.False(c.Value.HasValue));
        Assert.Single(Findings(r, "NB-P-T4-COUNT"));
    }
}
