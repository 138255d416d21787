using System.Text;
using System.Text.Json;
using Nianbao.Model;
using Nianbao.Tests.Samples;

namespace Nianbao.Tests.RunTogether;

/// <summary>
/// The five samples with their tables dumped without separators (CrawlerDump) come back exact wherever the digits
/// and the table's identities determine them; every other cell is null with a finding whose candidates include
/// the true row. No cell ever gets a wrong number.
/// </summary>
public class SampleDumpTests
{
    public static TheoryData<string, CrawlerDump.Style> Cases()
    {
        var data = new TheoryData<string, CrawlerDump.Style>();
        foreach (var n in SampleFiles.Names)
            foreach (var s in Enum.GetValues<CrawlerDump.Style>()) data.Add(n, s);
        return data;
    }

    internal static Report Parse(string text, string name) => ReportParser.Parse(Encoding.UTF8.GetBytes(text), name + ".txt");

    [Theory]
    [MemberData(nameof(Cases))]
    public void Every_cell_is_exact_or_null_with_the_truth_among_the_candidates(string sample, CrawlerDump.Style style)
    {
        var report = Parse(CrawlerDump.Of(sample, style), sample);
        var wrong = new List<string>();
        foreach (var (key, want) in SampleFiles.ExpectedCells(sample))
        {
            var p = key.Split('.');
            var got = report.Value(p[0], p[1], p[2]);
            if (want.ValueKind == JsonValueKind.Null) { if (got.HasValue) wrong.Add($"{key}: got {got.Integer} ({got.State}), want blank"); continue; }
            if (got.HasValue)
            {
                var same = want.ValueKind == JsonValueKind.String ? got.Text == want.GetString() : got.Integer == want.GetInt64();
                if (!same) wrong.Add($"{key}: got {got.Integer?.ToString() ?? got.Text} ({got.State}), want {want}");
                continue;
            }
            // Null: only allowed with a finding on this run that lists the true values among its candidates.
            var truth = TrueRun(sample, p[0], p[1]);
            var f = report.Findings.FirstOrDefault(f => f.Location.Table == p[0] && (f.Location.Row ?? p[1]) == p[1]
                && f.Code is "NB-RUN-AMBIGUOUS" or "NB-RUN-OPEN" or "NB-RUN-NONE" or "NB-RUN-CAPPED");
            if (f is null) wrong.Add($"{key}: null without a run-together finding, want {want}");
            else if (!((string[])f.Arg("candidates")!).Contains(truth)) wrong.Add($"{key}: {f.Code} candidates {string.Join(" ", (string[])f.Arg("candidates")!)} lack {truth}");
        }
        Assert.True(wrong.Count == 0, $"{sample} ({style}):\n" + string.Join("\n", wrong.Take(30)));
        Assert.DoesNotContain(report.Findings, f => f.Code is "NB-P-RUN-TOGETHER" or "NB-P-T4-COUNT" or "NB-P-ROW-COUNT" or "NB-S-TABLE");
    }

    /// <summary>The true values of the run holding a row, as the findings show candidates: [a,b,…].</summary>
    internal static string TrueRun(string sample, string table, string row)
    {
        var rows = SampleFiles.Expected(sample).GetProperty("tables").GetProperty(table);
        var cells = table == "review_litigation"
            ? rows.EnumerateObject().SelectMany(r => r.Value.EnumerateObject())
            : rows.GetProperty(row).EnumerateObject();
        return "[" + string.Join(",", cells.Select(c => c.Value.GetRawText())) + "]";
    }
}
