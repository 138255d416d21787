using Nianbao.Tests.CheckCli;

namespace Nianbao.Tests.Corpus;

/// <summary>The corpus commands as a user runs them: summary lines, filters, show, export, and clear located errors
/// (never a stack trace) for a missing, foreign or unreachable corpus.</summary>
public class CorpusCliTests
{
    static string Samples => Path.Combine(AppContext.BaseDirectory, "samples");

    [Fact]
    public void Import_list_show_export_as_a_user_runs_them()
    {
        using var t = new TestCorpus("sqlite");
        var import = CliProcess.Run("import", Samples, "--db", t.Target);
        Assert.Equal(0, import.Exit);
        Assert.Contains("新增 5，未变 0，重新读取 0，失败 0", import.Out);
        var again = CliProcess.Run("import", Samples, "--db", t.Target, "--lang", "en");
        Assert.Contains("new 0, unchanged 5, re-parsed 0, failed 0", again.Out);

        var list = CliProcess.Run("list", "--db", t.Target, "--region", "62");
        Assert.Equal(0, list.Exit);
        Assert.Contains("临夏市人民政府", list.Out);
        Assert.Contains("天水市麦积区政务服务管理局", list.Out);
        Assert.DoesNotContain("拉萨", list.Out);
        Assert.Contains("共 2 份报告", list.Out);
        Assert.Contains("共 1 份报告", CliProcess.Run("list", "--db", t.Target, "--code", "NB-T3-VSUM").Out);
        Assert.Contains("共 1 份报告", CliProcess.Run("list", "--db", t.Target, "--type", "department", "--year", "2022").Out);

        var show = CliProcess.Run("show", "1", "--db", t.Target, "--lang", "en");
        Assert.Equal(0, show.Exit);
        Assert.Contains("findings and decisions", show.Out);
        Assert.Equal(2, CliProcess.Run("show", "999", "--db", t.Target).Exit);

        var csv = t.File("out.csv");
        var export = CliProcess.Run("export", "--db", t.Target, "--to", "csv", "--out", csv, "--year", "2023");
        Assert.Equal(0, export.Exit);
        Assert.Contains("已导出 3 行", export.Out);
        Assert.True(File.Exists(t.File("out.codebook.csv")));
        Assert.Equal(4, File.ReadAllLines(csv).Length);
    }

    [Fact]
    public void Corpus_problems_are_one_located_line_and_exit_2()
    {
        using var t = new TestCorpus("sqlite");
        var missing = CliProcess.Run("list", "--db", t.File("none.db"));
        Assert.Equal(2, missing.Exit);
        Assert.Contains("NB-DB-MISSING", missing.Err);
        Assert.False(File.Exists(t.File("none.db")));

        var text = t.File("notes.db");
        File.WriteAllText(text, "这是一段笔记，不是数据库。This is a note, not a database at all.");
        var foreign = CliProcess.Run("import", Samples, "--db", text, "--lang", "en");
        Assert.Equal(2, foreign.Exit);
        Assert.Contains(text, foreign.Err);
        Assert.Contains("NB-DB-NOT-SQLITE", foreign.Err);
        Assert.StartsWith("这是一段笔记", File.ReadAllText(text));

        var unreachable = CliProcess.Run("list", "--db", "postgres://nobody@127.0.0.1:1/none");
        Assert.Equal(2, unreachable.Exit);
        Assert.Contains("NB-DB-CONNECT", unreachable.Err);
        foreach (var r in new[] { missing, foreign, unreachable }) Assert.DoesNotContain("   at ", r.Err);
    }
}
