using Nianbao.Corpus.Agencies;
using Nianbao.Corpus.Import;
using Nianbao.Corpus.Storage;
using Nianbao.Tests.CheckCli;

namespace Nianbao.Tests.Corpus;

/// <summary>Agency identity across years and spellings in the corpus: one agency for several printings, parents,
/// merge and rename with cross-year pairs following.</summary>
public class AgencyTests
{
    [Theory, MemberData(nameof(TestCorpus.Engines), MemberType = typeof(TestCorpus))]
    public void Spellings_of_one_agency_are_one_and_parents_link(string engine)
    {
        using var t = new TestCorpus(engine);
        var db = CorpusDb.Open(t.Target);
        var renderings = Path.Combine(AppContext.BaseDirectory, "Data", "renderings");
        Importer.Import(db, [.. TestCorpus.Samples, .. Directory.GetFiles(renderings)]);
        var agencies = AgencyAdmin.List(db);
        // Simplified and traditional renderings of lhasa (拉萨市 / 拉薩市) are one agency.
        var lhasa = agencies.Single(a => a.RegionCode == "540100");
        Assert.True(lhasa.Reports >= 2);
        Assert.Equal(5, agencies.Count);

        // A department and the government of its county: the parent link appears once the government is in.
        var county = t.File("maiji-gov-2022.txt");
        File.WriteAllText(county, File.ReadAllText(TestCorpus.Samples.First(s => s.Contains("maiji"))).Replace("天水市麦积区政务服务管理局", "天水市麦积区人民政府"));
        Importer.Import(db, [county]);
        agencies = AgencyAdmin.List(db);
        var bureau = agencies.Single(a => a.Key == "620503|政务服务管理局");
        var government = agencies.Single(a => a.Key == "620503|政府");
        Assert.Equal(government.Id, bureau.ParentId);
    }

    [Theory, MemberData(nameof(TestCorpus.Engines), MemberType = typeof(TestCorpus))]
    public void Merge_pairs_years_across_spellings_and_rename_keeps_an_alias(string engine)
    {
        using var t = new TestCorpus(engine);
        var db = CorpusDb.Open(t.Target);
        // The 2022 report printed under a name that resolves to no area: another agency until merged.
        var previous = t.File("linxia-2022.txt");
        File.WriteAllText(previous, File.ReadAllText(CrossYearTests.PreviousYearOfLinxia(t)).Replace("临夏市人民政府", "临夏市府"));
        Importer.Import(db, [.. TestCorpus.Samples, previous]);
        var agencies = AgencyAdmin.List(db);
        Assert.Equal(6, agencies.Count);
        Assert.Equal(0, CorpusDump.Count(db, "SELECT COUNT(*) FROM reports WHERE previous_id IS NOT NULL"));

        var run = CliProcess.Run("agency", "merge", "临夏市人民政府", "临夏市府", "--db", t.Url);
        Assert.True(run.Exit == 0, run.Out + run.Err);
        Assert.Equal(5, AgencyAdmin.List(db).Count);
        Assert.Equal(1, CorpusDump.Count(db, "SELECT COUNT(*) FROM reports WHERE previous_id IS NOT NULL"));
        // Sections 一, 五 and 六 repeat the previous year.
        Assert.Equal(3, CorpusDump.Count(db, "SELECT COUNT(*) FROM findings f JOIN reports r ON r.id = f.report_id WHERE f.code = 'NB-XY-TEXT' AND r.year = 2023"));

        // A re-import under the old spelling lands on the merged agency.
        Importer.Import(db, [previous], new ImportOptions { Force = true });
        Assert.Equal(5, AgencyAdmin.List(db).Count);

        var renamed = CliProcess.Run("agency", "rename", "临夏市人民政府", "临夏市政府", "--db", t.Url, "--lang", "en");
        Assert.True(renamed.Exit == 0, renamed.Out + renamed.Err);
        var linxia = AgencyAdmin.Resolve(db, "临夏市政府");
        Assert.Equal("临夏市政府", linxia.Name);
        Assert.Contains("临夏市府", linxia.Names);

        var unknown = CliProcess.Run("agency", "merge", "临夏市政府", "不存在的局", "--db", t.Url);
        Assert.Equal(2, unknown.Exit);
        Assert.Contains("NB-AGENCY-UNKNOWN", unknown.Err);
        var list = CliProcess.Run("agency", "list", "6229", "--db", t.Url);
        Assert.Contains("临夏市政府", list.Out);
        Assert.Contains("共 1 个机关", list.Out);
    }
}
