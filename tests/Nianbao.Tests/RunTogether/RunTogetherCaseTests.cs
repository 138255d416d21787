using System.Diagnostics;
using System.Text.Json;
using Nianbao.Model;
using Nianbao.Tests.Samples;

namespace Nianbao.Tests.RunTogether;

/// <summary>What the segmentation decides, sample by sample, and the cases it must not decide.</summary>
public class RunTogetherCaseTests
{
    static readonly string[] Applicants = ["natural_person", "commercial", "research", "social_welfare", "legal_services", "other_org", "total"];

    static Report Dump(string sample, Func<string, string, JsonElement, JsonElement>? edit = null) =>
        SampleDumpTests.Parse(CrawlerDump.Of(sample, CrawlerDump.Style.Glued, edit), sample);

    static JsonElement Row(params long[] values) =>
        JsonDocument.Parse("{" + string.Join(",", values.Select((v, i) => $"\"c{i}\":{v}")) + "}").RootElement;

    static Finding RunFinding(Report r, string table, string row) =>
        Assert.Single(r.Findings, f => f.Location.Table == table && f.Location.Row == row && f.Code.StartsWith("NB-RUN-", StringComparison.Ordinal));

    static long?[] Values(Report r, string table, string row) =>
        r.Tables[table].Row(row).Select(c => c.Value.Integer).ToArray();

    [Theory]
    [InlineData("erkou-township-2023")]
    [InlineData("maiji-service-bureau-2022")]
    [InlineData("sifangtai-district-2023")]
    public void All_zero_tables_come_back_whole_from_their_digits(string sample)
    {
        var r = Dump(sample);
        foreach (var (key, want) in SampleFiles.ExpectedCells(sample).Where(c => !c.Key.StartsWith("active_disclosure", StringComparison.Ordinal)))
        {
            var p = key.Split('.');
            var got = r.Value(p[0], p[1], p[2]);
            Assert.True(got.Integer == want.GetInt64() && got.State == ValueState.Inferred, $"{key}: {got.Integer} ({got.State}), want {want}");
        }
        // A run of exactly one digit per cell splits one way: no rule is needed or named.
        Assert.Equal("NB-RUN-DIGITS", RunFinding(r, "applications", "new_received").Code);
    }

    [Fact]
    public void Lhasa_table_three_is_inferred_from_its_identities()
    {
        var r = Dump("lhasa-city-2021");
        SampleParseTestsSubset(r, "lhasa-city-2021", "applications");
        SampleParseTestsSubset(r, "lhasa-city-2021", "review_litigation");

        // 6111000072 splits 15 ways; T3-HSUM keeps [61,11,…,72] and [61,1,10,…,72]; T3-VSUM/T3-BAL keep the first.
        var f = RunFinding(r, "applications", "new_received");
        Assert.Equal("NB-RUN-INFERRED", f.Code);
        Assert.Equal("[61,11,0,0,0,0,72]", f.Arg("values"));
        Assert.Equal(15L, f.Arg("count"));
        Assert.Contains("NB-T3-HSUM", (string[])f.Arg("rules")!);
        Assert.Equal(ValueState.Inferred, r.Value("applications", "new_received", "commercial").State);
        // Blank rows (label only) were counted as 0 for the identities, and the report says so.
        Assert.Contains(r.Findings, x => x.Code == "NB-RUN-BLANK-ZERO" && x.Location.Table == "applications");
        Assert.True(r.Value("applications", "withheld_state_secret", "total").Integer is null);
    }

    [Fact]
    public void Table_two_rows_without_identities_list_their_candidates()
    {
        var r = Dump("lhasa-city-2021");
        var f = RunFinding(r, "active_disclosure", "regulations");
        Assert.Equal("NB-RUN-OPEN", f.Code);
        Assert.Equal(["[1,1,50]", "[1,15,0]", "[11,5,0]"], (string[])f.Arg("candidates")!);
        Assert.All(Values(r, "active_disclosure", "regulations"), v => Assert.Null(v));
        // Single-value rows glued to their label are simply read.
        Assert.Equal(613847, r.Value("active_disclosure", "licensing", "decisions").Integer);
        Assert.Equal("3861.443738", r.Value("active_disclosure", "fees", "amount_wan_yuan").Text);
    }

    [Fact]
    public void Linxia_inconsistent_table_is_split_by_the_rules_that_hold()
    {
        // linxia-city-2023 breaks T3-HSUM on three rows and T3-VSUM in 自然人 (docs/format.md §5.1). Those rows split one
        // way from their digits and read as printed. （七）总计 `240000024` is touched by the broken T3-VSUM, which no
        // split satisfies (the 自然人 outcomes sum to 0): it says nothing about the split. The rules through the broken
        // rules' cells are suspect and left out too (T3-HSUM on （七）, T3-BAL in 自然人, every T3-VSUM through the
        // broken rows); the T3-BALs of the other six columns, with 一、本年新收 decided by its T3-HSUM, leave one split.
        var r = Dump("linxia-city-2023");
        Assert.Equal([0, 0, 0, 0, 0, 0, 18], Values(r, "applications", "granted"));
        Assert.Equal("NB-RUN-DIGITS", RunFinding(r, "applications", "granted").Code);
        var total = RunFinding(r, "applications", "total_processed");
        Assert.Equal("NB-RUN-INFERRED-BROKEN", total.Code);
        Assert.Equal(Severity.Warning, total.Severity);
        Assert.Equal("[24,0,0,0,0,0,24]", total.Arg("values"));
        Assert.Equal(["NB-T3-BAL"], (string[])total.Arg("rules")!);
        Assert.Contains("NB-T3-VSUM", (string[])total.Arg("broken")!);
        Assert.Equal([24, 0, 0, 0, 0, 0, 24], Values(r, "applications", "total_processed"));
        Assert.Equal(ValueState.Inferred, r.Value("applications", "total_processed", "natural_person").State);
        Assert.Contains("NB-T3-VSUM", total.Message("en"));

        var received = RunFinding(r, "applications", "new_received");
        Assert.Equal("[24,0,0,0,0,0,24]", received.Arg("values"));
        Assert.Equal(["NB-T3-BAL", "NB-T3-HSUM"], ((string[])received.Arg("rules")!).Order());
        Assert.Equal([24, 0, 0, 0, 0, 0, 24], Values(r, "applications", "new_received"));
        Assert.Equal([1, 1, 0, 0, 2], Values(r, "review_litigation", "review"));
    }

    [Fact]
    public void A_run_whose_splits_each_break_a_different_rule_stays_null()
    {
        // 一、本年新收 printed 1 | 10 | 0 | 0 | 0 | 0 | 11 (`110000011`) in a table whose （七）总计 and its only outcome are
        // 11 | 10 | … | 21: T3-BAL in 总计 breaks whatever the split (11 received, 21 processed). In 自然人 T3-BAL asks
        // 11 | 0 | … (a wrong split), in 商业企业 1 | 10 | … (the printed one): each split satisfies one rule and breaks
        // the other, both rules can be satisfied, so neither is left out and nothing decides the run.
        JsonElement Edit(string table, string row, JsonElement e) => (table, row) switch
        {
            ("applications", "new_received") => Row(1, 10, 0, 0, 0, 0, 11),
            ("applications", "granted" or "total_processed") => Row(11, 10, 0, 0, 0, 0, 21),
            _ => e,
        };
        var r = Dump("erkou-township-2023", Edit);
        var f = RunFinding(r, "applications", "new_received");
        Assert.Equal("NB-RUN-NONE", f.Code);
        Assert.Contains("[1,10,0,0,0,0,11]", (string[])f.Arg("candidates")!);
        Assert.Contains("[11,0,0,0,0,0,11]", (string[])f.Arg("candidates")!);
        Assert.All(Values(r, "applications", "new_received"), v => Assert.Null(v));
        // No cell of the table is read wrong.
        foreach (var (row, want) in new[] { ("granted", new long?[] { 11, 10, 0, 0, 0, 0, 21 }), ("total_processed", [11, 10, 0, 0, 0, 0, 21]) })
            Assert.All(Values(r, "applications", row).Zip(want), x => Assert.True(x.First is null || x.First == x.Second, $"{row}: {x.First}"));
    }

    [Fact]
    public void A_run_a_broken_rule_touches_stays_null_even_when_its_own_row_decides_it()
    {
        // The same table with 一、本年新收's 自然人 printed as 23 and 其他 as 1 (still 24 in all): T3-BAL now breaks in
        // both columns and touches that run, so nothing decides it, though its T3-HSUM alone would.
        var r = Dump("linxia-city-2023", (table, row, values) =>
            table == "applications" && row == "new_received" ? Row(23, 0, 0, 0, 0, 1, 24) : values);
        Assert.Equal("NB-RUN-NONE", RunFinding(r, "applications", "new_received").Code);
        Assert.All(Values(r, "applications", "new_received"), v => Assert.Null(v));
    }

    [Fact]
    public void Linxia_narrative_figures_settle_a_table_two_row()
    {
        // 3213 splits as [3,2,13], [3,21,3] or [32,1,3]; the narrative states 制发3件, 废止2件, 现行有效13件.
        var r = Dump("linxia-city-2023");
        Assert.Contains(r.NarrativeFigures, n => n.Key.StartsWith("normative_documents", StringComparison.Ordinal));
        var f = RunFinding(r, "active_disclosure", "normative_documents");
        Assert.Equal("NB-RUN-INFERRED", f.Code);
        Assert.All((string[])f.Arg("rules")!, rule => Assert.StartsWith("narrative:", rule));
        Assert.Equal([3, 2, 13], Values(r, "active_disclosure", "normative_documents"));
    }

    [Fact]
    public void Genuinely_ambiguous_rows_stay_null_with_both_candidates()
    {
        // 1,10,…,11 and 11,0,…,11 both satisfy T3-HSUM, and T3-BAL/T3-VSUM only ask that 一 = (一)予以公开 = (七)总计.
        JsonElement Edit(string table, string row, JsonElement e) =>
            table == "applications" && row is "new_received" or "granted" or "total_processed" ? Row(1, 10, 0, 0, 0, 0, 11) : e;
        var r = Dump("erkou-township-2023", Edit);
        foreach (var row in new[] { "new_received", "granted", "total_processed" })
        {
            var f = RunFinding(r, "applications", row);
            Assert.Equal("NB-RUN-AMBIGUOUS", f.Code);
            Assert.Equal(2L, Convert.ToInt64(f.Arg("count")));
            Assert.Equal(["[1,10,0,0,0,0,11]", "[11,0,0,0,0,0,11]"], ((string[])f.Arg("candidates")!).Order());
            Assert.All(Values(r, "applications", row), v => Assert.Null(v));
        }
        Assert.Equal(0, r.Value("applications", "carried_over", "total").Integer);
    }

    [Fact]
    public void Joint_rules_decide_what_each_row_alone_cannot()
    {
        // Alone, 一 (1,10,…,11) is ambiguous as above; a second outcome row 1,0,…,1 makes (七) = 12 (unambiguous),
        // and T3-VSUM in 商业企业 then needs 10 from (一)予以公开: only [1,10,…] fits.
        JsonElement Edit(string table, string row, JsonElement e) => (table, row) switch
        {
            ("applications", "new_received") => Row(2, 10, 0, 0, 0, 0, 12),
            ("applications", "granted") => Row(1, 10, 0, 0, 0, 0, 11),
            ("applications", "partially_granted") => Row(1, 0, 0, 0, 0, 0, 1),
            ("applications", "total_processed") => Row(2, 10, 0, 0, 0, 0, 12),
            _ => e,
        };
        var r = Dump("erkou-township-2023", Edit);
        Assert.Equal([1, 10, 0, 0, 0, 0, 11], Values(r, "applications", "granted"));
        Assert.Equal("NB-RUN-INFERRED", RunFinding(r, "applications", "granted").Code);
        Assert.Equal([2, 10, 0, 0, 0, 0, 12], Values(r, "applications", "new_received"));
    }

    [Fact]
    public void A_run_too_long_to_search_is_capped_quickly_and_left_null()
    {
        // Three rows of ten-digit counts: 71 digits, millions of splits and nothing to pin a value early (the rows
        // only constrain each other), so the step budget ends the search.
        JsonElement Edit(string table, string row, JsonElement e) => table == "applications" && row is "new_received" or "granted" or "total_processed"
            ? Row(1234567891, 2345678912, 3456789123, 4567891234, 5678912345, 6789123456, 24072962961) : e;
        // The search is bounded by a step budget, not a clock (speed lives in docs/benchmarks.md).
        var r = Dump("erkou-township-2023", Edit);
        foreach (var row in new[] { "new_received", "granted", "total_processed" })
        {
            Assert.Equal("NB-RUN-CAPPED", RunFinding(r, "applications", row).Code);
            Assert.All(Values(r, "applications", row), v => Assert.Null(v));
        }
    }

    [Fact]
    public void Inferred_values_point_at_their_digits_in_the_source()
    {
        var text = CrawlerDump.Of("lhasa-city-2021", CrawlerDump.Style.Glued);
        var lines = text.Split('\n');
        var r = SampleDumpTests.Parse(text, "lhasa-city-2021");
        var inferred = r.Tables.Values.SelectMany(t => t.All).Where(c => c.Value.State == ValueState.Inferred).ToList();
        Assert.True(inferred.Count >= 4 * 7 + 15, $"only {inferred.Count} inferred cells");
        foreach (var (row, col, v) in inferred)
        {
            var s = v.Source!;
            var span = lines[s.Line!.Value - 1].Substring(s.Column!.Value, s.Length!.Value);
            Assert.True(span == v.Raw && span == v.Integer.ToString(), $"{row}.{col}: source span \"{span}\", raw {v.Raw}, value {v.Integer}");
        }
    }

    static void SampleParseTestsSubset(Report r, string sample, string table)
    {
        var wrong = new List<string>();
        foreach (var (key, want) in SampleFiles.ExpectedCells(sample).Where(c => c.Key.StartsWith(table + ".", StringComparison.Ordinal)))
        {
            var p = key.Split('.');
            var got = r.Value(p[0], p[1], p[2]);
            var ok = want.ValueKind == JsonValueKind.Null ? !got.HasValue : got.Integer == want.GetInt64();
            if (!ok) wrong.Add($"{key}: got {got.Integer} ({got.State}), want {want}");
        }
        Assert.True(wrong.Count == 0, string.Join("\n", wrong));
    }
}
