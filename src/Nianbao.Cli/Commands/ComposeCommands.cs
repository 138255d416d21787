using System.CommandLine;
using Nianbao.Model;
using Nianbao.Template;
using Nianbao.Writing;

namespace Nianbao.Cli.Commands;

/// <summary>
/// nianbao template --to xlsx|json [--format-version 2021|2019] --out FILE: the fill-in file for compilers.
/// nianbao render FILLED --to docx|html|md --out FILE [--narrative FILE.md] [--force]: checks the filled file and
/// writes the report in the national layout, or refuses (exit 1) listing each broken rule with its cells and hint.
/// Both are thin: the library's <see cref="FillIn"/> and <see cref="Composer"/> do the work.
/// </summary>
static class ComposeCommands
{
    public static Command Template(string lang)
    {
        var to = new Option<string>("--to") { Description = Lang.T(lang, "文件类型：xlsx 或 json", "file type: xlsx or json"), Required = true };
        to.AcceptOnlyFromAmong("xlsx", "json");
        var version = new Option<string>("--format-version")
        {
            Description = Lang.T(lang, "表格格式版本：2021（默认）或 2019（2019、2020年度报告）", "format version of the tables: 2021 (default) or 2019 (reports on 2019 and 2020)"),
            DefaultValueFactory = _ => FormatId.F2021.Value,
        };
        version.AcceptOnlyFromAmong([.. ReportTemplate.Embedded.Formats.Where(f => f.Tables).Select(f => f.Id.Value)]);
        var output = new Option<string>("--out", "-o") { Description = Lang.T(lang, "输出文件", "output file"), Required = true };
        var command = new Command("template", Lang.T(lang,
            "生成填报文件：全国统一格式的表格行列（XLSX 含合计公式、非负整数校验和勾稽关系说明；JSON 为代码表结构，数值为 null）",
            "make a fill-in file with the national rows and columns (XLSX with totals as formulas, non-negative integer validation and the 勾稽 note; JSON in the codebook shape with nulls)"))
        { to, version, output, CommonOptions.Lang(lang) };
        command.SetAction(r =>
        {
            var format = new FormatId(r.GetValue(version)!);
            var bytes = r.GetValue(to) == "xlsx" ? FillIn.Xlsx(ReportTemplate.Embedded, format) : System.Text.Encoding.UTF8.GetBytes(FillIn.Json(ReportTemplate.Embedded, format));
            return Write(r.GetValue(output)!, bytes, lang);
        });
        return command;
    }

    public static Command Render(string lang)
    {
        var filled = new Argument<string>("FILLED") { Description = Lang.T(lang, "填好的 XLSX 或 JSON 文件", "the filled XLSX or JSON file") };
        var to = new Option<string>("--to") { Description = Lang.T(lang, "输出类型：docx、html 或 md", "output type: docx, html or md"), Required = true };
        to.AcceptOnlyFromAmong("docx", "html", "md");
        var output = new Option<string>("--out", "-o") { Description = Lang.T(lang, "输出文件", "output file"), Required = true };
        var narrative = new Option<string?>("--narrative")
        {
            Description = Lang.T(lang, "各部分文字：Markdown 或文本文件，以“一、”至“六、”标题分节；缺少的部分留占位文字",
                "the narrative: a Markdown or text file with sections headed 一、 to 六、; missing sections get a placeholder"),
        };
        var force = new Option<bool>("--force") { Description = Lang.T(lang, "即使违反勾稽关系也生成报告", "write the report even when it breaks an arithmetic rule") };
        var command = new Command("render", Lang.T(lang,
            "先核查填报数据，再按全国统一格式生成报告（Word、网页或 Markdown）；违反勾稽关系时拒绝生成（退出码 1），除非使用 --force",
            "check the filled data, then write the report in the national layout (Word, HTML or Markdown); refuses (exit 1) when an arithmetic rule is broken, unless --force"))
        { filled, to, output, narrative, force, CommonOptions.Lang(lang) };
        command.SetAction(r => Render(r.GetValue(filled)!, r.GetValue(to)!, r.GetValue(output)!, r.GetValue(narrative), r.GetValue(force), lang));
        return command;
    }

    static int Render(string path, string to, string output, string? narrativePath, bool force, string lang)
    {
        Report report;
        string? narrative = null;
        try
        {
            report = FillIn.ReadFile(path, ReportTemplate.Embedded);
            if (narrativePath is not null)
            {
                if (!File.Exists(narrativePath)) throw new InputException("NB-INPUT-NOT-FOUND", ("path", narrativePath));
                narrative = File.ReadAllText(narrativePath);
            }
        }
        catch (InputException e)
        {
            Console.Error.WriteLine(Inputs.Describe(path, e.Finding, lang));
            return ExitCodes.Input;
        }
        var target = to switch { "docx" => WriteTarget.Docx, "html" => WriteTarget.Html, _ => WriteTarget.Markdown };
        var result = Composer.Compose(report, target, narrative, force);
        if (result.Broken.Count > 0)
        {
            Console.Error.WriteLine(Lang.T(lang,
                $"{path}：违反 {result.Broken.Count} 条勾稽关系" + (force ? "（已按 --force 仍然生成）：" : "，未生成报告（核对后重试，或用 --force 强制生成）："),
                $"{path}: {result.Broken.Count} arithmetic rules broken" + (force ? " (written anyway, --force):" : "; no report written (fix them, or use --force):")));
            foreach (var f in result.Broken)
            {
                Console.Error.WriteLine($"  [{f.Code}] {f.Message(lang)}");
                var cells = f.Location.Cells?.Select(c => c.Cell.ToString()) ?? [];
                Console.Error.WriteLine(Lang.T(lang, "    单元格：", "    cells: ") + string.Join(", ", cells));
            }
        }
        if (result.Output is null) return ExitCodes.Findings;
        return Write(output, result.Output, lang);
    }

    static int Write(string path, byte[] bytes, string lang)
    {
        try { File.WriteAllBytes(path, bytes); }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or DirectoryNotFoundException)
        {
            Console.Error.WriteLine(Lang.T(lang, $"无法写入 {path}：{e.Message}", $"cannot write {path}: {e.Message}"));
            return ExitCodes.Output;
        }
        Console.WriteLine(Lang.T(lang, $"已写入 {path}", $"written: {path}"));
        return ExitCodes.Ok;
    }
}
