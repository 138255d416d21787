using System.Text.Json;
using Nianbao.Model;
using Nianbao.Tests.Samples;

namespace Nianbao.Tests.RunTogether;

/// <summary>
/// How well a rendering of a sample was read, cell by cell against the sample's truth (issue 10 "measure it"):
/// exact (the true value, or null for a blank cell), honest nulls (a true value left null with a finding on its
/// table), wrong (a number that is not the truth, a number in a blank cell, or a null without a finding). Strict (the
/// scans): a true value read as blank is wrong even with a finding; only unreadable or not found is an honest null.
/// </summary>
public sealed record RenderingScore(int Cells, int Exact, int HonestNull, int Wrong, IReadOnlyList<string> WrongCells)
{
    public double ExactShare => Cells == 0 ? 0 : (double)Exact / Cells;

    public override string ToString() => $"{Exact}/{Cells} exact ({ExactShare:P1}), {HonestNull} honest null, {Wrong} wrong";

    public static RenderingScore Of(string sample, Report report, bool strict = false)
    {
        int cells = 0, exact = 0, honest = 0;
        var wrong = new List<string>();
        foreach (var (key, want) in SampleFiles.ExpectedCells(sample))
        {
            cells++;
            var p = key.Split('.');
            var got = report.Value(p[0], p[1], p[2]);
            if (want.ValueKind == JsonValueKind.Null)
            {
                if (got.HasValue) wrong.Add($"{key}: got {got.Integer?.ToString() ?? got.Text}, want blank");
                else exact++;
                continue;
            }
            if (got.HasValue)
            {
                var same = want.ValueKind == JsonValueKind.String ? got.Text == want.GetString() : got.Integer == want.GetInt64();
                if (same) exact++;
                else wrong.Add($"{key}: got {got.Integer?.ToString() ?? got.Text} ({got.State}), want {want}");
                continue;
            }
            // Strict: read as blank (or a blank mark) where the truth has a value is wrong whatever finding goes with it
            // (a row read as wholly blank, NB-P-ROW-EMPTY, says its cells are blank); only a cell left unreadable or
            // not found is an honest null.
            var blankClaimed = got.State is not (ValueState.Unreadable or ValueState.Absent);
            if ((!strict || !blankClaimed) && report.Findings.Any(f => f.Location.Table == p[0] && (f.Location.Row is null || f.Location.Row == p[1]))) honest++;
            else wrong.Add($"{key}: null ({got.State}) " + (strict && blankClaimed ? $"read as blank, want {want}" : $"without a finding on its table, want {want}"));
        }
        return new RenderingScore(cells, exact, honest, wrong.Count, wrong);
    }
}
