using System.Text.Json;
using Nianbao.Analysis;
using Nianbao.Corpus.Analysis;
using Nianbao.Corpus.Import;
using Nianbao.Corpus.Query;
using Nianbao.Corpus.Storage;
using Nianbao.Model;
using Nianbao.Template;
using Nianbao.Tests.CheckCli;
using Nianbao.Tests.Corpus;
using Nianbao.Tests.Samples;
using Nianbao.Writing;
using A = Nianbao.Template.Keys.Applications;

namespace Nianbao.Tests.Analysis;

/// <summary>rollup and the hierarchy check (issue 11 item 5).</summary>
public class RollupTests
{
    static readonly ReportTemplate T = ReportTemplate.Embedded;
    static readonly string[] Consistent = ["erkou-township-2023", "lhasa-city-2021", "maiji-service-bureau-2022", "sifangtai-district-2023"];

    static Report Sample(string name) => ReportParser.ParseFile(SampleFiles.Path(name + ".txt"));

    [Fact]
    public void The_four_consistent_samples_sum_cell_by_cell_and_pass_every_rule()
    {
        var reports = Consistent.Select(Sample).ToList();
        var r = Rollup.Sum(CorpusRollup.Inputs(reports), RollupScope.Own, T);
        Assert.Equal(4, r.Included.Count);
        Assert.Empty(r.LeftOut);
        var sum = r.Sum!;
        var cells = 0;
        foreach (var key in T.TableKeys)
        {
            var def = T.Table(key, FormatId.F2021)!;
            foreach (var row in def.RowsFor(FormatId.F2021))
                foreach (var col in def.ColumnsOf(row))
                {
                    var cell = new CellRef(key, row.Key, col.Key);
                    var parts = reports.Select(x => x.Value(cell).Number).ToList();
                    if (parts.Any(p => p is null))
                    {
                        Assert.False(sum.Value(cell).HasValue, $"{cell}: a member is blank, so the sum is blank, never a guess");
                        Assert.Contains(cell, r.BlankCells);
                    }
                    else Assert.Equal(parts.Sum(p => p!.Value), sum.Value(cell).Number);
                    cells++;
                }
        }
        Assert.Equal(200, cells);   // the 2021 format's tables: 10 + 175 + 15 cells
        Assert.Equal(72, sum.Value(Keys.Tables.Applications, A.Rows.NewReceived, A.Columns.Total).Integer);
        Assert.Equal("406.61", Sample("linxia-city-2023").Value(Keys.Tables.ActiveDisclosure, Keys.ActiveDisclosure.Rows.Fees, Keys.ActiveDisclosure.Columns.AmountWanYuan).Text);
        // Every rule passes: no error, and the one warning is lhasa's own (its blank rows, NB-BLANK-IMPLIED-ZERO), kept blank in the sum.
        Assert.DoesNotContain(r.Findings, f => f.Severity == Severity.Error);
        var members = reports.SelectMany(x => Nianbao.Checking.ReportChecker.Check(x)).Where(f => f.Location.Table is not null).Select(f => f.Code).ToHashSet();
        Assert.All(r.Findings, f => Assert.Contains(f.Code, members));
        Assert.Equal(["NB-BLANK-IMPLIED-ZERO"], r.Findings.Select(f => f.Code));
    }

    [Fact]
    public void A_summary_report_is_left_out_of_an_own_level_rollup_and_said_why()
    {
        var members = Consistent.Select(Sample).ToList();
        var summary = Rollup.Sum(CorpusRollup.Inputs(members), RollupScope.Own, T).Sum!;
        var inputs = CorpusRollup.Inputs(members).Append(new RollupInput(summary, Scopes.Summary, "area-summary")).ToList();
        var r = Rollup.Sum(inputs, RollupScope.Own, T);
        Assert.Equal(4, r.Included.Count);
        var left = Assert.Single(r.LeftOut);
        Assert.Equal(("area-summary", RollupReason.SummaryReport), (left.Label, left.Reason!.Value));
        Assert.Contains("汇总报告：已含下属单位", RollupOutput.Text(r, "zh"));
        // 汇总 scope: the 本级 reports (a township's, a department's) are left out; a scope unknown goes in, marked so.
        var s = Rollup.Sum(inputs, RollupScope.Summary, T);
        Assert.Equal(["lhasa-city-2021.txt", "sifangtai-district-2023.txt", "area-summary"], s.Included.Select(e => Path.GetFileName(e.Label)));
        Assert.Equal([RollupReason.OwnReport, RollupReason.OwnReport], s.LeftOut.Select(e => e.Reason!.Value));
        Assert.Contains("范围未知", RollupOutput.Text(s, "zh"));
        // The same report twice: the second is a duplicate; the same agency in another year is not.
        var lhasa = members.Single(m => m.Year == 2021);
        var next = Sample("lhasa-city-2021");
        next.Year = 2022;
        var twice = Rollup.Sum(CorpusRollup.Inputs([lhasa, lhasa, next]), RollupScope.Own, T);
        Assert.Equal(2, twice.Included.Count);
        Assert.Equal(RollupReason.Duplicate, Assert.Single(twice.LeftOut).Reason);
    }

    /// <summary>Three departments of 麦积区 (the maiji sample, and two built from samples) and 麦积区人民政府's 汇总 report
    /// made from their sum with one cell changed, written by the writer and imported.</summary>
    static string[] Area(string dir, int change)
    {
        Report Department(string sample, string agency)
        {
            var r = Sample(sample);
            r.Agency = agency;
            r.Year = 2022;
            r.Metadata.Clear();
            return r;
        }
        var members = new[]
        {
            Sample("maiji-service-bureau-2022"),
            Department("lhasa-city-2021", "天水市麦积区教育局"),
            Department("erkou-township-2023", "天水市麦积区卫生健康局"),
        };
        var summary = Rollup.Sum(members.Select((m, i) => new RollupInput(m, Scopes.Own, $"m{i}")), RollupScope.Own, T).Sum!;
        summary.Agency = "天水市麦积区人民政府";
        summary.Year = 2022;
        summary.Metadata[Keys.Metadata.Title] = new MetaField(Keys.Metadata.Title, "天水市麦积区人民政府2022年政府信息公开工作年度报告（汇总）", null);
        var cell = new CellRef(Keys.Tables.Applications, A.Rows.NewReceived, A.Columns.NaturalPerson);
        summary.Tables[cell.Table][cell.Row, cell.Column] = CellValue.OfInteger(summary.Value(cell).Integer!.Value + change, "", null);
        var files = new List<string>();
        foreach (var (r, i) in members.Skip(1).Append(summary).Select((r, i) => (r, i)))
        {
            files.Add(Path.Combine(dir, $"area-{i}.md"));
            File.WriteAllBytes(files[^1], ReportWriter.Write(r, WriteTarget.Markdown));
        }
        files.Add(SampleFiles.Path("maiji-service-bureau-2022.txt"));
        return [.. files];
    }

    [Theory]
    [MemberData(nameof(TestCorpus.Engines), MemberType = typeof(TestCorpus))]
    public void A_summary_built_from_its_members_with_one_cell_changed_gives_one_hierarchy_finding_on_that_cell(string engine)
    {
        using var corpus = new TestCorpus(engine);
        var db = CorpusDb.Open(corpus.Target);
        Importer.Import(db, Area(corpus.Dir.FullName, change: 5));
        var result = Assert.Single(CorpusRollup.CheckHierarchy(db, ReportFilter.All));
        Assert.Equal("summary", result.Summary.Scope);
        Assert.Equal(3, result.Members.Count);
        Assert.Empty(result.Missing);
        var f = Assert.Single(result.Findings);
        Assert.Equal("NB-HIER-DIFF", f.Code);
        Assert.Equal((Keys.Tables.Applications, A.Rows.NewReceived, A.Columns.NaturalPerson), (f.Location.Table!, f.Location.Row!, f.Location.Column!));
        Assert.Equal("+5", f.Arg("difference"));
        Assert.NotNull(f.Location.Source);   // located in the summary's file

        var cli = CliProcess.Run("rollup", "--hierarchy", "--db", corpus.Url);
        Assert.Equal(0, cli.Exit);
        Assert.Single(cli.Out.Split('\n'), l => l.Contains("[NB-HIER-DIFF]"));

        // A member known to the corpus without a report for the year: noted, nothing compared, no error.
        var other = Sample("sifangtai-district-2023");
        other.Agency = "天水市麦积区财政局";
        other.Year = 2021;
        other.Metadata.Clear();
        var extra = corpus.File("finance-2021.md");
        File.WriteAllBytes(extra, ReportWriter.Write(other, WriteTarget.Markdown));
        Importer.Import(db, [extra]);
        var incomplete = Assert.Single(CorpusRollup.CheckHierarchy(db, ReportFilter.All));
        Assert.Equal(["天水市麦积区财政局"], incomplete.Missing);
        var note = Assert.Single(incomplete.Findings);
        Assert.Equal(("NB-HIER-MISSING", Severity.Info), (note.Code, note.Severity));
    }

    [Fact]
    public void A_summary_equal_to_its_members_sum_gives_no_finding_and_the_cli_rolls_up_files()
    {
        using var corpus = new TestCorpus("sqlite");
        var db = CorpusDb.Open(corpus.Target);
        var files = Area(corpus.Dir.FullName, change: 0);
        Importer.Import(db, files);
        Assert.Empty(Assert.Single(CorpusRollup.CheckHierarchy(db, ReportFilter.All)).Findings);

        // From files: the summary (its title says 汇总) is left out of the own-level rollup; JSON lists it with the reason.
        var json = CliProcess.Run(["rollup", .. files, "--format", "json"]);
        Assert.Equal(0, json.Exit);
        var root = JsonDocument.Parse(json.Out).RootElement;
        Assert.Equal(3, root.GetProperty("included").GetArrayLength());
        var left = Assert.Single(root.GetProperty("left_out").EnumerateArray());
        Assert.Equal("SummaryReport", left.GetProperty("reason").GetString());
        Assert.Equal(0, root.GetProperty("report").GetProperty("tables").GetProperty(Keys.Tables.ReviewLitigation).GetProperty(Keys.ReviewLitigation.Rows.Review).GetProperty(Keys.ReviewLitigation.Columns.Total).GetInt32());
        var docx = corpus.File("sum.docx");
        var written = CliProcess.Run(["rollup", .. files, "--format", "csv", "--write", docx, "--name", "麦积区部门合计"]);
        Assert.Equal(0, written.Exit);
        Assert.Contains("left_out,", written.Out);
        Assert.Equal("麦积区部门合计", ReportParser.ParseFile(docx).Agency);
    }
}
