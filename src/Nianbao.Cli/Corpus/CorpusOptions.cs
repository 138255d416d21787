using System.CommandLine;
using Nianbao.Corpus.Storage;

namespace Nianbao.Cli.Corpus;

/// <summary>Options and error handling shared by the corpus commands (import, list, show, export, review, agency, corpus).</summary>
static class CorpusOptions
{
    /// <summary>--db FILE | postgres://…; default $NIANBAO_DB, else ./nianbao.db.</summary>
    public static Option<string> Db(string lang) => new("--db")
    {
        Description = Lang.T(lang, "语料库：SQLite 文件或 postgres://用户@主机:端口/数据库（默认 $NIANBAO_DB，否则 ./nianbao.db）",
            "the corpus: a SQLite file or postgres://user@host:port/database (default $NIANBAO_DB, else ./nianbao.db)"),
        DefaultValueFactory = _ => Environment.GetEnvironmentVariable("NIANBAO_DB") is { Length: > 0 } env ? env : "nianbao.db",
    };

    /// <summary>Runs a corpus command; a corpus problem is one located line on stderr and exit code 2, never a stack trace.</summary>
    public static int Guard(string lang, Func<int> body)
    {
        try { return body(); }
        catch (Exception e) when (Unwrap(e) is CorpusException c)
        {
            Console.Error.WriteLine($"{c.Text(lang)} [{c.Code}]");
            return 2;
        }
        catch (Exception e) when (Unwrap(e) is System.Data.Common.DbException db)
        {
            // The server went away or refused mid-run: what was committed stays; running the command again completes it.
            Console.Error.WriteLine(Lang.T(lang, $"数据库错误：{db.Message}（已提交的部分保留，重新运行即可继续）",
                $"database error: {db.Message} (what was committed is kept; run the command again to complete it)") + " [NB-DB-CONNECT]");
            return 2;
        }
    }

    static Exception Unwrap(Exception e)
    {
        while (e is AggregateException { InnerExceptions.Count: 1 } a) e = a.InnerExceptions[0];
        return e;
    }
}
