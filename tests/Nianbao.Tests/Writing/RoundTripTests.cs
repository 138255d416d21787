using Nianbao.Tests.Samples;
using Nianbao.Writing;

namespace Nianbao.Tests.Writing;

/// <summary>Render → parse gives back the same report (issue 11 item 2): every sample, the 2019 layout and the
/// free-form format, for each target.</summary>
public class RoundTripTests(Xunit.Abstractions.ITestOutputHelper output)
{
    [Theory]
    [MemberData(nameof(RoundTrip.Cases), MemberType = typeof(RoundTrip))]
    public void A_rendered_report_parses_back_identically(string name, WriteTarget target)
    {
        var report = RoundTrip.Load(name);
        var bytes = ReportWriter.Write(report, target);
        var back = ReportParser.Parse(bytes, name + ReportWriter.Extension(target));
        var differences = RoundTrip.Differences(report, back);
        foreach (var d in differences) output.WriteLine(d);
        Assert.True(differences.Count == 0, $"{name} as {target}: {differences.Count} differences:\n" + string.Join("\n", differences.Take(30)));
        if (name != RoundTrip.LegacyName)
            Assert.True(report.Tables.Values.Sum(t => t.All.Count(c => c.Value.HasValue)) > 20, "the report has too few values to test");
        else Assert.Empty(back.Tables);   // the free-form format has no uniform tables, and none are printed
    }

    [Fact]
    public void The_comparison_sees_a_changed_value_and_a_lost_blank()
    {
        var report = RoundTrip.Sample("lhasa-city-2021");
        var back = ReportParser.Parse(ReportWriter.Write(report, WriteTarget.Markdown), "x.md");
        var cell = back.Tables[Template.Keys.Tables.Applications].All.First(c => !c.Value.HasValue);
        back.Tables[Template.Keys.Tables.Applications][cell.Row, cell.Column] = Model.CellValue.OfInteger(0, "0", null);
        back.Tables[Template.Keys.Tables.ReviewLitigation][Template.Keys.ReviewLitigation.Rows.Review, Template.Keys.ReviewLitigation.Columns.Total] = Model.CellValue.OfInteger(99, "99", null);
        Assert.Equal(2, RoundTrip.Differences(report, back).Count);
    }

    [Fact]
    public void Every_grid_covers_each_position_once()
    {
        foreach (var name in new[] { "linxia-city-2023", RoundTrip.Report2019Name })
            foreach (var part in LayoutBuilder.Build(RoundTrip.Load(name), Template.ReportTemplate.Embedded).Body.OfType<GridPart>())
                Assert.True(part.Grid.IsComplete(), $"{name}: {part.Grid.Table} has uncovered positions");
    }
}
