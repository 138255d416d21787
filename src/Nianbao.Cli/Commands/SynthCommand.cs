using System.CommandLine;
using System.Runtime.CompilerServices;
using Nianbao.Synthesis;

namespace Nianbao.Cli.Commands;

/// <summary>
/// nianbao synth --count N --seed S --out DIR [--renderings pipe,html,…|all] [--errors RATE]: a synthetic corpus with
/// its truth beside each file (docs/synthesis.md). Thin: <see cref="SynthCorpus.Write"/> does the work.
/// </summary>
static class SynthCommand
{
    [ModuleInitializer]
    internal static void Register() => CommandRegistry.Extra.Add(Create);

    public static Command Create(string lang)
    {
        var count = new Option<int>("--count", "-n") { Description = Lang.T(lang, "报告数量", "number of reports"), Required = true };
        var seed = new Option<int>("--seed") { Description = Lang.T(lang, "随机种子：相同种子生成相同文件（默认 1）", "random seed: the same seed gives the same files (default 1)"), DefaultValueFactory = _ => 1 };
        var output = new Option<string>("--out", "-o") { Description = Lang.T(lang, "输出目录", "output folder"), Required = true };
        var names = string.Join(", ", SynthRenderings.All.Select(SynthRenderings.Name));
        var renderings = new Option<string?>("--renderings")
        {
            Description = Lang.T(lang,
                $"生成哪些版式，逗号分隔（{names}；all 为全部）；默认为除 doc、pdf、scan 以外的全部（doc、pdf 需要 LibreOffice，scan 另需 pdftoppm 和 img2pdf）",
                $"which renderings, comma-separated ({names}; all for every one); default: all but doc, pdf and scan (which need LibreOffice; scan also pdftoppm and img2pdf)"),
        };
        var errors = new Option<double>("--errors")
        {
            Description = Lang.T(lang, "注入一处错误的报告比例，0 到 1（默认 0）", "share of reports given one injected error, 0 to 1 (default 0)"),
            DefaultValueFactory = _ => 0,
        };
        var command = new Command("synth", Lang.T(lang,
            "生成合成年报语料：数据一致、分布接近实际的报告，按各种版式写出，每份报告旁附真值 JSON（含注入的错误），用于测试准确率",
            "make a synthetic corpus: consistent reports with realistic figures in every rendering Nianbao reads, each with its truth JSON (injected errors included), for measuring accuracy"))
        { count, seed, output, renderings, errors, CommonOptions.Lang(lang) };
        command.SetAction(r => Run(r.GetValue(count), r.GetValue(seed), r.GetValue(output)!, r.GetValue(renderings), r.GetValue(errors), lang));
        return command;
    }

    static int Run(int count, int seed, string output, string? renderingNames, double errorRate, string lang)
    {
        if (count < 1 || errorRate is < 0 or > 1)
        {
            Console.Error.WriteLine(Lang.T(lang, "--count 须为正整数，--errors 须在 0 到 1 之间", "--count must be a positive integer and --errors between 0 and 1"));
            return ExitCodes.Findings;
        }
        IReadOnlyList<SynthRendering>? chosen = null;
        if (renderingNames is not null && renderingNames.Trim() != "all")
        {
            var list = new List<SynthRendering>();
            foreach (var name in renderingNames.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
            {
                if (SynthRenderings.Parse(name) is not { } r)
                {
                    Console.Error.WriteLine(Lang.T(lang, $"未知版式：{name}（可用：{string.Join(", ", SynthRenderings.All.Select(SynthRenderings.Name))}）",
                        $"unknown rendering: {name} (known: {string.Join(", ", SynthRenderings.All.Select(SynthRenderings.Name))})"));
                    return ExitCodes.Findings;
                }
                list.Add(r);
            }
            chosen = list;
        }
        else if (renderingNames is not null) chosen = SynthRenderings.All;
        SynthSummary summary;
        try { summary = SynthCorpus.Write(new SynthOptions(count, seed, errorRate, chosen), output); }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            Console.Error.WriteLine(Lang.T(lang, $"无法写入 {output}：{e.Message}", $"cannot write {output}: {e.Message}"));
            return ExitCodes.Output;
        }
        foreach (var f in summary.Failed) Console.Error.WriteLine(Lang.T(lang, $"未能生成：{f}", $"not made: {f}"));
        Console.WriteLine(Lang.T(lang,
            $"已生成 {summary.Reports} 份报告、{summary.Files} 个文件（{summary.Errors} 份含注入错误），真值见 *.truth.json：{output}",
            $"{summary.Reports} reports, {summary.Files} files ({summary.Errors} with an injected error), truth in *.truth.json: {output}"));
        return summary.Failed.Count > 0 ? ExitCodes.Output : ExitCodes.Ok;
    }
}
