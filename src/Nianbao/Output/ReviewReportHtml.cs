using System.Net;
using Nianbao.Model;
using Nianbao.Template;

namespace Nianbao.Output;

/// <summary>
/// The reviewer's 问题清单 as one self-contained HTML page (no scripts, no external files): the summary table of all
/// units, each linked to its section with the unit's findings, locations and the cells involved. Every text is
/// HTML-encoded.
/// </summary>
public static class ReviewReportHtml
{
    const string Style = """
        body{font-family:"Noto Sans CJK SC","WenQuanYi Micro Hei","Microsoft YaHei",sans-serif;margin:2em;color:#222}
        table{border-collapse:collapse;margin:.5em 0 1.5em}th,td{border:1px solid #ccc;padding:.25em .5em;vertical-align:top;text-align:left}
        th{background:#eee}td.n{text-align:right}.error{color:#b00}.warning{color:#a60}.info{color:#36c}
        td.cells{white-space:pre-line;font-size:90%}section{border-top:2px solid #888;margin-top:2em}
        tr.unreadable td{background:#fdd}
        """;

    /// <summary>Writes the page for these units, labels from <paramref name="template"/>, text in <paramref name="lang"/> ("zh" or "en").</summary>
    public static void Write(TextWriter w, IReadOnlyList<ReviewUnit> units, string lang, ReportTemplate template)
    {
        string T(string zh, string en) => lang == "en" ? en : zh;
        var title = ReviewReportText.Title(lang);
        w.Write($"<!DOCTYPE html>\n<html lang=\"{(lang == "en" ? "en" : "zh-CN")}\">\n<head>\n<meta charset=\"utf-8\">\n<title>{E(title)}</title>\n<style>\n{Style}\n</style>\n</head>\n<body>\n");
        w.Write($"<h1>{E(title)}</h1>\n<p>");
        w.Write(E(T($"共 {units.Count} 个文件，{units.Count(u => !u.Readable)} 个无法读取；错误 {units.Sum(u => u.Errors)}，警告 {units.Sum(u => u.Warnings)}，提示 {units.Sum(u => u.Infos)}。",
            $"{units.Count} files, {units.Count(u => !u.Readable)} unreadable; {units.Sum(u => u.Errors)} errors, {units.Sum(u => u.Warnings)} warnings, {units.Sum(u => u.Infos)} infos.")));
        w.Write("</p>\n<table class=\"summary\">\n<thead><tr>");
        foreach (var h in ReviewReportText.SummaryHeaders(lang)) w.Write($"<th>{E(h)}</th>");
        w.Write("</tr></thead>\n<tbody>\n");
        for (var i = 0; i < units.Count; i++)
        {
            var u = units[i];
            var r = u.Report;
            w.Write(u.Readable ? "<tr>" : "<tr class=\"unreadable\">");
            w.Write($"<td class=\"n\">{i + 1}</td><td><a href=\"#u{i + 1}\">{E(u.File)}</a></td><td>{E(r?.Agency)}</td><td>{r?.Year}</td><td>{E(r?.Format?.Value)}</td>");
            w.Write($"<td class=\"n\">{u.Errors}</td><td class=\"n\">{u.Warnings}</td><td class=\"n\">{u.Infos}</td>");
            w.Write($"<td>{E(ReviewReportText.YesNo(u.Readable, lang))}</td><td>{E(ReviewReportText.Note(u, lang))}</td></tr>\n");
        }
        w.Write("</tbody>\n</table>\n");
        for (var i = 0; i < units.Count; i++) WriteUnit(w, units[i], i + 1, lang, template);
        w.Write("</body>\n</html>\n");
    }

    static void WriteUnit(TextWriter w, ReviewUnit u, int number, string lang, ReportTemplate template)
    {
        string T(string zh, string en) => lang == "en" ? en : zh;
        var r = u.Report;
        w.Write($"<section id=\"u{number}\">\n<h2>{number}. {E(u.File)}</h2>\n<p>");
        w.Write(E(T($"机关：{r?.Agency ?? "—"}；年度：{r?.Year?.ToString() ?? "—"}；格式：{r?.Format?.Value ?? "—"}；错误 {u.Errors}，警告 {u.Warnings}，提示 {u.Infos}",
            $"agency: {r?.Agency ?? "—"}; year: {r?.Year?.ToString() ?? "—"}; format: {r?.Format?.Value ?? "—"}; {u.Errors} errors, {u.Warnings} warnings, {u.Infos} infos")));
        w.Write("</p>\n");
        if (u.Findings.Count == 0)
        {
            w.Write($"<p>{E(T("没有发现问题。", "No findings."))}</p>\n</section>\n");
            return;
        }
        w.Write("<table>\n<thead><tr>");
        foreach (var h in ReviewReportText.FindingHeaders(lang)) w.Write($"<th>{E(h)}</th>");
        w.Write("</tr></thead>\n<tbody>\n");
        var n = 0;
        foreach (var f in u.Findings)
        {
            var severity = f.Severity.ToString().ToLowerInvariant();
            w.Write($"<tr><td class=\"n\">{++n}</td><td>{E(f.Code)}</td><td class=\"{severity}\">{E(ReviewReportText.Severity(f.Severity, lang))}</td>");
            w.Write($"<td>{E(f.Message(lang))}</td><td>{E(ReviewReportText.Location(f.Location, r, lang, template))}</td>");
            w.Write($"<td class=\"cells\">{E(ReviewReportText.Cells(f.Location, r, lang, template))}</td></tr>\n");
        }
        w.Write("</tbody>\n</table>\n</section>\n");
    }

    static string E(string? s) => s is null ? "" : WebUtility.HtmlEncode(s);
}
