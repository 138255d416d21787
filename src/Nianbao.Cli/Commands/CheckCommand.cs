using System.CommandLine;
using System.Text;
using Nianbao.Batch;
using Nianbao.Cli.Checking;
using Nianbao.Cli.Rendering;
using Nianbao.Model;
using Nianbao.Output;

namespace Nianbao.Cli.Commands;

/// <summary>
/// nianbao check PATH... [--format text|json|csv] [--report FILE.xlsx|FILE.html] [--fail-on error|warning|never]
/// Checks one report or thousands on the library's batch (issue 3 §6): results stream out in input order. Exit codes:
/// see <see cref="ExitCodes"/>.
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
            "核查年度报告：逐个文件汇总错误、警告和提示，可输出问题清单。退出码：0 无错误，1 有错误，2 有文件无法读取或命令行有误，3 无法写入问题清单",
            "check annual reports: a summary of errors, warnings and infos per file, optionally a findings list. " +
            "Exit codes: 0 no errors, 1 errors, 2 an input could not be read or the command line is wrong, 3 the findings list could not be written"))
        { paths, format, report, failOn, langOption, limits };
        command.SetAction(r => Run(r.GetValue(paths)!, r.GetValue(format)!, r.GetValue(report), r.GetValue(failOn)!, lang,
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
            Console.Error.WriteLine(SafeText.Clean(Lang.T(lang, $"--report 只能是 .xlsx 或 .html 文件：{reportPath}", $"--report must be an .xlsx or .html file: {reportPath}")));
            return ExitCodes.Input;
        }
        if (Inputs.Discover(args, lang) is not { } found) return ExitCodes.Input;
        if (reportPath is not null && ReportGuard.Conflict(reportPath, args, found) is { } why)
        {
            Console.Error.WriteLine(SafeText.Clean(why(lang)));
            return ExitCodes.Input;
        }

        if (reportPath is not null && Path.GetDirectoryName(Path.GetFullPath(reportPath)) is { } folder && !Directory.Exists(folder))
        {
            // Said before the work, not after an hour of it.
            Console.Error.WriteLine(SafeText.Clean(Lang.T(lang, $"无法写入问题清单 {reportPath}：文件夹 {folder} 不存在",
                $"cannot write the findings list {reportPath}: the folder {folder} does not exist")));
            return ExitCodes.Output;
        }
        var tally = new Tally();
        var kept = reportPath is null ? null : new List<ReviewUnit>();
        var summary = format == "text" ? new CheckTextRenderer.Summary(lang) : null;
        // The first pass (agency and year of every file, for the cross-year rules), then the streaming check.
        IPreviousReportLookup? previous = null;
        if (found.Files.Count > 1)
            Inputs.WithProgress(found.Files.Count, Lang.T(lang, $"读取 {found.Files.Count} 个文件的机关和年度", $"reading agency and year of {found.Files.Count} files"),
                progress => previous = InBatchPreviousReports.Index(found.Files, new BatchOptions { IndexProgress = progress, Limits = limits }, default));
        var trim = new MemoryTrim();
        // JSON and CSV stream to stdout as units are ready: a live bar drawn on the same terminal would tear them.
        var bar = format == "text" || Console.IsOutputRedirected ? found.Files.Count : 0;
        Inputs.WithProgress(bar, Lang.T(lang, $"核查 {found.Files.Count} 个文件", $"checking {found.Files.Count} files"), progress =>
        {
            var units = ReportBatch.Run(found.Files, new BatchOptions { Progress = progress, Previous = previous, Limits = limits })
                .Concat(Inputs.Fatal(found).Select(n => new ReviewUnit(n.Path, null, [n.Finding])));
            switch (format)
            {
                case "json":
                    using (var stdout = Console.OpenStandardOutput())
                    {
                        using (var json = new CheckOutputs.JsonWriter(stdout, lang))
                            foreach (var u in units) json.Write(Note(u));
                        stdout.WriteByte((byte)'\n');
                    }
                    break;
                case "csv":
                    var writer = new SafeText.Writer(Console.Out);
                    using (var csv = new CheckOutputs.CsvUnitWriter(writer, lang))
                        foreach (var u in units) csv.Write(Note(u));
                    writer.Flush();
                    break;
                default:
                    foreach (var u in units) summary!.Add(Note(u));
                    break;
            }
        });
        summary?.Render(Consoles.Stdout());
        foreach (var line in tally.Unreadable) Console.Error.WriteLine(line);

        if (reportPath is not null && !WriteReport(reportPath, reportKind!, kept!, lang)) return ExitCodes.Output;
        if (tally.Unreadable.Count > 0) return ExitCodes.Input;
        return failOn switch
        {
            "warning" => tally.Errors + tally.Warnings > 0 ? ExitCodes.Findings : ExitCodes.Ok,
            "never" => ExitCodes.Ok,
            _ => tally.Errors > 0 ? ExitCodes.Findings : ExitCodes.Ok,
        };

        ReviewUnit Note(ReviewUnit u)
        {
            trim.Tick();
            tally.Add(u, lang);
            kept?.Add(u);
            return u;
        }
    }

    /// <summary>What decides the exit code, counted as units stream past.</summary>
    sealed class Tally
    {
        public int Errors, Warnings;
        public readonly List<string> Unreadable = [];

        public void Add(ReviewUnit u, string lang)
        {
            if (!u.Readable) Unreadable.Add(Inputs.Describe(u.File, u.Findings[0], lang));
            else { Errors += u.Errors; Warnings += u.Warnings; }
        }
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
            Console.Error.WriteLine(SafeText.Clean(Lang.T(lang, $"问题清单已写入 {path}", $"findings list written to {path}")));
            return true;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            Console.Error.WriteLine(SafeText.Clean(Lang.T(lang, $"无法写入问题清单 {path}：{e.Message}", $"cannot write the findings list {path}: {e.Message}")));
            return false;
        }
    }
}
