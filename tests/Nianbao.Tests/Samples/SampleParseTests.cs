using System.Text.Json;
using Nianbao.Model;

namespace Nianbao.Tests.Samples;

public class SampleParseTests
{
    [Theory]
    [MemberData(nameof(SampleFiles.All), MemberType = typeof(SampleFiles))]
    public void Every_cell_matches_the_expected_value(string name)
    {
        var expected = SampleFiles.Expected(name);
        var report = ReportParser.ParseFile(SampleFiles.Path(expected.GetProperty("source").GetString()!));
        AssertTables(report, name);
        Assert.Equal(expected.GetProperty("format").GetString(), report.Format?.Value);
        Assert.Equal(expected.GetProperty("year").GetInt32(), report.Year);
        Assert.Equal(expected.GetProperty("agency").GetString(), report.Agency);
        if (expected.TryGetProperty("metadata", out var meta))
            foreach (var m in meta.EnumerateObject())
                Assert.Equal(m.Value.GetString(), report.Metadata[m.Name].Value);
    }

    internal static void AssertTables(Report report, string name)
    {
        var wrong = new List<string>();
        foreach (var (key, want) in SampleFiles.ExpectedCells(name))
        {
            var p = key.Split('.');
            var got = report.Value(p[0], p[1], p[2]);
            var ok = want.ValueKind switch
            {
                JsonValueKind.Null => !got.HasValue,
                JsonValueKind.Number => got.Integer == want.GetInt64(),
                JsonValueKind.String => got.Text == want.GetString(),
                _ => false,
            };
            if (!ok) wrong.Add($"{key}: got {got.Integer?.ToString() ?? got.Text ?? "null"} ({got.State}), want {want}");
        }
        Assert.True(wrong.Count == 0, $"{report.Source}: {wrong.Count} wrong cells:\n" + string.Join("\n", wrong.Take(20)));
    }
}
