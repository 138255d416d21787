using System.CommandLine;
using Nianbao.Batch;
using Nianbao.Cli.Rendering;
using Nianbao.Output;

namespace Nianbao.Cli.Commands;

/// <summary>nianbao parse FILE... [--format text|json] [--provenance] [--lang zh|en]: the library's batch without
/// checking; each report is printed (or written as JSON) as soon as it is read, in input order.</summary>
static class ParseCommand
{
    public static Command Create(string lang)
    {
        var files = CommonOptions.Inputs(lang, "FILE");
        var format = CommonOptions.Format(lang, "text", "json");
        var provenance = new Option<bool>("--provenance")
        {
            Description = Lang.T(lang, "同时输出每个数值在原文中的位置", "also output where in the source each value was read"),
        };
        var langOption = CommonOptions.Lang(lang);
        var limits = CommonOptions.Limits(lang);
        var command = new Command("parse", Lang.T(lang,
            "把年度报告读成结构化数据（代码表键名），表格按阅读格式输出或以 JSON 输出",
            "read annual reports into structured data keyed by the codebook; print aligned tables or JSON"))
        { files, format, provenance, langOption, limits };
        command.SetAction(r => Run(r.GetValue(files)!, r.GetValue(format)!, r.GetValue(provenance), lang,
            CommonOptions.ToLimits(r.GetValue(limits) ?? [], lang, out _)!));
        return command;
    }

    static int Run(string[] args, string format, bool provenance, string lang, Reading.InputLimits limits)
    {
        if (Inputs.Discover(args, lang) is not { } found) return ExitCodes.Input;
        var failed = 0;
        foreach (var n in Inputs.Fatal(found))
        {
            Console.Error.WriteLine(Inputs.Describe(n.Path, n.Finding, lang));
            failed++;
        }
        var trim = new MemoryTrim();
        var units = ReportBatch.Run(found.Files, new BatchOptions { Check = false, Limits = limits }).Select(u => { trim.Tick(); return u; });
        if (format == "json")
        {
            using var stdout = Console.OpenStandardOutput();
            using (var json = new JsonReportWriter.Streaming(stdout, asArray: found.Files.Count + failed > 1, new JsonReportWriter.Options(lang, provenance)))
                foreach (var u in units)
                {
                    if (u.Report is { } r) json.Write(r);
                    else { Console.Error.WriteLine(Inputs.Describe(u.File, u.Findings[0], lang)); failed++; }
                }
            stdout.WriteByte((byte)'\n');
        }
        else
        {
            var console = Consoles.Stdout();
            foreach (var u in units)
            {
                if (u.Report is { } r) ReportTextRenderer.Render(console, r, lang, provenance);
                else { Console.Error.WriteLine(Inputs.Describe(u.File, u.Findings[0], lang)); failed++; }
            }
        }
        return failed > 0 ? ExitCodes.Input : ExitCodes.Ok;
    }
}
