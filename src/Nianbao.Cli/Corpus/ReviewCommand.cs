using System.CommandLine;
using Nianbao.Cli.Commands;
using Nianbao.Corpus.Review;
using Nianbao.Corpus.Storage;

namespace Nianbao.Cli.Corpus;

/// <summary>nianbao review --out FILE.xlsx [filters] | nianbao review --apply FILE.xlsx [--by NAME] (docs/corpus.md "Review").</summary>
static class ReviewCommand
{
    public static Command Create(string lang)
    {
        var db = CorpusOptions.Db(lang);
        var output = new Option<string?>("--out", "-o")
        {
            Description = Lang.T(lang, "写出问题清单 FILE.xlsx：汇总表（每个单位一行）和可筛选的问题表（每个问题一行，可填写审核意见和备注）",
                "write the findings list FILE.xlsx: a summary sheet (one row per unit) and a filterable findings sheet (one row per finding, with decision and comment columns to fill in)"),
        };
        var apply = new Option<string?>("--apply")
        {
            Description = Lang.T(lang, "读回问题清单中填写的审核意见（待定/确认/排除）和备注", "read back the decisions (open/confirmed/dismissed) and comments typed into a findings list"),
        };
        var by = new Option<string?>("--by")
        {
            Description = Lang.T(lang, "审核人（默认为当前用户名）", "the reviewer's name (default: the user name)"),
        };
        var filters = new FilterOptions(lang);
        var langOption = CommonOptions.Lang(lang);
        var command = new Command("review", Lang.T(lang, "从语料库生成问题清单，或读回其中的审核意见", "write the reviewers' findings list from the corpus, or read its decisions back"))
        { db, output, apply, by, langOption };
        filters.AddTo(command);
        command.SetAction(r => CorpusOptions.Guard(r.GetValue(langOption)!, () =>
        {
            var l = r.GetValue(langOption)!;
            var (outPath, applyPath) = (r.GetValue(output), r.GetValue(apply));
            if (outPath is null == applyPath is null)
            {
                Console.Error.WriteLine(Lang.T(l, "请给出 --out FILE.xlsx 或 --apply FILE.xlsx（二选一）", "give either --out FILE.xlsx or --apply FILE.xlsx"));
                return 2;
            }
            var store = CorpusDb.Open(r.GetValue(db)!, create: false);
            if (outPath is not null)
            {
                int rows;
                try { rows = ReviewWorkbook.Write(store, filters.Read(r), outPath, l); }
                catch (Exception e) when (e is IOException or UnauthorizedAccessException)
                {
                    Console.Error.WriteLine(Lang.T(l, $"无法写入 {outPath}：{e.Message}", $"cannot write {outPath}: {e.Message}"));
                    return 2;
                }
                Console.WriteLine(Lang.T(l, $"问题清单已写入 {outPath}（{rows} 个问题）", $"findings list written to {outPath} ({rows} findings)"));
                return 0;
            }
            var result = ReviewWorkbook.Apply(store, applyPath!, r.GetValue(by) ?? Environment.UserName);
            foreach (var (code, args) in result.Skipped)
                Console.Error.WriteLine($"{CorpusException.Format(code, args, l)} [{code}]");
            Console.WriteLine(Lang.T(l, $"已记录 {result.Applied} 条审核意见，{result.Unchanged} 条未变，跳过 {result.Skipped.Count} 行",
                $"recorded {result.Applied} decisions, {result.Unchanged} unchanged, {result.Skipped.Count} rows skipped"));
            return result.Skipped.Count > 0 ? 1 : 0;
        }));
        return command;
    }
}
