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
