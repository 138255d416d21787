using System.Globalization;
using System.Net;
using System.Text;
using System.Text.Json;
using Nianbao.Model;
using Nianbao.Template;

namespace Nianbao.Analysis;

/// <summary>A <see cref="ReportComparison"/> as text, JSON or one standalone HTML page (zh or en).</summary>
public static class ComparisonOutput
{
    static string T(string lang, string zh, string en) => lang == "en" ? en : zh;

    static string Name(Report r) => $"{r.Agency} {r.Year} ({r.Source})";

    static string Show(CellValue v, string lang) => v.HasValue ? v.Integer?.ToString(CultureInfo.InvariantCulture) ?? v.Text! : T(lang, "空", "blank");

    /// <summary>The short summary: counts of changes, cross-year findings and the sections mostly copied.</summary>
    public static string Summary(ReportComparison c, ReportTemplate template, string lang)
    {
        var copied = c.Sections.Where(s => s.Characters > 0 && s.CopiedCharacters * 2 >= s.Characters).Select(s => template.SectionLabelOf(s.Section, lang)).ToList();
        return T(lang,
            $"{c.Changes.Count} 个数值有变化；跨年核查 {c.CrossYear.Count} 条问题；" + (copied.Count > 0 ? $"过半文字与上年相同的部分：{string.Join("、", copied)}" : "没有过半文字与上年相同的部分")
                + (c.SameAgency ? "" : "；注意：两份报告的机关名称不同"),
            $"{c.Changes.Count} values changed; {c.CrossYear.Count} cross-year findings; " + (copied.Count > 0 ? $"sections mostly copied from the earlier year: {string.Join(", ", copied)}" : "no section mostly copied")
                + (c.SameAgency ? "" : "; note: the two reports name different agencies"));
    }

    static string Similarity(double? s) => s is double d ? (d * 100).ToString("0", CultureInfo.InvariantCulture) + "%" : "—";

    /// <summary>Plain text for a console: the summary, each changed value, the cross-year findings, each section with copied sentences in 【】.</summary>
    public static string Text(ReportComparison c, ReportTemplate template, string lang)
    {
        var t = new StringBuilder();
        t.AppendLine(T(lang, "比较：", "Comparing: ") + Name(c.Earlier) + " → " + Name(c.Later));
        t.AppendLine(Summary(c, template, lang)).AppendLine();
        t.AppendLine(T(lang, "变化的数值：", "Changed values:"));
        foreach (var ch in c.Changes)
            t.AppendLine($"  {template.LabelOf(ch.Cell.Table, layout: c.Later.Format)} / {template.LabelOf(ch.Cell.Table, ch.Cell.Row, layout: c.Later.Format)} / {template.LabelOf(ch.Cell, layout: c.Later.Format)}: "
                + $"{Show(ch.Before, lang)} → {Show(ch.After, lang)}" + (ch.Change is decimal d ? $" ({d:+0.##;-0.##;0})" : "") + $"  [{ch.Cell}]");
        t.AppendLine().AppendLine(T(lang, "跨年核查（结转、现行有效件数、正文雷同）：", "Cross-year rules (carry-over, documents in force, copied text):"));
        if (c.CrossYear.Count == 0) t.AppendLine(T(lang, "  无问题", "  none"));
        foreach (var f in c.CrossYear) t.AppendLine($"  [{f.Code}] {f.Message(lang)}");
        t.AppendLine().AppendLine(T(lang, "各部分文字相似度（【】内为与上年相同的句子）：", "Narrative similarity per section (copied sentences in 【】):"));
        foreach (var s in c.Sections)
        {
            t.AppendLine($"  {template.SectionLabelOf(s.Section, lang)}: {Similarity(s.Similarity)}, " + T(lang, $"相同句子 {s.CopiedCharacters}/{s.Characters} 字", $"copied {s.CopiedCharacters}/{s.Characters} characters"));
            var marked = string.Concat(s.Passages.Select(p => p.Copied ? "【" + p.Text.Trim() + "】" : p.Text.Trim()));
            if (marked.Length > 0) t.AppendLine("    " + marked);
        }
        return t.ToString();
    }

    /// <summary>The comparison as JSON (earlier, later, summary, changes, cross_year, sections with passages).</summary>
    public static string Json(ReportComparison c, ReportTemplate template, string lang)
    {
        using var ms = new MemoryStream();
        using (var w = new Utf8JsonWriter(ms, new JsonWriterOptions { Indented = true, Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping }))
        {
            w.WriteStartObject();
            void Side(string name, Report r)
            {
                w.WriteStartObject(name);
                w.WriteString("source", r.Source);
                w.WriteString("agency", r.Agency);
                if (r.Year is int y) w.WriteNumber("year", y); else w.WriteNull("year");
                w.WriteString("format", r.Format?.Value);
                w.WriteEndObject();
            }
            Side("earlier", c.Earlier);
            Side("later", c.Later);
            w.WriteBoolean("same_agency", c.SameAgency);
            w.WriteString("summary", Summary(c, template, lang));
            w.WriteStartArray("changes");
            foreach (var ch in c.Changes)
            {
                w.WriteStartObject();
                w.WriteString("table", ch.Cell.Table);
                w.WriteString("row", ch.Cell.Row);
                w.WriteString("column", ch.Cell.Column);
                Value("before", ch.Before);
                Value("after", ch.After);
                if (ch.Change is decimal d) w.WriteNumber("change", d); else w.WriteNull("change");
                w.WriteEndObject();
            }
            w.WriteEndArray();
            w.WriteStartArray("cross_year");
            foreach (var f in c.CrossYear)
            {
                w.WriteStartObject();
                w.WriteString("code", f.Code);
                w.WriteString("severity", f.Severity.ToString().ToLowerInvariant());
                w.WriteString("message", f.Message(lang));
                if (f.Location.Table is { } tb) w.WriteString("table", tb);
                if (f.Location.Row is { } rw) w.WriteString("row", rw);
                if (f.Location.Column is { } cl) w.WriteString("column", cl);
                w.WriteEndObject();
            }
            w.WriteEndArray();
            w.WriteStartArray("sections");
            foreach (var s in c.Sections)
            {
                w.WriteStartObject();
                w.WriteString("section", s.Section);
                if (s.Similarity is double d) w.WriteNumber("similarity", Math.Round(d, 4)); else w.WriteNull("similarity");
                w.WriteNumber("copied_characters", s.CopiedCharacters);
                w.WriteNumber("characters", s.Characters);
                w.WriteStartArray("passages");
                foreach (var p in s.Passages) { w.WriteStartObject(); w.WriteString("text", p.Text); w.WriteBoolean("copied", p.Copied); w.WriteEndObject(); }
                w.WriteEndArray();
                w.WriteEndObject();
            }
            w.WriteEndArray();
            w.WriteEndObject();

            void Value(string name, CellValue v)
            {
                if (v.Integer is long i) w.WriteNumber(name, i);
                else if (v.Text is string s) w.WriteString(name, s);
                else w.WriteNull(name);
            }
        }
        return Encoding.UTF8.GetString(ms.ToArray());
    }

    /// <summary>One standalone HTML page: the summary, the unit's trend across years (charts: volumes, rates and the
    /// outcome mix, from the metrics of docs/metrics.md), the changed values as a table, the cross-year findings and the
    /// sections with copied sentences highlighted.</summary>
    /// <param name="c">The comparison.</param>
    /// <param name="template">The template.</param>
    /// <param name="lang">zh or en.</param>
    /// <param name="years">The unit's reports to chart, one per year (e.g. every year the corpus holds); null for the two compared.</param>
    /// <param name="assetBaseUrl">Where a web app serves the chart scripts (<see cref="Output.ChartAssets"/>), or null to inline them.</param>
    /// <returns>HTML text.</returns>
    public static string Html(ReportComparison c, ReportTemplate template, string lang, IReadOnlyList<Report>? years = null, string? assetBaseUrl = null)
    {
        static string E(string s) => WebUtility.HtmlEncode(s);
        var h = new StringBuilder();
        h.Append($"<!DOCTYPE html>\n<html lang=\"{(lang == "en" ? "en" : "zh-CN")}\">\n<head>\n<meta charset=\"utf-8\">\n<title>")
            .Append(E(T(lang, "年报比较", "Report comparison"))).Append("</title>\n<style>\n")
            .Append("body{font-family:\"SimSun\",\"宋体\",serif;max-width:60em;margin:2em auto;line-height:1.6}table{border-collapse:collapse;width:100%}")
            .Append("th,td{border:1px solid #888;padding:2px 6px;text-align:left}td.n{text-align:right}mark{background:#ffe08a}.up{color:#a40000}.down{color:#006400}\n")
            .Append("</style>\n</head>\n<body>\n");
        h.Append("<h1>").Append(E(Name(c.Earlier) + " → " + Name(c.Later))).Append("</h1>\n<p>").Append(E(Summary(c, template, lang))).Append("</p>\n");
        var trend = Statistics.Compute((years ?? [c.Earlier, c.Later]).Select(r => new StatsItem(r.Year?.ToString(CultureInfo.InvariantCulture), null, ReportCells.Of(r))),
            StatsDimension.Year, template);
        h.Append("<h2>").Append(E(T(lang, "历年趋势", "Trend across years"))).Append("</h2>\n")
            .Append(Output.HtmlCharts.Chart(StatsCharts.Volumes(trend, lang), 320))
            .Append(Output.HtmlCharts.Chart(StatsCharts.Rates(trend, lang), 320))
            .Append(Output.HtmlCharts.Chart(StatsCharts.OutcomeMix(trend, lang), 320));
        h.Append("<h2>").Append(E(T(lang, "变化的数值", "Changed values"))).Append("</h2>\n<table><tr><th>")
            .Append(E(T(lang, "表格", "Table"))).Append("</th><th>").Append(E(T(lang, "行", "Row"))).Append("</th><th>").Append(E(T(lang, "列", "Column")))
            .Append("</th><th>").Append(c.Earlier.Year).Append("</th><th>").Append(c.Later.Year).Append("</th><th>±</th></tr>\n");
        foreach (var ch in c.Changes)
            h.Append("<tr><td>").Append(E(template.LabelOf(ch.Cell.Table, lang: lang, layout: c.Later.Format))).Append("</td><td>")
                .Append(E(template.LabelOf(ch.Cell.Table, ch.Cell.Row, lang: lang, layout: c.Later.Format))).Append("</td><td>")
                .Append(E(template.LabelOf(ch.Cell, lang, c.Later.Format))).Append("</td><td class=\"n\">").Append(E(Show(ch.Before, lang)))
                .Append("</td><td class=\"n\">").Append(E(Show(ch.After, lang))).Append("</td><td class=\"n ")
                .Append(ch.Change > 0 ? "up" : ch.Change < 0 ? "down" : "").Append("\">")
                .Append(ch.Change is decimal d ? d.ToString("+0.##;-0.##;0", CultureInfo.InvariantCulture) : "").Append("</td></tr>\n");
        h.Append("</table>\n<h2>").Append(E(T(lang, "跨年核查", "Cross-year rules"))).Append("</h2>\n<ul>\n");
        foreach (var f in c.CrossYear) h.Append("<li><code>").Append(f.Code).Append("</code> ").Append(E(f.Message(lang))).Append("</li>\n");
        if (c.CrossYear.Count == 0) h.Append("<li>").Append(E(T(lang, "无问题", "none"))).Append("</li>\n");
        h.Append("</ul>\n<h2>").Append(E(T(lang, "各部分文字（标记为与上年相同的句子）", "Narrative (copied sentences marked)"))).Append("</h2>\n");
        foreach (var s in c.Sections)
        {
            h.Append("<h3>").Append(E(template.SectionLabelOf(s.Section, lang))).Append(" — ").Append(Similarity(s.Similarity)).Append("</h3>\n<p>");
            foreach (var p in s.Passages) h.Append(p.Copied ? "<mark>" + E(p.Text) + "</mark>" : E(p.Text));
            h.Append("</p>\n");
        }
        return h.Append(Output.HtmlCharts.Scripts(assetBaseUrl)).Append("</body>\n</html>\n").ToString();
    }
}
