using Nianbao.Corpus.Import;
using Nianbao.Corpus.Review;
using Nianbao.Corpus.Storage;

namespace Nianbao.Tests.Corpus;

/// <summary>Cross-year rules take the previous year from the corpus, whatever import it came in; reviewers'
/// decisions survive re-checks and parser upgrades.</summary>
public class CrossYearTests
{
    /// <summary>linxia 2023 moved back a year: the same agency's "2022" report, its narrative copied.</summary>
    internal static string PreviousYearOfLinxia(TestCorpus t)
    {
        var text = File.ReadAllText(TestCorpus.Samples.First(s => s.Contains("linxia"))).Replace("2023", "2022").Replace("2024", "2023");
        var path = t.File("linxia-city-2022.txt");
        File.WriteAllText(path, text);
        return path;
    }

    static string[] Codes(CorpusDb db, int year) => Codes(db, $"SELECT f.code FROM findings f JOIN reports r ON r.id = f.report_id WHERE r.year = {year} AND r.agency_name = '临夏市人民政府'");

    static string[] Codes(CorpusDb db, string sql)
    {
        using var c = db.Connect();
        using var cmd = c.CreateCommand();
        cmd.CommandText = sql;
        using var r = cmd.ExecuteReader();
        var list = new List<string>();
        while (r.Read()) list.Add(r.GetString(0));
        return [.. list];
    }

    [Theory, MemberData(nameof(TestCorpus.Engines), MemberType = typeof(TestCorpus))]
    public void A_previous_year_imported_later_rechecks_the_later_year(string engine)
    {
        using var t = new TestCorpus(engine);
        var db = CorpusDb.Open(t.Target);
        Importer.Import(db, TestCorpus.Samples);
        Assert.DoesNotContain("NB-XY-TEXT", Codes(db, 2023));

        var summary = Importer.Import(db, [PreviousYearOfLinxia(t)]);
        Assert.Equal(1, summary.New);
        Assert.Equal(1, summary.Rechecked);
        Assert.Contains("NB-XY-TEXT", Codes(db, 2023));
        Assert.DoesNotContain("NB-XY-TEXT", Codes(db, 2022));
        Assert.Equal(1, CorpusDump.Count(db, "SELECT COUNT(*) FROM reports WHERE previous_id IS NOT NULL"));
    }

    [Theory, MemberData(nameof(TestCorpus.Engines), MemberType = typeof(TestCorpus))]
    public void Both_years_in_one_import_pair_whatever_order_they_finish_in(string engine)
    {
        using var t = new TestCorpus(engine);
        var db = CorpusDb.Open(t.Target);
        Importer.Import(db, [PreviousYearOfLinxia(t), .. TestCorpus.Samples], new ImportOptions { BatchSize = 1 });
        Assert.Contains("NB-XY-TEXT", Codes(db, 2023));
        var again = Importer.Import(db, [PreviousYearOfLinxia(t), .. TestCorpus.Samples]);
        Assert.Equal((0, 6, 0), (again.New, again.Unchanged, again.Rechecked));
    }

    [Theory, MemberData(nameof(TestCorpus.Engines), MemberType = typeof(TestCorpus))]
    public void Decisions_survive_recheck_and_a_parser_upgrade(string engine)
    {
        using var t = new TestCorpus(engine);
        var db = CorpusDb.Open(t.Target);
        Importer.Import(db, [.. TestCorpus.Samples, PreviousYearOfLinxia(t)]);
        var findings = Rows(db, """
            SELECT f.report_id, f.code, f.location_key FROM findings f JOIN reports r ON r.id = f.report_id
            WHERE r.agency_name = '临夏市人民政府' AND r.year = 2023 ORDER BY f.ordinal
            """);
        Assert.True(findings.Count >= 3, string.Join("; ", findings));
        Assert.True(Decisions.Set(db, findings[0].Report, findings[0].Code, findings[0].Location, Decisions.Confirmed, "核实属实", "张三"));
        Assert.True(Decisions.Set(db, findings[1].Report, findings[1].Code, findings[1].Location, Decisions.Dismissed, "原表如此", "李四"));
        Assert.False(Decisions.Set(db, findings[0].Report, "NB-NO-SUCH", "", Decisions.Confirmed, null, null));
        var before = CorpusDump.Of(db).Where(l => l.StartsWith("decision ", StringComparison.Ordinal)).ToList();
        Assert.Equal(2, before.Count);

        var recheck = Importer.RecheckAll(db);
        Assert.Equal(6, recheck.Reparsed);
        Importer.Import(db, [.. TestCorpus.Samples, PreviousYearOfLinxia(t)], new ImportOptions { ParserVersion = "99.0.0+test" });
        Assert.Equal(6, CorpusDump.Count(db, "SELECT COUNT(*) FROM reports WHERE parser_version = '99.0.0+test'"));
        Assert.Equal(before, CorpusDump.Of(db).Where(l => l.StartsWith("decision ", StringComparison.Ordinal)));
        // Each decision still meets its finding.
        Assert.Equal(2, CorpusDump.Count(db, """
            SELECT COUNT(*) FROM review_decisions d JOIN findings f ON f.report_id = d.report_id AND f.code = d.code AND f.location_key = d.location_key
            """));
    }

    static List<(long Report, string Code, string Location)> Rows(CorpusDb db, string sql)
    {
        using var c = db.Connect();
        using var cmd = c.CreateCommand();
        cmd.CommandText = sql;
        using var r = cmd.ExecuteReader();
        var list = new List<(long, string, string)>();
        while (r.Read()) list.Add((r.GetInt64(0), r.GetString(1), r.GetString(2)));
        return list;
    }
}
