using System.Text.Json;
using Nianbao.Checking;
using Nianbao.Model;
using Nianbao.Synthesis;
using Nianbao.Template;

namespace Nianbao.Tests.Checking;

/// <summary>The corpus loads only <see cref="PreviousYearInputs"/> of a previous-year report: checking against that
/// part must give exactly the findings that checking against the whole report gives.</summary>
public class PreviousYearInputsTests
{
    static readonly ReportTemplate T = ReportTemplate.Embedded;

    [Fact]
    public void The_inputs_are_the_cells_the_cross_year_rules_name_and_the_compared_sections()
    {
        var inputs = PreviousYearInputs.Of(T);
        Assert.Equal(
            [
                "applications rows=carried_forward columns=*",
                "active_disclosure rows=regulations,normative_documents columns=in_force",
                "active_disclosure rows=* columns=items_last_year,items_change",
            ],
            inputs.Cells.Select(c => $"{c.Table} rows={(c.Rows is null ? "*" : string.Join(",", c.Rows))} columns={(c.Columns is null ? "*" : string.Join(",", c.Columns))}"));
        Assert.Equal(T.Rules.CopiedText.Sections, inputs.Sections);
        Assert.Same(inputs, PreviousYearInputs.Of(T));
    }

    /// <summary>Synthetic units over consecutive years, a third with an injected error (broken carry-over among
    /// them), rendered and read back; every report with a previous year is checked against both.</summary>
    [Fact]
    public void Checking_against_the_projection_gives_the_same_findings_as_against_the_whole_report()
    {
        var synth = SynthCorpus.Generate(new SynthOptions(240, Seed: 11, ErrorRate: 0.35)).ToList();
        var parsed = synth.ToDictionary(s => s.Name, s => ReportParser.Parse(SynthCorpus.Render(s, SynthRendering.Pipe), s.Name + ".pipe.txt"));
        var inputs = PreviousYearInputs.Of(T);
        int pairs = 0, crossYear = 0;
        foreach (var s in synth.Where(s => s.Previous is not null))
        {
            var (report, previous) = (parsed[s.Name], parsed[s.Previous!]);
            var whole = ReportChecker.CheckOne(report, previous, T);
            var projected = ReportChecker.CheckOne(report, inputs.Project(previous), T);
            Assert.Equal(whole.Select(Canonical), projected.Select(Canonical));
            pairs++;
            crossYear += whole.Count(f => f.Code.StartsWith("NB-XY-", StringComparison.Ordinal));
        }
        // The comparison means something only if pairs were checked and the cross-year rules fired on some.
        Assert.True(pairs >= 20, $"{pairs} pairs");
        Assert.True(crossYear >= 3, $"{crossYear} cross-year findings");
    }

    [Fact]
    public void The_projection_keeps_a_table_without_any_cell_read()
    {
        var report = new Report { Source = "a.txt", Year = 2022, Format = FormatId.F2021 };
        report.Tables[Keys.Tables.Applications] = new TableValues { Layout = FormatId.F2021 };
        report.Tables[Keys.Tables.Applications][Keys.Applications.Rows.NewReceived, Keys.Applications.Columns.Total] = CellValue.Absent;
        var view = PreviousYearInputs.Of(T).Project(report);
        Assert.True(view.Tables.TryGetValue(Keys.Tables.Applications, out var table));
        Assert.Equal(FormatId.F2021, table.Layout);
        Assert.Empty(table.All);
    }

    /// <summary>Everything a finding carries: code, severity, location with its cells, arguments, both messages.</summary>
    internal static string Canonical(Finding f) =>
        JsonSerializer.Serialize(new { f.Code, f.Severity, f.Location, f.Args, Zh = f.Message("zh"), En = f.Message("en") });
}
