using System.CommandLine;
using Nianbao.Analysis;
using Nianbao.Cli.Corpus;
using Nianbao.Corpus.Analysis;
using Nianbao.Corpus.Query;
using Nianbao.Corpus.Storage;
using Nianbao.Model;
using Nianbao.Template;

namespace Nianbao.Cli.Commands;

/// <summary>nianbao compare A B [--db …] [--format text|json|html] [--out FILE]: two reports (usually one agency's consecutive
/// years; files, or ids of the corpus) compared by the library's <see cref="ReportComparer"/>.</summary>
static class CompareCommand
{
    public static Command Create(string lang)
    {
        var a = new Argument<string>("A") { Description = Lang.T(lang, "一份年度报告：文件，或语料库中的报告编号（或 SHA-256 开头）", "an annual report: a file, or a report id of the corpus (or the start of its SHA-256)") };
        var b = new Argument<string>("B") { Description = Lang.T(lang, "另一份年度报告（通常为同一机关的下一年度）", "another annual report (usually the same agency's next year)") };
        var format = CommonOptions.Format(lang, "text", "json", "html");
        var db = CorpusOptions.Db(lang);
        var output = TextOutput.Option(lang);
        var command = new Command("compare", Lang.T(lang,
            "比较两份报告：变化的数值、结转与现行有效件数等跨年核查、各部分文字相似度（标出与上年相同的句子）和摘要；网页输出含历年趋势图",
            "compare two reports: every changed value, the carry-over and stock rules, text similarity per section with copied sentences marked, and a summary; the HTML output charts the unit's trend across years"))
        { a, b, format, db, output, CommonOptions.Lang(lang) };
        command.SetAction(r => CorpusOptions.Guard(lang, () => Run(r.GetValue(a)!, r.GetValue(b)!, r.GetValue(format)!, r.GetValue(db)!, r.GetValue(output), lang)));
        return command;
    }

    static int Run(string a, string b, string format, string dbPath, string? output, string lang)
    {
        var reports = new List<(Report Report, ReportRow? Row)>();
        CorpusDb? store = null;
        foreach (var name in new[] { a, b })
        {
            if (File.Exists(name) || Directory.Exists(name) || !IsCorpusId(name))
            {
                try { reports.Add((ReportParser.ParseFile(name), null)); }
                catch (InputException e)
                {
                    Console.Error.WriteLine(Inputs.Describe(name, e.Finding, lang));
                    return ExitCodes.Input;
                }
                continue;
            }
            store ??= CorpusDb.Open(dbPath, create: false);
            if (StoredReport.Find(store, name) is not { } found)
            {
                Console.Error.WriteLine(Lang.T(lang, $"{name}：不是文件，语料库 {dbPath} 中也没有此编号的报告", $"{name}: not a file, and the corpus {dbPath} has no report with this id"));
                return ExitCodes.Input;
            }
            reports.Add((found.Report, found.Row));
        }
        var template = ReportTemplate.Embedded;
        var comparison = ReportComparer.Compare(reports[0].Report, reports[1].Report, template);
        // With both reports from the corpus and of one agency, the charts show every year the corpus holds of it.
        IReadOnlyList<Report>? years = null;
        if (format == "html" && store is not null && reports.All(x => x.Row?.AgencyId is not null) && reports[0].Row!.AgencyId == reports[1].Row!.AgencyId)
            years = CorpusHistory.Of(store, reports[0].Row!.AgencyId!.Value, reports[1].Row!.Scope);
        var text = format switch
        {
            "json" => ComparisonOutput.Json(comparison, template, lang),
            "html" => ComparisonOutput.Html(comparison, template, lang, years),
            _ => ComparisonOutput.Text(comparison, template, lang),
        };
        return TextOutput.Write(text, output, lang);
    }

    /// <summary>A report id (digits) or the start of a SHA-256 (8+ hexadecimal digits).</summary>
    static bool IsCorpusId(string s) => s.Length > 0 && (s.All(char.IsAsciiDigit) || (s.Length >= 8 && s.All(char.IsAsciiHexDigit)));
}
