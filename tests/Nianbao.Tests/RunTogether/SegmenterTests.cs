using Nianbao.Reconciling;

namespace Nianbao.Tests.RunTogether;

public class SegmenterTests
{
    // Cells 0–5 are the applicant columns, 6 the total (T3-HSUM: total − Σ parts = 0).
    static LinearConstraint Hsum() => new("NB-T3-HSUM", [new LinearTerm([6, 0, 1, 2, 3, 4, 5], [1, -1, -1, -1, -1, -1, -1], 0)]);

    static List<string> Split(string digits, params LinearConstraint[] rules) =>
        Segmenter.Run(digits, [0, 1, 2, 3, 4, 5, 6], new long?[7], rules, 100, 100_000).Found.Select(v => string.Join(",", v)).ToList();

    [Fact]
    public void Row_sum_leaves_two_splits_of_lhasas_first_row()
    {
        Assert.Equal(["61,1,10,0,0,0,72", "61,11,0,0,0,0,72"], Split("6111000072", Hsum()).Order());
    }
}

/// <summary>2019's table 二 runs: a sign can only start a signed cell, an amount's unit can only end the run
/// (docs/format.md §3.1, docs/run-together.md §3).</summary>
public class KindSegmenterTests
{
    static List<string> Split(string run, params string[] kinds) =>
        Segmenter.Run(run, [.. Enumerable.Range(0, kinds.Length)], kinds, new long?[kinds.Length], [], 100, 100_000)
            .Texts.Select(t => string.Join("|", t)).ToList();

    const string I = Template.ValueKinds.Int, S = Template.ValueKinds.Signed, A = Template.ValueKinds.Amount;

    [Fact]
    public void A_sign_starts_the_signed_cell()
    {
        Assert.Equal(["70|-1|31", "70|-13|1"], Split("70-131", I, S, I).Order());
        Assert.Equal(["7|+1|31", "7|+13|1"], Split("7+131", I, S, I).Order());
        // Without a sign the signed cell is a count like the others.
        Assert.Equal(["1|1|10", "1|11|0", "11|1|0"], Split("1110", I, S, I).Order());
        // A count never carries a sign.
        Assert.Empty(Split("7-131", I, I, I));
        Assert.Equal(2L, Segmenter.CountSyntactic("7-131", [I, S, I]));
    }

    [Fact]
    public void A_decrease_never_takes_last_years_items_below_zero()
    {
        // 本年增/减 after 上一年项目数量: this year's items (last year's plus the change) are a count, never negative.
        Assert.Equal(["7|-1|31"], Split("7-131", I, S, I));
        Assert.Equal(["5|-3|12"], Split("5-312", I, S, I));
        Assert.Equal(["3|-3"], Split("3-3", I, S));
        Assert.Empty(Split("3-4", I, S));
        // The count of splits a finding states leaves them out too; without a sign nothing changes.
        Assert.Equal(1L, Segmenter.CountValid("7-131", [0, 1, 2], [I, S, I], new long?[3], 100, 100_000));
        Assert.Equal(3L, Segmenter.CountValid("1110", [0, 1, 2], [I, S, I], new long?[3], 100, 100_000));
    }

    [Fact]
    public void An_amount_keeps_its_unit_and_the_unit_ends_the_run()
    {
        Assert.Equal(["1|13000元", "11|3000元", "11300|0元"], Split("113000元", I, A).Order());
        Assert.Equal(["0|1000元"], Split("01000元", I, A));
        Assert.Equal(["3|25.5万元", "32|5.5万元"], Split("325.5万元", I, A).Order());
        Assert.Equal(1L, Segmenter.CountSyntactic("01000元", [I, A]));
    }
}
