using Nianbao.Cli.Rendering;
using System.CommandLine;
using System.Text;
using Nianbao.Cli.Checking;
using Nianbao.Model;
using Nianbao.Output;
using Spectre.Console;

namespace Nianbao.Cli.Commands;

/// <summary>
/// nianbao check PATH... [--format text|json|csv] [--report FILE.xlsx|FILE.html] [--fail-on error|warning|never]
/// Checks one report or thousands (issue 3 §6). Exit codes: 0 no findings at the --fail-on level, 1 some,
/// 2 an input could not be read (takes precedence).
/// </summary>
static class CheckCommand
{
    public static Command Create(string lang)
    {
        var paths = CommonOptions.Inputs(lang, "PATH");
        var format = CommonOptions.Format(lang, "text", "json", "csv");
        var report = new Option<string?>("--report", "-r")
        {
            Description = Lang.T(lang, "另写一份问题清单：FILE.xlsx（汇总表加每个文件一张工作表）或 FILE.html",
                "also write the reviewer's findings list: FILE.xlsx (a summary sheet and one sheet per file) or FILE.html"),
        };
        var failOn = new Option<string>("--fail-on")
        {
            Description = Lang.T(lang, "何时以退出码 1 结束：error（有错误，默认）、warning（有错误或警告）、never",
                "when to exit with code 1: error (any error, the default), warning (any error or warning), never"),
            DefaultValueFactory = _ => "error",
        };
        failOn.AcceptOnlyFromAmong("error", "warning", "never");
        var langOption = CommonOptions.Lang(lang);
        var limits = CommonOptions.Limits(lang);
        var command = new Command("check", Lang.T(lang,
            "核查年度报告：逐个文件汇总错误、警告和提示，可输出问题清单。退出码：0 无错误，1 有错误，2 有文件无法读取",
            "check annual reports: a summary of errors, warnings and infos per file, optionally a findings list. " +
            "Exit codes: 0 no errors, 1 errors, 2 an input could not be read"))
        { paths, format, report, failOn, langOption, limits };
        command.SetAction(r => Run(r.GetValue(paths)!, r.GetValue(format)!, r.GetValue(report), r.GetValue(failOn)!, r.GetValue(langOption)!,
            CommonOptions.ToLimits(r.GetValue(limits) ?? [], lang, out _)!));
        return command;
    }

    static int Run(string[] args, string format, string? reportPath, string failOn, string lang, Reading.InputLimits limits)
    {
        var reportKind = reportPath is null ? null : Path.GetExtension(reportPath).ToLowerInvariant() switch
        {
            ".xlsx" => "xlsx",
            ".html" or ".htm" => "html",
            _ => "",
        };
        if (reportKind == "")
        {
            Console.Error.WriteLine(Lang.T(lang, $"--report 只能是 .xlsx 或 .html 文件：{reportPath}", $"--report must be an .xlsx or .html file: {reportPath}"));
            return 2;
        }

        var files = InputFiles.Expand(args, out var missing);
        var units = Run(files, lang, limits).ToList();
        units.AddRange(missing.Select(m => new ReviewUnit(m, null, [Finding.Create("NB-INPUT-NOT-FOUND", null, ("path", m))])));

        switch (format)
        {
            case "json":
                using (var stdout = Console.OpenStandardOutput())
                {
                    CheckOutputs.WriteJson(stdout, units, lang);
                    stdout.WriteByte((byte)'\n');
                }
                break;
            case "csv":
                CheckOutputs.WriteCsv(Console.Out, units, lang);
                Console.Out.Flush();
                break;
            default:
                CheckTextRenderer.Render(Consoles.Stdout(), units, lang);
                break;
        }
        foreach (var u in units.Where(u => !u.Readable))
            Console.Error.WriteLine(InputFiles.Describe(u.File, u.Findings[0], lang));

        if (reportPath is not null && !WriteReport(reportPath, reportKind!, units, lang)) return 2;
        if (units.Any(u => !u.Readable)) return 2;
        return failOn switch
        {
            "warning" => units.Any(u => u.Errors + u.Warnings > 0) ? 1 : 0,
            "never" => 0,
            _ => units.Any(u => u.Errors > 0) ? 1 : 0,
        };
    }

    /// <summary>Reads and checks; a progress bar on stderr when there is more than one file (milestone lines when
    /// stderr is not a terminal).</summary>
    static IReadOnlyList<ReviewUnit> Run(List<string> files, string lang, Reading.InputLimits limits)
    {
        if (files.Count <= 1) return BatchRunner.Run(files, limits: limits);
        var err = Consoles.Stderr();
        IReadOnlyList<ReviewUnit> units = [];
        err.Progress()
            .Columns(new TaskDescriptionColumn(), new ProgressBarColumn(), new PercentageColumn(), new RemainingTimeColumn(), new SpinnerColumn())
            .Start(ctx =>
            {
                var task = ctx.AddTask(Lang.T(lang, $"核查 {files.Count} 个文件", $"checking {files.Count} files"), maxValue: files.Count);
                units = BatchRunner.Run(files, () => task.Increment(1), limits);
            });
        return units;
    }

    static bool WriteReport(string path, string kind, IReadOnlyList<ReviewUnit> units, string lang)
    {
        try
        {
            using var stream = File.Create(path);
            if (kind == "xlsx") ReviewReportXlsx.Write(stream, units, lang, Template.ReportTemplate.Embedded);
            else
            {
                using var w = new StreamWriter(stream, new UTF8Encoding(false));
                ReviewReportHtml.Write(w, units, lang, Template.ReportTemplate.Embedded);
            }
            Console.Error.WriteLine(Lang.T(lang, $"问题清单已写入 {path}", $"findings list written to {path}"));
            return true;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            Console.Error.WriteLine(Lang.T(lang, $"无法写入问题清单 {path}：{e.Message}", $"cannot write the findings list {path}: {e.Message}"));
            return false;
        }
    }
}
