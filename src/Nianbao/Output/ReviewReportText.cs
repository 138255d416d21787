using System.Text;
using Nianbao.Model;
using Nianbao.Template;

namespace Nianbao.Output;

/// <summary>
/// The wording a reviewer reads, shared by the XLSX and HTML 问题清单 and the CLI: severity names, a finding's
/// location with the template's labels (docs/format.md §2–§3; printed labels in Chinese, English names with en) instead
/// of codebook keys, source positions, and the cells a finding involves with the values read there.
/// </summary>
public static class ReviewReportText
{
    /// <summary>The text in the reader's language: zh (default) or en.</summary>
    public static string T(string lang, string zh, string en) => lang == "en" ? en : zh;

    /// <summary>The severity's name for a reviewer: 错误/警告/提示, or error/warning/info with en.</summary>
    public static string Severity(Severity s, string lang) => s switch
    {
        Model.Severity.Error => T(lang, "错误", "error"),
        Model.Severity.Warning => T(lang, "警告", "warning"),
        _ => T(lang, "提示", "info"),
    };

    /// <summary>The review's title: 问题清单, or "Review findings" with en.</summary>
    public static string Title(string lang) => T(lang, "问题清单", "Review findings");

    /// <summary>"表 收到和处理政府信息公开申请情况 › 行“（一）予以公开” › 列“自然人” (第12行第5字)"; empty for the whole document.</summary>
    public static string Location(FindingLocation l, Report? report, string lang, ReportTemplate template)
    {
        var sb = new StringBuilder();
        void Part(string text) { if (sb.Length > 0) sb.Append(" › "); sb.Append(text); }
        if (l.Table is not null) Part(CellLabel(l.Table, l.Row, l.Column, report, lang, template));
        else if (l.Section is not null) Part(template.SectionLabelOf(l.Section, lang));
        if (l.Source is not null) Part(Position(l.Source, lang));
        return sb.ToString();
    }

    /// <summary>One involved cell per line: labels = value (raw) @ position.</summary>
    public static string Cells(FindingLocation l, Report? report, string lang, ReportTemplate template)
    {
        if (l.Cells is not { Count: > 0 }) return "";
        var sb = new StringBuilder();
        foreach (var c in l.Cells)
        {
            if (sb.Length > 0) sb.Append('\n');
            sb.Append(CellLabel(c.Table, c.Row, c.Column, report, lang, template));
            var v = report?.Value(c.Cell);
            if (v is not null) sb.Append(" = ").Append(Value(v, lang));
            var source = c.Source ?? v?.Source;
            if (source is not null) sb.Append(" @ ").Append(Position(source, lang));
        }
        return sb.ToString();
    }

    /// <summary>A value as read: the number, or what stood there instead (blank is never 0).</summary>
    public static string Value(CellValue v, string lang) =>
        v.Integer?.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? v.Text ?? v.State switch
        {
            ValueState.Blank => T(lang, "（空）", "(blank)"),
            ValueState.BlankMark => v.Raw ?? "",
            ValueState.Absent => T(lang, "（缺）", "(absent)"),
            ValueState.Unreadable => T(lang, "（无法识别：", "(unreadable: ") + v.Raw + T(lang, "）", ")"),
            _ => v.Raw ?? "",
        };

    /// <summary>Where in the source (see <see cref="Provenance"/>), in the reader's language.</summary>
    public static string Position(Provenance p, string lang)
    {
        if (lang == "en") return p.ToString();
        return p.Kind switch
        {
            "text" => $"第{p.Line}行第{p.Column + 1}字",
            "pdf" => $"第{p.Page}页第{p.Line}行",
            "ocr" => p.Line is null ? $"第{p.Page}页（OCR）" : $"第{p.Page}页第{p.Line}行（OCR）",
            _ when p.Table is not null => $"第{p.Table}个表格第{p.Row}行第{p.Cell}格",
            _ when p.Paragraph is not null => $"第{p.Paragraph}段",
            _ => p.Kind,
        };
    }

    /// <summary>Table, row and column by their labels in the layout the report used; keys when unknown.</summary>
    public static string CellLabel(string table, string? row, string? column, Report? report, string lang, ReportTemplate template)
    {
        var layout = report is not null && report.Tables.TryGetValue(table, out var values) ? values.Layout : report?.Format;
        var sb = new StringBuilder(T(lang, "表“", "table \"")).Append(template.LabelOf(table, lang: lang, layout: layout)).Append(T(lang, "”", "\""));
        if (row is not null) sb.Append(T(lang, " › 行“", " › row \"")).Append(template.LabelOf(table, row, lang: lang, layout: layout)).Append(T(lang, "”", "\""));
        if (column is not null)
            sb.Append(T(lang, " › 列“", " › column \"")).Append(template.LabelOf(table, row, column, lang, layout)).Append(T(lang, "”", "\""));
        return sb.ToString();
    }

    /// <summary>The summary columns (汇总), in order.</summary>
    public static IReadOnlyList<string> SummaryHeaders(string lang) => lang == "en"
        ? ["#", "file", "agency", "year", "format", "errors", "warnings", "infos", "readable", "note"]
        : ["序号", "文件", "机关", "年度", "格式", "错误", "警告", "提示", "可读取", "说明"];

    /// <summary>The columns of one unit's findings, in order.</summary>
    public static IReadOnlyList<string> FindingHeaders(string lang) => lang == "en"
        ? ["#", "code", "severity", "message", "location", "cells involved"]
        : ["序号", "代码", "级别", "说明", "位置", "涉及的单元格"];

    /// <summary>The summary's note: why an input could not be read.</summary>
    public static string Note(ReviewUnit u, string lang) =>
        u.Readable ? "" : string.Join("; ", u.Findings.Select(f => f.Message(lang)));

    /// <summary>是/否, or yes/no with en.</summary>
    public static string YesNo(bool v, string lang) => v ? T(lang, "是", "yes") : T(lang, "否", "no");
}
