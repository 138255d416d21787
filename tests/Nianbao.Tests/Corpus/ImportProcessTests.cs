using System.Diagnostics;
using Nianbao.Corpus.Storage;
using Nianbao.Tests.CheckCli;

namespace Nianbao.Tests.Corpus;

/// <summary>`nianbao import` as processes: several importers on one PostgreSQL build the corpus one process would;
/// an import killed mid-way leaves a consistent database that a re-run completes.</summary>
public class ImportProcessTests
{
    static Process Start(params string[] args)
    {
        var dll = Path.Combine(AppContext.BaseDirectory, "nianbao.dll");
        var psi = new ProcessStartInfo("dotnet", ["exec", dll, .. args])
        {
            RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false,
            StandardOutputEncoding = System.Text.Encoding.UTF8, StandardErrorEncoding = System.Text.Encoding.UTF8,
        };
        return Process.Start(psi)!;
    }

    [Fact]
    public async Task Four_concurrent_importers_on_postgres_equal_one()
    {
        using var single = new TestCorpus("postgres");
        using var shared = new TestCorpus("postgres");
        var dir = single.File("reports");
        var files = SyntheticCorpus.Write(dir, agencies: 6, years: [2021, 2022, 2023]);

        var one = CliProcess.Run("import", dir, "--db", single.Url, "--lang", "en");
        Assert.True(one.Exit == 0, one.Out + one.Err);
        Assert.Contains($"new {files.Count},", one.Out);

        var importers = Enumerable.Range(0, 4).Select(_ => Start("import", dir, "--db", shared.Url, "--lang", "en", "--batch", "7")).ToList();
        var outputs = importers.Select(p => (Out: p.StandardOutput.ReadToEndAsync(), Err: p.StandardError.ReadToEndAsync())).ToList();
        foreach (var p in importers) Assert.True(p.WaitForExit(300_000), "an importer did not finish");
        for (var i = 0; i < 4; i++)
            Assert.True(importers[i].ExitCode == 0, await outputs[i].Out + await outputs[i].Err);

        var expected = CorpusDump.Of(CorpusDb.Open(single.Target));
        var actual = CorpusDump.Of(CorpusDb.Open(shared.Target));
        Assert.Equal(files.Count, expected.Count(l => l.StartsWith("report ", StringComparison.Ordinal)));
        Assert.Contains(expected, l => l.StartsWith("report ", StringComparison.Ordinal) && !l.Contains("|∅|∅|", StringComparison.Ordinal));
        Assert.Equal(expected.Count, actual.Count);
        Assert.Equal(expected, actual);
    }

    [Theory, MemberData(nameof(TestCorpus.Engines), MemberType = typeof(TestCorpus))]
    public void A_killed_import_leaves_a_consistent_corpus_that_a_rerun_completes(string engine)
    {
        using var t = new TestCorpus(engine);
        using var reference = new TestCorpus(engine);
        var dir = t.File("reports");
        var files = SyntheticCorpus.Write(dir, agencies: 15, years: [2021, 2022, 2023]);
        var db = CorpusDb.Open(t.Target);

        var p = Start("import", dir, "--db", t.Url, "--batch", "5");
        var clock = Stopwatch.StartNew();
        long committed = 0;
        while (clock.Elapsed < TimeSpan.FromSeconds(120) && !p.HasExited && (committed = CorpusDump.Count(db, "SELECT COUNT(*) FROM reports")) < 20)
            Thread.Sleep(20);
        Assert.False(p.HasExited, "the import finished before it could be killed; give it more files");
        p.Kill();   // SIGKILL: no clean-up runs
        p.WaitForExit();
        Assert.InRange(CorpusDump.Count(db, "SELECT COUNT(*) FROM reports"), 20, files.Count - 1);

        // Consistent: every stored source has its report, every report its values, and nothing is half written.
        if (engine == "sqlite") Assert.Equal("ok", Scalar(db, "PRAGMA integrity_check"));
        Assert.Equal(0, CorpusDump.Count(db, "SELECT COUNT(*) FROM sources s WHERE s.status = 'parsed' AND NOT EXISTS (SELECT 1 FROM reports r WHERE r.source_id = s.id)"));
        Assert.Equal(0, CorpusDump.Count(db, "SELECT COUNT(*) FROM reports r WHERE NOT EXISTS (SELECT 1 FROM report_values v WHERE v.report_id = r.id)"));

        var rerun = CliProcess.Run("import", dir, "--db", t.Url, "--lang", "en");
        Assert.True(rerun.Exit == 0, rerun.Out + rerun.Err);
        CliProcess.Run("import", dir, "--db", reference.Url);
        Assert.Equal(CorpusDump.Of(CorpusDb.Open(reference.Target)), CorpusDump.Of(db));
    }

    static string Scalar(CorpusDb db, string sql)
    {
        using var c = db.Connect();
        using var cmd = c.CreateCommand();
        cmd.CommandText = sql;
        return Convert.ToString(cmd.ExecuteScalar())!;
    }
}
