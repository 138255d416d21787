using System.CommandLine;
using Nianbao.Cli.Commands;
using Nianbao.Corpus.Storage;

namespace Nianbao.Cli.Corpus;

/// <summary>nianbao corpus copy --from A --to B (docs/corpus.md "Copying").</summary>
static class CorpusCommand
{
    public static Command Create(string lang)
    {
        var command = new Command("corpus", Lang.T(lang, "语料库维护", "corpus maintenance"));
        var from = new Option<string>("--from") { Description = Lang.T(lang, "源语料库（SQLite 文件或 postgres://…）", "the source corpus (SQLite file or postgres://…)"), Required = true };
        var to = new Option<string>("--to") { Description = Lang.T(lang, "目标语料库（须为空；SQLite 文件或 postgres://…）", "the target corpus (must be empty; SQLite file or postgres://…)"), Required = true };
        var langOption = CommonOptions.Lang(lang);
        var copy = new Command("copy", Lang.T(lang, "把整个语料库复制到另一个（如 SQLite → PostgreSQL），编号和审核意见不变，全部成功或不写入",
            "copy a whole corpus into another (e.g. SQLite → PostgreSQL), ids and decisions kept, all or nothing")) { from, to, langOption };
        copy.SetAction(r => CorpusOptions.Guard(r.GetValue(langOption)!, () =>
        {
            var l = r.GetValue(langOption)!;
            var source = CorpusDb.Open(r.GetValue(from)!, create: false);
            var target = CorpusDb.Open(r.GetValue(to)!);
            var counts = CorpusCopy.Copy(source, target);
            Console.WriteLine(Lang.T(l, $"已从 {source.Display} 复制到 {target.Display}：", $"copied {source.Display} to {target.Display}: ")
                + string.Join(", ", counts.Select(c => $"{c.Key} {c.Value}")));
            return 0;
        }));
        command.Subcommands.Add(copy);
        return command;
    }
}
