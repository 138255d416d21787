using Nianbao.Checking;
using Nianbao.Model;
using Nianbao.Tests.Samples;
using Xunit.Abstractions;

namespace Nianbao.Tests.Checking;

/// <summary>The expected check outcomes of the five samples (issue 3 "done when"; docs/format.md §5.1 worked examples).</summary>
public class SampleCheckTests(ITestOutputHelper output)
{
    IReadOnlyList<Finding> CheckSample(string name)
    {
        var findings = ReportChecker.Check(ReportParser.ParseFile(SampleFiles.Path(name + ".txt")));
        output.WriteLine(findings.Describe());
        return findings;
    }

    [Fact]
    public void Linxia_fails_three_row_sums_and_the_natural_person_column_sum()
    {
        var errors = CheckSample("linxia-city-2023").Errors();
        Assert.Equal(
            ["NB-T3-HSUM granted", "NB-T3-HSUM unavailable_not_held", "NB-T3-HSUM withheld_law_prohibited", "NB-T3-VSUM natural_person"],
            errors.Select(e => $"{e.Code} {e.Location.Row ?? e.Location.Column}").Order(StringComparer.Ordinal));

        var granted = errors.Single(e => e.Location.Row == "granted");
        Assert.Equal(18L, granted.Arg("left"));
        Assert.Equal(0L, granted.Arg("right"));
        Assert.Equal(18L, granted.Arg("difference"));
        Assert.Equal(7, granted.Location.Cells!.Count);
        Assert.All(granted.Location.Cells!, c => Assert.Equal(35, c.Source?.Line));

        var vsum = errors.Single(e => e.Code == "NB-T3-VSUM");
        Assert.Equal(24L, vsum.Arg("left"));
        Assert.Equal(0L, vsum.Arg("right"));

        // One explanation for all four: the three totals were typed into the total column only.
        foreach (var e in errors)
        {
            var s = e.Suggestion();
            Assert.Equal("cells", s.Kind);
            Assert.Equal(
                ["granted.natural_person 0→18", "unavailable_not_held.natural_person 0→4", "withheld_law_prohibited.natural_person 0→2"],
                s.Changes.Select(c => $"{c.Row}.{c.Column} {c.Current}→{c.Proposed}").Order(StringComparer.Ordinal));
            Assert.Contains("“（一）予以公开”行“自然人”列由 0 改为 18", e.Message("zh"));
        }
    }

    [Fact]
    public void Lhasa_has_blank_cell_warnings_and_no_errors()
    {
        var findings = CheckSample("lhasa-city-2021");
        Assert.Empty(findings.Errors());
        var blank = Assert.Single(findings, f => f.Code == "NB-BLANK-IMPLIED-ZERO");
        Assert.Equal(Severity.Warning, blank.Severity);
        Assert.Equal("applications", blank.Location.Table);
        var report = ReportParser.ParseFile(SampleFiles.Path("lhasa-city-2021.txt"));
        var blanks = report.Tables["applications"].All.Count(c => c.Value.State == ValueState.Blank);
        Assert.Equal(blanks, blank.Arg("count"));
        Assert.Contains(blank.Location.Cells!, c => c.Row == "withheld_state_secret" && c.Column == "natural_person" && c.Source is not null);
    }

    [Theory]
    [InlineData("erkou-township-2023")]
    [InlineData("sifangtai-district-2023")]
    [InlineData("maiji-service-bureau-2022")]
    public void Consistent_samples_have_no_errors(string name) => Assert.Empty(CheckSample(name).Errors());

    [Fact]
    public void Findings_are_sorted_by_severity()
    {
        var findings = CheckSample("linxia-city-2023");
        Assert.Equal(findings.OrderBy(f => f.Severity).Select(f => f.Severity), findings.Select(f => f.Severity));
    }
}
