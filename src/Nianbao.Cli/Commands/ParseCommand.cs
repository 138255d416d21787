using System.CommandLine;
using Nianbao.Cli.Rendering;
using Nianbao.Model;
using Nianbao.Output;

namespace Nianbao.Cli.Commands;

/// <summary>nianbao parse FILE... [--format text|json] [--provenance] [--lang zh|en]</summary>
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
        command.SetAction(r => Run(r.GetValue(files)!, r.GetValue(format)!, r.GetValue(provenance), r.GetValue(langOption)!,
            CommonOptions.ToLimits(r.GetValue(limits) ?? [], lang, out _)!));
        return command;
    }

    static int Run(string[] args, string format, bool provenance, string lang, Reading.InputLimits limits)
    {
        var paths = InputFiles.Expand(args, out var missing);
        var failed = 0;
        foreach (var m in missing)
        {
            Console.Error.WriteLine(InputFiles.Describe(m, Finding.Create("NB-INPUT-NOT-FOUND", null, ("path", m)), lang));
            failed++;
        }
        var reports = new List<Report>();
        foreach (var path in paths)
        {
            try { reports.Add(ReportParser.ParseFile(path, limits)); }
            catch (InputException e)
            {
                Console.Error.WriteLine(InputFiles.Describe(path, e.Finding, lang));
                failed++;
            }
        }
        if (format == "json")
        {
            using var stdout = Console.OpenStandardOutput();
            JsonReportWriter.Write(stdout, reports, asArray: paths.Count + missing.Count > 1,
                new JsonReportWriter.Options(lang, provenance));
            stdout.WriteByte((byte)'\n');
        }
        else
        {
            foreach (var r in reports) ReportTextRenderer.Render(Consoles.Stdout(), r, lang, provenance);
        }
        return failed > 0 ? 2 : 0;
    }
}
