using System.Text;
using Nianbao.Model;
using Nianbao.Synthesis;
using Nianbao.Template;
using Nianbao.Tests.Synthesis;
using Xunit.Abstractions;

namespace Nianbao.Tests.RunTogether;

/// <summary>
/// Crawler dumps of the synthetic corpus (SynthAccuracyTests' CI corpus: 300 reports, seed 20261126, errors in 30 %),
/// per format, the way docs/run-together.md §4 measures them: the dump with a line per row, the same on one line,
/// and each with the same agency's previous and next reports available (parsed from their pipe renderings, as a batch
/// would give them; the corpus holds 2019+2020, 2020+2021 and 2021-layout pairs). No value is ever wrong; the figures
/// and the honest nulls by table, row and cause go to the test output, and the CI corpus reads at least the recorded
/// figures.
/// </summary>
public class SynthDumpTests(ITestOutputHelper output)
{
    static readonly Lazy<List<SynthReport>> Corpus = new(() =>
        [.. SynthCorpus.Generate(new SynthOptions(SynthAccuracyTests.Count, Seed: 20261126, ErrorRate: 0.3))]);

    static Report Pipe(SynthReport r) => ReportParser.Parse(SynthCorpus.Render(r, SynthRendering.Pipe), SynthRenderings.FileName(r.Name, SynthRendering.Pipe));

    /// <summary>Each report of the format parsed from its dump, with its neighbouring years' reports when asked.</summary>
    internal static IEnumerable<(SynthReport Synth, Report Parsed)> Parsed(string format, bool oneLine, bool neighbours)
    {
        var reports = Corpus.Value;
        var byName = reports.ToDictionary(r => r.Name);
        var nextOf = reports.Where(r => r.Previous is not null).GroupBy(r => r.Previous!).ToDictionary(g => g.Key, g => g.First());
        foreach (var synth in reports.Where(r => r.Truth.Format?.Value == format))
        {
            var bytes = SynthCorpus.Render(synth, SynthRendering.Crawler);
            if (oneLine) bytes = Encoding.UTF8.GetBytes(Encoding.UTF8.GetString(bytes).Replace("\n", ""));
            Report? before = null, after = null;
            if (neighbours && synth.Previous is { } p && byName.TryGetValue(p, out var prev)) before = Pipe(prev);
            if (neighbours && nextOf.TryGetValue(synth.Name, out var next)) after = Pipe(next);
            yield return (synth, ReportParser.Parse(bytes, SynthRenderings.FileName(synth.Name, SynthRendering.Crawler), previousYear: _ => before, nextYear: _ => after));
        }
    }

    internal static SynthScore Score(string format, bool oneLine, bool previous)
    {
        var score = new SynthScore("crawler");
        foreach (var (synth, report) in Parsed(format, oneLine, previous)) score.Compare(synth, report);
        return score;
    }

    [Theory]
    [InlineData("2019", false, false, 17157)]
    [InlineData("2019", true, false, 17157)]
    [InlineData("2019", false, true, 17199)]
    [InlineData("2021", false, false, 41153)]
    [InlineData("2021", true, false, 41153)]
    [InlineData("2021", false, true, 41165)]
    public void No_value_of_a_crawler_dump_is_wrong(string format, bool oneLine, bool previous, int recorded)
    {
        var score = Score(format, oneLine, previous);
        output.WriteLine($"{format} {(oneLine ? "one line" : "a line per row")}{(previous ? ", the previous and next years given" : "")}: "
            + $"{score.Reports} reports, {score.Right}/{score.Cells} right ({100.0 * score.Right / score.Cells:F2} %), {score.HonestNull} honest null, {score.Wrong} wrong");
        foreach (var p in score.Problems) output.WriteLine("  " + p);
        output.WriteLine("  honest nulls by table, row and the finding on them:");
        foreach (var (where, n) in score.NullWhere.OrderByDescending(x => x.Value).ThenBy(x => x.Key, StringComparer.Ordinal)) output.WriteLine($"    {n,6} {where}");
        Assert.True(score.Reports > 20, "too few reports of the format");
        Assert.Equal(0, score.Wrong);
        // The figures docs/run-together.md §4 records, for the CI corpus (fixed for its seed and count).
        if (SynthAccuracyTests.Count == 300) Assert.True(score.Right >= recorded, $"{score.Right} right, recorded {recorded}");
    }

    static readonly string[] RunCodes = ["NB-RUN-OPEN", "NB-RUN-AMBIGUOUS", "NB-RUN-NONE", "NB-RUN-CAPPED", "NB-RUN-ROWS-BLANK"];

    /// <summary>The truth of a run as the findings print a candidate: [a,b,…], a blank cell empty.</summary>
    static string TrueRun(Report truth, string table, IEnumerable<CellRef> cells) =>
        "[" + string.Join(",", cells.Select(c => truth.Value(table, c.Row, c.Column) is { HasValue: true } v ? v.Integer?.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? v.Text : "")) + "]";

    [Theory]
    [InlineData("2019")]
    [InlineData("2021")]
    public void Every_cell_left_null_carries_a_finding_listing_the_candidate_splits(string format)
    {
        // docs/run-together.md §4: each undecided cell of a run is named by a run finding that lists the splits
        // (OPEN, AMBIGUOUS: those satisfying every rule; ROWS-BLANK: every placement of the blank rows; NONE: the table
        // breaks its rules, its splits as examples). Where all the candidates fit in the listing, the truth is among them.
        var byCause = new Dictionary<string, int>();
        var missing = new List<string>();
        foreach (var (synth, report) in Parsed(format, oneLine: false, neighbours: false))
            foreach (var table in synth.Truth.Tables.Keys)
                foreach (var (row, column, want) in synth.Truth.Tables[table].RowKeys.SelectMany(r => synth.Truth.Tables[table].Row(r).Select(c => (r, c.Column, c.Value))))
                {
                    if (!want.HasValue || report.Value(table, row, column).HasValue) continue;
                    var at = new CellRef(table, row, column);
                    var f = report.Findings.FirstOrDefault(f => RunCodes.Contains(f.Code) && f.Location.Cells?.Any(c => c.Cell == at) == true);
                    if (f is null) { missing.Add($"{synth.Name} {at}: no run finding names the cell"); continue; }
                    var candidates = (string[])f.Arg("candidates")!;
                    var count = Convert.ToInt64(f.Arg("count"), System.Globalization.CultureInfo.InvariantCulture);
                    var cause = f.Code + (synth.Errors.Any(e => e.Cell?.Table == table || e.Others.Any(o => o.Cell.Table == table)) ? " (table with an injected error)" : "");
                    byCause[$"{table} {cause}"] = byCause.GetValueOrDefault($"{table} {cause}") + 1;
                    if (candidates.Length < 2 && f.Code != "NB-RUN-NONE") missing.Add($"{synth.Name} {at}: {f.Code} lists {candidates.Length} candidates");
                    var truth = TrueRun(synth.Truth, table, f.Location.Cells!.Select(c => c.Cell));
                    if (f.Code != "NB-RUN-NONE" && count <= candidates.Length && !candidates.Contains(truth))
                        missing.Add($"{synth.Name} {at}: {f.Code} candidates {string.Join(" ", candidates)} lack {truth}");
                }
        output.WriteLine($"{format}: cells left null by table and finding (a line per row, alone):");
        foreach (var (cause, n) in byCause.OrderByDescending(x => x.Value)) output.WriteLine($"  {n,6} {cause}");
        Assert.True(missing.Count == 0, string.Join("\n", missing.Take(30)));
    }

    [Fact]
    public void In_the_2019_layout_the_other_year_and_the_narrative_decide_splits_and_name_their_source()
    {
        // XY-2019 (this year's 上一年项目数量 = last year's + its 本年增/减) with a 2019+2020 pair, and the narrative's
        // 新制作/新公开 规范性文件, 处理决定 and 政府集中采购项目 figures: each decides some runs, and such a run's finding names it.
        int crossYear = 0, narrative = 0;
        foreach (var (synth, report) in Parsed("2019", oneLine: true, neighbours: true))
            foreach (var f in report.Findings.Where(f => f.Code == "NB-RUN-INFERRED" && f.Location.Table == "active_disclosure"))
            {
                var rules = (string[])f.Arg("rules")!;
                if (rules.Contains("NB-XY-2019"))
                {
                    crossYear++;
                    Assert.True(f.Arg("previous_source") is string || f.Arg("next_source") is string, $"{synth.Name} {f.Location.Row}: no source named");
                }
                if (rules.Any(r => r.StartsWith("narrative:", StringComparison.Ordinal))) narrative++;
            }
        output.WriteLine($"runs of table 二 decided with NB-XY-2019: {crossYear}; with a narrative figure: {narrative}");
        Assert.True(crossYear >= 10, $"{crossYear} runs decided by XY-2019");
        Assert.True(narrative >= 10, $"{narrative} runs decided by the narrative");
    }
}
