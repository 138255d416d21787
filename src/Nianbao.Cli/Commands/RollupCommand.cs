using System.CommandLine;
using Nianbao.Analysis;
using Nianbao.Cli.Corpus;
using Nianbao.Cli.Rendering;
using Nianbao.Corpus.Analysis;
using Nianbao.Corpus.Storage;
using Nianbao.Model;
using Nianbao.Template;
using Nianbao.Writing;

namespace Nianbao.Cli.Commands;

/// <summary>nianbao rollup [PATH...] [--db …] [filters] --scope 本级|汇总 [--format text|json|csv] [--write FILE.docx|html|md],
/// and nianbao rollup --hierarchy [--db …] [filters]: the library's Rollup and Hierarchy over files or the corpus.</summary>
static class RollupCommand
{
    public static Command Create(string lang)
    {
        var paths = new Argument<string[]>("PATH")
        {
            Description = Lang.T(lang, "年度报告文件或文件夹（可选；不给时使用语料库）", "annual report files or folders (optional; without them the corpus is used)"),
            Arity = ArgumentArity.ZeroOrMore,
        };
        var db = CorpusOptions.Db(lang);
        var filters = new FilterOptions(lang);
        var scope = new Option<string>("--scope")
        {
            Description = Lang.T(lang, "本级（own，默认：汇总报告不计入）或 汇总（summary：只加总各地区的汇总报告）", "本级 (own, the default: summary reports are left out) or 汇总 (summary: add up areas' summary reports)"),
            DefaultValueFactory = _ => "本级",
        };
        scope.AcceptOnlyFromAmong("本级", "汇总", "own", "summary");
        var format = CommonOptions.Format(lang, "text", "json", "csv");
        var name = new Option<string?>("--name") { Description = Lang.T(lang, "合计报告的机关名称", "the agency name given to the sum") };
        var write = new Option<string?>("--write") { Description = Lang.T(lang, "另按全国统一格式写出合计报告：FILE.docx|FILE.html|FILE.md", "also write the summed report in the national layout: FILE.docx|FILE.html|FILE.md") };
        var hierarchy = new Option<bool>("--hierarchy")
        {
            Description = Lang.T(lang, "层级核查：语料库中每份汇总报告与其下属单位报告之和逐格比较", "hierarchy check: compare each summary report of the corpus with its members' cell-wise sum"),
        };
        var output = TextOutput.Option(lang);
        var langOption = CommonOptions.Lang(lang);
        var command = new Command("rollup", Lang.T(lang,
            "汇总：把选定报告的表格逐格相加并重新核查，列出计入和未计入的报告及原因；--hierarchy 核对汇总报告与下属报告之和",
            "roll up: add the chosen reports' tables cell by cell and check the sum, listing which reports went in and which were left out and why; --hierarchy checks summary reports against their members' sum"))
        { paths, db, scope, format, name, write, hierarchy, output, langOption };
        filters.AddTo(command);
        command.SetAction(r => CorpusOptions.Guard(lang, () =>
        {
            if (r.GetValue(hierarchy))
                return TextOutput.Write(HierarchyText(CorpusRollup.CheckHierarchy(CorpusDb.Open(r.GetValue(db)!, create: false), filters.Read(r)), lang), r.GetValue(output), lang);
            var files = new ReportFiles();
            IEnumerable<RollupInput> inputs;
            if (r.GetValue(paths) is { Length: > 0 } args)
            {
                if (files.Read(args, lang) is not { } reports) return ExitCodes.Input;
                inputs = CorpusRollup.Inputs(reports);
            }
            else inputs = CorpusRollup.Inputs(CorpusDb.Open(r.GetValue(db)!, create: false), filters.Read(r));
            var target = r.GetValue(scope) is "汇总" or "summary" ? RollupScope.Summary : RollupScope.Own;
            var result = Rollup.Sum(inputs, target, ReportTemplate.Embedded, r.GetValue(name));
            int exit;
            if (r.GetValue(format) == "text" && r.GetValue(output) is null)
            {
                Console.Out.Write(SafeText.Clean(RollupOutput.Text(result, lang)));
                if (result.Sum is { } sum) ReportTextRenderer.Render(Consoles.Stdout(), sum, lang, false);
                exit = ExitCodes.Ok;
            }
            else exit = TextOutput.Write(r.GetValue(format) switch
            {
                "json" => RollupOutput.Json(result, lang),
                "csv" => RollupOutput.Csv(result, lang),
                _ => RollupOutput.Text(result, lang),
            }, r.GetValue(output), lang);
            if (exit != ExitCodes.Ok) return exit;
            if (result.Sum is null) return ExitCodes.Input;
            if (r.GetValue(write) is { } path && Write(result.Sum, path, lang) is var w && w != ExitCodes.Ok) return w;
            if (files.Failed > 0) return ExitCodes.Input;
            return result.Findings.Any(f => f.Severity == Severity.Error) ? ExitCodes.Findings : ExitCodes.Ok;
        }));
        return command;
    }

    static int Write(Report sum, string path, string lang)
    {
        var target = Path.GetExtension(path).ToLowerInvariant() switch { ".docx" => WriteTarget.Docx, ".html" or ".htm" => WriteTarget.Html, _ => WriteTarget.Markdown };
        try { File.WriteAllBytes(path, ReportWriter.Write(sum, target)); }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            Console.Error.WriteLine(SafeText.Clean(Lang.T(lang, $"无法写入 {path}：{e.Message}", $"cannot write {path}: {e.Message}")));
            return ExitCodes.Output;
        }
        Console.Error.WriteLine(SafeText.Clean(Lang.T(lang, $"已写入 {path}", $"written: {path}")));
        return ExitCodes.Ok;
    }

    static string HierarchyText(IEnumerable<HierarchyResult> results, string lang)
    {
        var t = new System.Text.StringBuilder();
        var n = 0;
        foreach (var h in results)
        {
            n++;
            t.AppendLine(Lang.T(lang, $"汇总报告 #{h.Summary.Id} {h.Summary.Agency} {h.Summary.Year}：下属报告 {h.Members.Count} 份（{string.Join("、", h.Members.Select(m => $"#{m.Id} {m.Agency}"))}）",
                $"summary report #{h.Summary.Id} {h.Summary.Agency} {h.Summary.Year}: {h.Members.Count} member reports ({string.Join(", ", h.Members.Select(m => $"#{m.Id} {m.Agency}"))})"));
            if (h.Findings.Count == 0) t.AppendLine(Lang.T(lang, "  与下属报告之和一致", "  agrees with its members' sum"));
            foreach (var f in h.Findings) t.AppendLine($"  [{f.Code}] {f.Message(lang)}");
        }
        t.AppendLine(Lang.T(lang, $"共核查 {n} 份汇总报告", $"{n} summary reports checked"));
        return t.ToString();
    }
}
