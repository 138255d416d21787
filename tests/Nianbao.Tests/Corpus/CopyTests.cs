using Nianbao.Corpus.Import;
using Nianbao.Corpus.Review;
using Nianbao.Corpus.Storage;
using Nianbao.Tests.CheckCli;

namespace Nianbao.Tests.Corpus;

/// <summary>A SQLite corpus copied to PostgreSQL (and back) is the same corpus, decisions included; a non-empty
/// target is refused.</summary>
public class CopyTests
{
    [Fact]
    public void Sqlite_to_postgres_and_back_keeps_everything()
    {
        using var lite = new TestCorpus("sqlite");
        using var pg = new TestCorpus("postgres");
        using var back = new TestCorpus("sqlite");
        var db = CorpusDb.Open(lite.Target);
        Importer.Import(db, [.. TestCorpus.Samples, CrossYearTests.PreviousYearOfLinxia(lite)]);
        var finding = CorpusDump.Count(db, "SELECT MIN(report_id) FROM findings");
        using (var c = db.Connect())
        {
            var (code, location) = (Convert.ToString(Db.Scalar(c, null, $"SELECT code FROM findings WHERE report_id = {finding} AND ordinal = 0"))!,
                Convert.ToString(Db.Scalar(c, null, $"SELECT location_key FROM findings WHERE report_id = {finding} AND ordinal = 0"))!);
            Assert.True(Decisions.Set(db, finding, code, location, Decisions.Confirmed, "复制前的意见", "甲"));
        }
        var expected = CorpusDump.Of(db);

        var run = CliProcess.Run("corpus", "copy", "--from", lite.Target, "--to", pg.Url, "--lang", "en");
        Assert.True(run.Exit == 0, run.Out + run.Err);
        var target = CorpusDb.Open(pg.Target);
        Assert.Equal(expected, CorpusDump.Of(target));
        // The copy keeps working: an import adds to it (ids continue after the copied ones).
        var extra = lite.File("extra.txt");
        File.WriteAllText(extra, File.ReadAllText(TestCorpus.Samples[0]) + "\n附：补充说明。\n");
        Assert.Equal(1, Importer.Import(target, [extra]).New);

        var refused = CliProcess.Run("corpus", "copy", "--from", lite.Target, "--to", pg.Url);
        Assert.Equal(2, refused.Exit);
        Assert.Contains("NB-DB-TARGET", refused.Err);

        Assert.Equal(0, CliProcess.Run("corpus", "copy", "--from", pg.Url, "--to", back.Target).Exit);
        Assert.Equal(CorpusDump.Of(target), CorpusDump.Of(CorpusDb.Open(back.Target)));
    }
}
