using System.Globalization;
using System.Text;
using System.Text.Json;
using CsvHelper;

namespace Nianbao.Analysis;

/// <summary>A <see cref="StatsResult"/> as a text table, JSON or CSV (zh or en); HTML is <see cref="StatsHtml"/>.</summary>
public static class StatsOutput
{
    internal static string T(string lang, string zh, string en) => lang == "en" ? en : zh;

    /// <summary>A group's display name: its label, else its key (levels and types named in the language), else 未知/unknown.</summary>
    /// <param name="by">The grouping.</param>
    /// <param name="g">The group.</param>
    /// <param name="lang">zh or en.</param>
    /// <returns>The name to show.</returns>
    public static string GroupName(StatsDimension by, StatsGroup g, string lang) => g.Label ?? (g.Key, by) switch
    {
        (null, _) => T(lang, "未知", "unknown"),
        ("national", _) => T(lang, "国家级", "national"),
        ("provincial", _) => T(lang, "省级", "provincial"),
        ("city", _) => T(lang, "市级", "city"),
        ("county", _) => T(lang, "县级", "county"),
        ("township", StatsDimension.Level) => T(lang, "乡级", "township"),
        ("township", _) => T(lang, "乡镇、街道", "township"),
        ("government", _) => T(lang, "人民政府", "government"),
        ("department", _) => T(lang, "部门", "department"),
        (var k, _) => k,
    };

    /// <summary>The rate as shown (68.8%, 3.1 per 100), or why there is none.</summary>
    /// <param name="v">The metric's value.</param>
    /// <param name="minimum">The minimum denominator.</param>
    /// <param name="lang">zh or en.</param>
    /// <returns>The rate, or the reason it is not given.</returns>
    public static string Rate(MetricValue v, long minimum, string lang) => v.Status switch
    {
        MetricStatus.Rate => v.Rate!.Value.ToString("0.0", CultureInfo.InvariantCulture)
            + (MetricCatalog.Find(v.Key)!.Unit == MetricUnit.Percent ? "%" : T(lang, " 件/百件", " per 100")),
        MetricStatus.BelowMinimum => T(lang, $"—（分母不足 {minimum}，不计算）", $"— (denominator below {minimum}: not given)"),
        _ => T(lang, "—（无可计入的报告）", "— (no report can be counted)"),
    };

    static string By(StatsDimension by, string lang) => by switch
    {
        StatsDimension.Year => T(lang, "年度", "year"),
        StatsDimension.Level => T(lang, "层级", "level"),
        StatsDimension.Type => T(lang, "机关类型", "agency type"),
        StatsDimension.Region => T(lang, "省份", "province"),
        _ => T(lang, "全部", "all"),
    };

    /// <summary>Plain text for a console: per group, one line per metric with numerator, denominator, rate and the reports counted.</summary>
    /// <param name="s">The statistics.</param>
    /// <param name="lang">zh or en.</param>
    /// <returns>The text.</returns>
    public static string Text(StatsResult s, string lang)
    {
        var t = new StringBuilder();
        var scope = s.By == StatsDimension.None ? T(lang, "全部报告合计", "All reports together") : T(lang, $"按{By(s.By, lang)}统计", $"By {By(s.By, lang)}");
        t.AppendLine(T(lang, $"{scope}；比率均由分子、分母分别加总后计算，不平均各报告的比率；分母不足 {s.MinimumDenominator} 时不计算比率；含空白或无法读取单元格的报告不计入该指标。",
            $"{scope}; every rate divides summed numerators by summed denominators (rates are never averaged); no rate on a denominator below {s.MinimumDenominator}; a report with a blank or unreadable cell a metric needs is left out of that metric."));
        foreach (var g in s.Groups.Append(s.Overall))
        {
            var name = ReferenceEquals(g, s.Overall) ? T(lang, "合计", "all reports") : GroupName(s.By, g, lang);
            t.AppendLine().AppendLine(T(lang, $"【{name}】报告 {g.Reports} 份", $"[{name}] {g.Reports} reports"));
            List<string[]> rows = [[T(lang, "指标", "metric"), T(lang, "分子", "numerator"), T(lang, "分母", "denominator"), T(lang, "比率", "rate"), T(lang, "计入/未计入", "counted/left out")]];
            foreach (var v in g.Metrics)
                rows.Add([MetricCatalog.Find(v.Key)!.Name(lang), v.Numerator.ToString(CultureInfo.InvariantCulture), v.Denominator.ToString(CultureInfo.InvariantCulture),
                    Rate(v, s.MinimumDenominator, lang), $"{v.Counted}/{v.Excluded}"]);
            var widths = Enumerable.Range(0, 5).Select(c => rows.Max(r => Width(r[c]))).ToArray();
            foreach (var r in rows)
                t.AppendLine("  " + string.Join("  ", r.Select((cell, c) => c is 1 or 2 ? new string(' ', widths[c] - Width(cell)) + cell : cell + new string(' ', widths[c] - Width(cell)))).TrimEnd());
        }
        return t.ToString();
    }

    /// <summary>Display width: CJK and full-width characters take two columns.</summary>
    static int Width(string s) => s.Sum(c => c >= 0x1100 && (c <= 0x115F || (c >= 0x2E80 && c <= 0xA4CF) || (c >= 0xAC00 && c <= 0xD7A3) || (c >= 0xF900 && c <= 0xFAFF) || (c >= 0xFE30 && c <= 0xFE4F) || (c >= 0xFF00 && c <= 0xFF60) || (c >= 0xFFE0 && c <= 0xFFE6)) ? 2 : 1);

    /// <summary>The statistics as JSON: the grouping, the minimum, each metric's definition (with its cells) and each group's values.</summary>
    /// <param name="s">The statistics.</param>
    /// <param name="lang">zh or en (names of groups and metrics).</param>
    /// <returns>Indented JSON.</returns>
    public static string Json(StatsResult s, string lang)
    {
        using var ms = new MemoryStream();
        using (var w = new Utf8JsonWriter(ms, new JsonWriterOptions { Indented = true, Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping }))
        {
            w.WriteStartObject();
            w.WriteString("by", s.By.ToString().ToLowerInvariant());
            w.WriteNumber("minimum_denominator", s.MinimumDenominator);
            w.WriteStartArray("metrics");
            foreach (var m in MetricCatalog.All)
            {
                w.WriteStartObject();
                w.WriteString("key", m.Key);
                w.WriteString("name", m.Name(lang));
                w.WriteString("unit", m.Unit == MetricUnit.Percent ? "percent" : "per_100");
                if (m.Family is { } f) w.WriteString("family", f);
                w.WriteString("formula", m.Formula());
                w.WriteStartArray("numerator"); foreach (var c in m.Numerator) w.WriteStringValue(c.ToString()); w.WriteEndArray();
                w.WriteStartArray("denominator"); foreach (var c in m.Denominator) w.WriteStringValue(c.ToString()); w.WriteEndArray();
                w.WriteEndObject();
            }
            w.WriteEndArray();
            w.WriteStartArray("groups");
            foreach (var g in s.Groups) Group(g);
            w.WriteEndArray();
            w.WritePropertyName("overall");
            Group(s.Overall);
            w.WriteEndObject();

            void Group(StatsGroup g)
            {
                w.WriteStartObject();
                if (g.Key is { } k) w.WriteString("key", k); else w.WriteNull("key");
                w.WriteString("name", ReferenceEquals(g, s.Overall) ? T(lang, "合计", "all reports") : GroupName(s.By, g, lang));
                w.WriteNumber("reports", g.Reports);
                w.WriteStartObject("values");
                foreach (var v in g.Metrics)
                {
                    w.WriteStartObject(v.Key);
                    w.WriteNumber("numerator", v.Numerator);
                    w.WriteNumber("denominator", v.Denominator);
                    if (v.Rate is decimal r) w.WriteNumber("rate", Math.Round(r, 4)); else w.WriteNull("rate");
                    w.WriteString("status", Status(v.Status));
                    w.WriteNumber("counted", v.Counted);
                    w.WriteNumber("left_out", v.Excluded);
                    w.WriteEndObject();
                }
                w.WriteEndObject();
                w.WriteEndObject();
            }
        }
        return Encoding.UTF8.GetString(ms.ToArray());
    }

    static string Status(MetricStatus s) => s switch { MetricStatus.Rate => "rate", MetricStatus.BelowMinimum => "below_minimum", _ => "no_data" };

    /// <summary>The statistics as CSV, one row per group and metric (the overall rows last, group empty).</summary>
    /// <param name="s">The statistics.</param>
    /// <param name="lang">zh or en (names).</param>
    /// <returns>CSV text with a header row.</returns>
    public static string Csv(StatsResult s, string lang)
    {
        using var text = new StringWriter(CultureInfo.InvariantCulture);
        using (var csv = new CsvWriter(text, new CsvHelper.Configuration.CsvConfiguration(CultureInfo.InvariantCulture) { NewLine = "\n" }))
        {
            foreach (var h in new[] { "by", "group", "group_name", "reports", "metric", "metric_name", "numerator", "denominator", "rate", "unit", "status", "counted", "left_out", "minimum_denominator" })
                csv.WriteField(h);
            csv.NextRecord();
            foreach (var g in s.Groups.Append(s.Overall))
                foreach (var v in g.Metrics)
                {
                    var m = MetricCatalog.Find(v.Key)!;
                    var overall = ReferenceEquals(g, s.Overall);
                    foreach (var f in new object?[] { s.By.ToString().ToLowerInvariant(), overall ? "" : g.Key ?? "", overall ? T(lang, "合计", "all reports") : GroupName(s.By, g, lang), g.Reports,
                                 v.Key, m.Name(lang), v.Numerator, v.Denominator, v.Rate is decimal r ? Math.Round(r, 4) : null,
                                 m.Unit == MetricUnit.Percent ? "percent" : "per_100", Status(v.Status), v.Counted, v.Excluded, s.MinimumDenominator })
                        csv.WriteField(f);
                    csv.NextRecord();
                }
        }
        return text.ToString();
    }
}
