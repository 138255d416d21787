using Nianbao.Analysis;
using Nianbao.Model;
using Nianbao.Template;
using Nianbao.Tests.CheckCli;
using Nianbao.Tests.Samples;
using Nianbao.Writing;
using A = Nianbao.Template.Keys.Applications;

namespace Nianbao.Tests.Writing;

/// <summary>
/// compare (issue 11 item 4) on two years of one agency: lhasa-city-2021 as published, and its 2022 report built from
/// it (rendered to Markdown by the writer and read back): three values changed, the carry-over broken, the overview
/// rewritten but for one sentence, the other sections copied.
/// </summary>
public class CompareTests
{
    static readonly ReportTemplate T = ReportTemplate.Embedded;
    const string NewOverview = "2022年，拉萨市坚持以人民为中心推进政务公开，全年围绕重点领域持续发布权威信息，新建政务公开专区十二个，群众满意度明显提升。";

    static (Report Earlier, string LaterFile, string Dir) Years()
    {
        var earlier = RoundTrip.Sample("lhasa-city-2021");
        var later = RoundTrip.Sample("lhasa-city-2021");
        later.Year = 2022;
        foreach (var (k, v) in later.Metadata.ToList()) later.Metadata[k] = v with { Value = v.Value.Replace("2021", "2022").Replace("2022-03-10", "2023-03-01") };
        var t = later.Tables[Keys.Tables.Applications];
        var forward = earlier.Value(Keys.Tables.Applications, A.Rows.CarriedForward, A.Columns.Total).Number ?? 0;
        t[A.Rows.CarriedOver, A.Columns.Total] = CellValue.OfInteger((long)forward + 3, "", null);
        t[A.Rows.NewReceived, A.Columns.NaturalPerson] = CellValue.OfInteger(999, "", null);
        later.Tables[Keys.Tables.ReviewLitigation][Keys.ReviewLitigation.Rows.Review, Keys.ReviewLitigation.Columns.Upheld] = CellValue.OfInteger(7, "", null);
        var overview = earlier.Sections[Keys.Sections.Overview];
        var kept = overview.Text.Split('。').First(s => s.Trim().Length > 15).Trim() + "。";
        later.Sections[Keys.Sections.Overview] = overview with { Text = NewOverview + "\n" + kept };
        var dir = Directory.CreateTempSubdirectory("nianbao-compare-").FullName;
        var file = Path.Combine(dir, "lhasa-city-2022.md");
        File.WriteAllBytes(file, ReportWriter.Write(later, WriteTarget.Markdown));
        return (earlier, file, dir);
    }

    [Fact]
    public void Two_years_show_the_changed_cells_the_carry_over_finding_and_the_copied_text()
    {
        var (earlier, file, dir) = Years();
        try
        {
            var later = ReportParser.ParseFile(file);
            var c = ReportComparer.Compare(later, earlier, T);   // either order: the earlier year comes first
            Assert.Equal(2021, c.Earlier.Year);
            Assert.True(c.SameAgency);
            Assert.Equal(
                ["applications.carried_over.total", "applications.new_received.natural_person", "review_litigation.review.upheld"],
                c.Changes.Select(x => x.Cell.ToString()).Order());
            Assert.Equal(3, c.Changes.Single(x => x.Cell.Row == A.Rows.CarriedOver).Change);
            var carry = Assert.Single(c.CrossYear, f => f.Code == "NB-XY-CARRY");
            Assert.Equal(A.Rows.CarriedOver, carry.Location.Row);
            // The checker's own findings of the later year alone (its broken balance) are not cross-year ones.
            Assert.DoesNotContain(c.CrossYear, f => f.Code == "NB-T3-BAL");
            var overview = c.Sections.Single(s => s.Section == Keys.Sections.Overview);
            Assert.Equal([false, true], overview.Passages.Select(p => p.Copied));
            Assert.True(overview.Similarity < 0.5);
            var problems = c.Sections.Single(s => s.Section == Keys.Sections.Problems);
            Assert.True(problems.Similarity > 0.95);
            Assert.All(problems.Passages.Where(p => p.Text.Trim().Length >= 10), p => Assert.True(p.Copied));
        }
        finally { Directory.Delete(dir, true); }
    }

    [Fact]
    public void The_cli_writes_text_json_and_html()
    {
        var (_, file, dir) = Years();
        try
        {
            var earlier = SampleFiles.Path("lhasa-city-2021.txt");
            var text = CliProcess.Run("compare", earlier, file);
            Assert.Equal(0, text.Exit);
            Assert.Contains("3 个数值有变化", text.Out);
            Assert.Contains("NB-XY-CARRY", text.Out);
            Assert.Contains("【", text.Out);
            var json = CliProcess.Run("compare", earlier, file, "--format", "json", "--lang", "en");
            using var doc = System.Text.Json.JsonDocument.Parse(json.Out);
            Assert.Equal(3, doc.RootElement.GetProperty("changes").GetArrayLength());
            Assert.Contains("3 values changed", doc.RootElement.GetProperty("summary").GetString());
            var html = Path.Combine(dir, "c.html");
            Assert.Equal(0, CliProcess.Run("compare", earlier, file, "--format", "html", "--out", html).Exit);
            var page = File.ReadAllText(html);
            Assert.Contains("<mark>", page);
            Assert.Contains("NB-XY-CARRY", page);
        }
        finally { Directory.Delete(dir, true); }
    }
}
