using System.CommandLine;
using Nianbao.Cli.Commands;
using Nianbao.Cli.Rendering;
using Nianbao.Batch;
using Nianbao.Corpus.Import;
using Nianbao.Corpus.Storage;
using Nianbao.Model;
using Spectre.Console;

namespace Nianbao.Cli.Corpus;

/// <summary>nianbao import PATH... [--db FILE|postgres://…] [--recheck] [--no-content] (docs/corpus.md "Import").</summary>
static class ImportCommand
{
    public static Command Create(string lang)
    {
        var paths = CommonOptions.Inputs(lang, "PATH");
        paths.Arity = ArgumentArity.ZeroOrMore;
        var db = CorpusOptions.Db(lang);
        var recheck = new Option<bool>("--recheck")
        {
            Description = Lang.T(lang, "重新读取和核查：给出路径时只针对这些文件，否则针对语料库中的全部报告（审核意见保留）",
                "parse and check again: the given files, or without paths every report in the corpus (reviewers' decisions are kept)"),
        };
        var noContent = new Option<bool>("--no-content")
        {
            Description = Lang.T(lang, "不在语料库中保存原文件内容，只记录路径和 SHA-256", "keep only the path and SHA-256 of each file, not its bytes"),
        };
        var batch = new Option<int>("--batch")
        {
            Description = Lang.T(lang, "每个事务写入的文件数（默认 200）", "files written per transaction (default 200)"),
            DefaultValueFactory = _ => 200,
        };
        var urlList = new Option<string?>("--url-list")
        {
            Description = Lang.T(lang, "网址清单：UTF-8 CSV，首行列名含 path 和 url（爬虫下载记录），把每个文件的来源网址记入语料库",
                "a crawl's URL list: a UTF-8 CSV whose first row names a path and a url column; each file's address is stored in the corpus"),
            HelpName = "FILE",
        };
        var langOption = CommonOptions.Lang(lang);
        var command = new Command("import", Lang.T(lang,
            "把年度报告导入语料库：并行读取、核查并保存；相同内容只导入一次；解析器升级后重新读取；失败的文件记录原因，不影响其他文件。退出码：0 成功，1 有文件失败，2 语料库无法使用",
            "import annual reports into the corpus: parsed, checked and stored in parallel; identical content once; re-parsed after a parser upgrade; " +
            "a failing file is recorded and never blocks the others. Exit codes: 0 done, 1 some files failed, 2 the corpus cannot be used"))
        { paths, db, recheck, noContent, batch, urlList, langOption };
        command.SetAction(r => CorpusOptions.Guard(r.GetValue(langOption)!,
            () => Run(r.GetValue(paths) ?? [], r.GetValue(db)!, r.GetValue(recheck), r.GetValue(noContent), Math.Max(1, r.GetValue(batch)), r.GetValue(urlList), r.GetValue(langOption)!)));
        return command;
    }

    static int Run(string[] args, string target, bool recheck, bool noContent, int batch, string? urlList, string lang)
    {
        if (args.Length == 0 && !recheck)
        {
            Console.Error.WriteLine(Lang.T(lang, "请给出要导入的文件或文件夹（或用 --recheck 重新核查整个语料库）",
                "give the files or folders to import (or --recheck to check the whole corpus again)"));
            return 2;
        }
        // The library's input discovery (files, folders, globs; regular files only, each once); skipped entries are
        // said on stderr, and inputs that could not be read count as failures.
        var found = args.Length == 0 ? null : InputDiscovery.Discover(args);
        var files = found?.Files ?? [];
        var missing = found?.Notices.Where(n => n.Fatal).ToList() ?? [];
        foreach (var n in found?.Notices.Where(n => !n.Fatal) ?? []) Console.Error.WriteLine(Inputs.Describe(n.Path, n.Finding, lang));
        var urls = urlList is null ? null : UrlList.Read(urlList);
        var db = CorpusDb.Open(target);
        var options = new ImportOptions { StoreContent = !noContent, Force = recheck, BatchSize = batch, Urls = urls };
        var summary = WithProgress(lang, args.Length == 0 ? null : files.Count, progress =>
            args.Length == 0 ? Importer.RecheckAll(db, options, progress) : Importer.Import(db, files, options, progress));

        foreach (var (path, failure) in summary.Failures)
            Console.Error.WriteLine(Inputs.Describe(path, failure, lang));
        foreach (var m in missing)
            Console.Error.WriteLine(Inputs.Describe(m.Path, m.Finding, lang));
        Console.WriteLine(Lang.T(lang,
            $"语料库 {db.Display}：新增 {summary.New}，未变 {summary.Unchanged}，重新读取 {summary.Reparsed}，失败 {summary.Failed + missing.Count}；因上一年度变化重新核查 {summary.Rechecked}",
            $"corpus {db.Display}: new {summary.New}, unchanged {summary.Unchanged}, re-parsed {summary.Reparsed}, failed {summary.Failed + missing.Count}; re-checked for a changed previous year {summary.Rechecked}"));
        return summary.Failed + missing.Count > 0 ? 1 : 0;
    }

    /// <summary>A progress bar on stderr (milestone lines when stderr is not a terminal).</summary>
    static ImportSummary WithProgress(string lang, int? count, Func<IProgress<ImportProgress>, ImportSummary> run)
    {
        ImportSummary summary = null!;
        Consoles.Stderr().Progress()
            .Columns(new TaskDescriptionColumn(), new ProgressBarColumn(), new PercentageColumn(), new RemainingTimeColumn(), new SpinnerColumn())
            .Start(ctx =>
            {
                var task = ctx.AddTask(Lang.T(lang, "导入", "importing"), maxValue: Math.Max(1, count ?? 1));
                summary = run(new Progress(task));
                task.Value = task.MaxValue;
            });
        return summary;
    }

    /// <summary>Synchronous progress (System.Progress posts to the thread pool and would report out of order), on the
    /// import's writer thread after each commit. (The import keeps its own memory flat: <see cref="MemoryTrim"/>.)</summary>
    sealed class Progress(ProgressTask task) : IProgress<ImportProgress>
    {
        public void Report(ImportProgress value)
        {
            task.MaxValue = Math.Max(1, value.Total);
            task.Value = value.Done;
        }
    }
}
