using System.Globalization;
using System.Net;
using System.Text;

namespace Nianbao.Analysis;

/// <summary>A <see cref="StatsResult"/> as one standalone HTML page: a table per group with numerators, denominators
/// and rates, and the definitions (docs/metrics.md).</summary>
public static class StatsHtml
{
    static string E(string s) => WebUtility.HtmlEncode(s);

    /// <summary>The page, with its charts (ECharts, <see cref="Output.HtmlCharts"/>): rates by group, the outcome mix and the
    /// distribution of the reports' own disclosure rates.</summary>
    /// <param name="s">The statistics.</param>
    /// <param name="lang">zh or en.</param>
    /// <param name="assetBaseUrl">Where a web app serves the chart scripts (<see cref="Output.ChartAssets"/>), or null to inline them (a standalone file).</param>
    /// <returns>HTML text.</returns>
    public static string Page(StatsResult s, string lang, string? assetBaseUrl = null)
    {
        string T(string zh, string en) => StatsOutput.T(lang, zh, en);
        var h = new StringBuilder();
        h.Append($"<!DOCTYPE html>\n<html lang=\"{(lang == "en" ? "en" : "zh-CN")}\">\n<head>\n<meta charset=\"utf-8\">\n<title>")
            .Append(E(T("年报统计指标", "Annual report metrics"))).Append("</title>\n<style>\n")
            .Append("body{font-family:\"SimSun\",\"宋体\",serif;max-width:72em;margin:2em auto;padding:0 1em;line-height:1.5}table{border-collapse:collapse;margin:.5em 0 1.5em}")
            .Append("th,td{border:1px solid #888;padding:2px 6px;text-align:left}td.n{text-align:right}td.guard{color:#777}\n")
            .Append("</style>\n</head>\n<body>\n<h1>").Append(E(T("年报统计指标", "Annual report metrics"))).Append("</h1>\n<p>")
            .Append(E(StatsOutput.Text(s, lang).Split('\n')[0].Trim())).Append("</p>\n");
        h.Append("<table>\n<tr><th>").Append(E(T("分组", "group"))).Append("</th><th>").Append(E(T("报告", "reports"))).Append("</th>");
        foreach (var m in MetricCatalog.All) h.Append("<th>").Append(E(m.Name(lang))).Append("</th>");
        h.Append("</tr>\n");
        foreach (var g in s.Groups.Append(s.Overall))
        {
            h.Append("<tr><th>").Append(E(ReferenceEquals(g, s.Overall) ? T("合计", "all reports") : StatsOutput.GroupName(s.By, g, lang)))
                .Append("</th><td class=\"n\">").Append(g.Reports).Append("</td>");
            foreach (var v in g.Metrics)
                h.Append(v.Status == MetricStatus.Rate ? "<td class=\"n\"" : "<td class=\"n guard\"")
                    .Append(" title=\"").Append(E($"{v.Numerator} / {v.Denominator}; {T("计入", "counted")} {v.Counted}, {T("未计入", "left out")} {v.Excluded}")).Append("\">")
                    .Append(v.Status switch
                    {
                        MetricStatus.Rate => E(StatsOutput.Rate(v, s.MinimumDenominator, lang)),
                        MetricStatus.BelowMinimum => "—<sup>†</sup>",
                        _ => "—<sup>‡</sup>",
                    }).Append("<br><small>")
                    .Append(v.Numerator.ToString(CultureInfo.InvariantCulture)).Append(" / ").Append(v.Denominator.ToString(CultureInfo.InvariantCulture))
                    .Append("</small></td>");
            h.Append("</tr>\n");
        }
        h.Append("</table>\n<p><small>† ").Append(E(T($"分母不足 {s.MinimumDenominator}，不计算比率", $"denominator below {s.MinimumDenominator}: no rate given")))
            .Append("　‡ ").Append(E(T("无可计入的报告（所需单元格空白或无法读取）", "no report can be counted (a cell it needs is blank or unreadable)"))).Append("</small></p>\n");
        h.Append("<h2>").Append(E(T("图表", "Charts"))).Append("</h2>\n")
            .Append(Output.HtmlCharts.Chart(StatsCharts.Rates(s, lang)))
            .Append(Output.HtmlCharts.Chart(StatsCharts.OutcomeMix(s, lang)))
            .Append(Output.HtmlCharts.Chart(StatsCharts.Distribution(s, lang)));
        h.Append("<h2>").Append(E(T("定义", "Definitions"))).Append("</h2>\n<ul>\n");
        foreach (var m in MetricCatalog.All) h.Append("<li><b>").Append(E(m.Name(lang))).Append("</b>: <code>").Append(E(m.Formula())).Append("</code></li>\n");
        return h.Append("</ul>\n").Append(Output.HtmlCharts.Scripts(assetBaseUrl)).Append("</body>\n</html>\n").ToString();
    }
}
