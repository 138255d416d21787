using System.CommandLine;
using Nianbao.Analysis;
using Nianbao.Model;
using Nianbao.Template;

namespace Nianbao.Cli.Commands;

/// <summary>nianbao compare A B [--format text|json|html] [--out FILE]: two reports (usually one agency's consecutive
/// years) compared by the library's <see cref="ReportComparer"/>.</summary>
static class CompareCommand
{
    public static Command Create(string lang)
    {
        var a = new Argument<string>("A") { Description = Lang.T(lang, "一份年度报告文件", "an annual report file") };
        var b = new Argument<string>("B") { Description = Lang.T(lang, "另一份年度报告文件（通常为同一机关的下一年度）", "another annual report file (usually the same agency's next year)") };
        var format = CommonOptions.Format(lang, "text", "json", "html");
        var output = new Option<string?>("--out", "-o") { Description = Lang.T(lang, "输出文件（默认输出到屏幕）", "output file (default: standard output)") };
        var command = new Command("compare", Lang.T(lang,
            "比较两份报告：变化的数值、结转与现行有效件数等跨年核查、各部分文字相似度（标出与上年相同的句子）和摘要",
            "compare two reports: every changed value, the carry-over and stock rules, text similarity per section with copied sentences marked, and a summary"))
        { a, b, format, output, CommonOptions.Lang(lang) };
        command.SetAction(r => Run(r.GetValue(a)!, r.GetValue(b)!, r.GetValue(format)!, r.GetValue(output), lang));
        return command;
    }

    static int Run(string a, string b, string format, string? output, string lang)
    {
        var reports = new List<Report>();
        foreach (var path in new[] { a, b })
        {
            try { reports.Add(ReportParser.ParseFile(path)); }
            catch (InputException e)
            {
                Console.Error.WriteLine(Inputs.Describe(path, e.Finding, lang));
                return ExitCodes.Input;
            }
        }
        var template = ReportTemplate.Embedded;
        var comparison = ReportComparer.Compare(reports[0], reports[1], template);
        var text = format switch
        {
            "json" => ComparisonOutput.Json(comparison, template, lang),
            "html" => ComparisonOutput.Html(comparison, template, lang),
            _ => ComparisonOutput.Text(comparison, template, lang),
        };
        if (output is null) { Console.Out.Write(Rendering.SafeText.Clean(text)); return ExitCodes.Ok; }
        try { File.WriteAllText(output, text); }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            Console.Error.WriteLine(Lang.T(lang, $"无法写入 {output}：{e.Message}", $"cannot write {output}: {e.Message}"));
            return ExitCodes.Output;
        }
        Console.WriteLine(Lang.T(lang, $"已写入 {output}", $"written: {output}"));
        return ExitCodes.Ok;
    }
}
