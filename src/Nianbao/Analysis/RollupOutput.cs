using System.Globalization;
using System.Text;
using System.Text.Json;
using CsvHelper;
using Nianbao.Output;
using Nianbao.Template;

namespace Nianbao.Analysis;

/// <summary>A <see cref="RollupResult"/> as text (the listing and findings; the tables are printed like parse's),
/// JSON or CSV.</summary>
public static class RollupOutput
{
    static string T(string lang, string zh, string en) => lang == "en" ? en : zh;

    /// <summary>Why a report was left out, in the language.</summary>
    /// <param name="reason">The reason.</param>
    /// <param name="lang">zh or en.</param>
    /// <returns>The reason as a phrase.</returns>
    public static string Reason(RollupReason reason, string lang) => reason switch
    {
        RollupReason.SummaryReport => T(lang, "汇总报告：已含下属单位，计入会重复计算（本级汇总）", "a summary (汇总) report: it already holds its members, adding it would count them twice"),
        RollupReason.OwnReport => T(lang, "本级报告：不属于汇总报告之间的汇总", "an own-level (本级) report, not a summary"),
        RollupReason.NoTables => T(lang, "没有统一格式的表格", "no uniform tables"),
        RollupReason.OtherFormat => T(lang, "格式版本与本次汇总不同", "another format version than the rollup's"),
        _ => T(lang, "同一机关同一年度的第二份报告", "a second report of the same agency and year"),
    };

    static string Scope(string? scope, string lang) => scope switch
    {
        Scopes.Own => T(lang, "本级", "own"),
        Scopes.Summary => T(lang, "汇总", "summary"),
        _ => T(lang, "范围未知", "scope unknown"),
    };

    static string Years(RollupResult r, string lang)
    {
        var years = r.Included.Select(e => e.Year?.ToString(CultureInfo.InvariantCulture) ?? "?").Distinct().Order(StringComparer.Ordinal).ToList();
        return years.Count == 1 ? T(lang, $"{years[0]} 年度", years[0]) : T(lang, $"注意：跨 {years.Count} 个年度 {string.Join("、", years)}", $"note: {years.Count} years {string.Join(", ", years)}");
    }

    /// <summary>The listing: which reports went in, which were left out and why, the cells without a sum and the checker's findings.</summary>
    /// <param name="r">The rollup.</param>
    /// <param name="lang">zh or en.</param>
    /// <returns>Text.</returns>
    public static string Text(RollupResult r, string lang)
    {
        var t = new StringBuilder();
        t.AppendLine(r.Sum is { } s
            ? T(lang, $"汇总 {r.Included.Count} 份报告（{Years(r, lang)}，{s.Format} 格式），未计入 {r.LeftOut.Count} 份", $"summed {r.Included.Count} reports ({Years(r, lang)}, format {s.Format}); {r.LeftOut.Count} left out")
            : T(lang, $"没有可汇总的报告；未计入 {r.LeftOut.Count} 份", $"no report to sum; {r.LeftOut.Count} left out"));
        t.AppendLine(T(lang, "计入：", "Went in:"));
        foreach (var e in r.Included) t.AppendLine($"  {e.Label}  {e.Agency} {e.Year}（{Scope(e.Scope, lang)}）");
        t.AppendLine(T(lang, "未计入：", "Left out:"));
        if (r.LeftOut.Count == 0) t.AppendLine(T(lang, "  无", "  none"));
        foreach (var e in r.LeftOut) t.AppendLine($"  {e.Label}  {e.Agency} {e.Year}（{Scope(e.Scope, lang)}）：{Reason(e.Reason!.Value, lang)}");
        if (r.BlankCells.Count > 0)
            t.AppendLine(T(lang, $"有报告留空、因而合计留空的单元格 {r.BlankCells.Count} 个：", $"{r.BlankCells.Count} cells left blank because a report gives no number: ")
                + string.Join(", ", r.BlankCells.GroupBy(c => (c.Table, c.Row)).Select(g => g.Count() == 1 ? g.First().ToString() : $"{g.Key.Table}.{g.Key.Row}.*（{g.Count()}）")));
        if (r.Sum is not null)
        {
            t.AppendLine(T(lang, $"核查合计表格：{r.Findings.Count} 条问题", $"checking the summed tables: {r.Findings.Count} findings"));
            foreach (var f in r.Findings) t.AppendLine($"  [{f.Code}] {f.Message(lang)}");
        }
        return t.ToString();
    }

    /// <summary>The rollup as JSON: included, left_out (with reason), blank_cells, findings and report (the codebook shape of parse --format json).</summary>
    /// <param name="r">The rollup.</param>
    /// <param name="lang">zh or en.</param>
    /// <returns>Indented JSON.</returns>
    public static string Json(RollupResult r, string lang)
    {
        using var ms = new MemoryStream();
        using (var w = new Utf8JsonWriter(ms, new JsonWriterOptions { Indented = true, Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping }))
        {
            w.WriteStartObject();
            void Entries(string name, IEnumerable<RollupEntry> entries)
            {
                w.WriteStartArray(name);
                foreach (var e in entries)
                {
                    w.WriteStartObject();
                    w.WriteString("label", e.Label);
                    w.WriteString("agency", e.Agency);
                    if (e.Year is int y) w.WriteNumber("year", y); else w.WriteNull("year");
                    w.WriteString("scope", e.Scope);
                    if (e.Reason is { } reason) { w.WriteString("reason", reason.ToString()); w.WriteString("reason_text", Reason(reason, lang)); }
                    w.WriteEndObject();
                }
                w.WriteEndArray();
            }
            Entries("included", r.Included);
            Entries("left_out", r.LeftOut);
            w.WriteStartArray("blank_cells");
            foreach (var c in r.BlankCells) w.WriteStringValue(c.ToString());
            w.WriteEndArray();
            w.WriteStartArray("findings");
            foreach (var f in r.Findings) JsonReportWriter.WriteFinding(w, f, lang);
            w.WriteEndArray();
            w.WritePropertyName("report");
            if (r.Sum is { } s) JsonReportWriter.WriteReport(w, s, new JsonReportWriter.Options(lang)); else w.WriteNullValue();
            w.WriteEndObject();
        }
        return Encoding.UTF8.GetString(ms.ToArray());
    }

    /// <summary>The rollup as CSV, one row per listed report (included, left_out), summed value (value) and finding (finding).</summary>
    /// <param name="r">The rollup.</param>
    /// <param name="lang">zh or en.</param>
    /// <returns>CSV text with a header row.</returns>
    public static string Csv(RollupResult r, string lang)
    {
        using var text = new StringWriter(CultureInfo.InvariantCulture);
        using (var csv = new CsvWriter(text, new CsvHelper.Configuration.CsvConfiguration(CultureInfo.InvariantCulture) { NewLine = "\n" }))
        {
            void Row(params object?[] fields) { foreach (var f in fields) csv.WriteField(f); csv.NextRecord(); }
            Row("kind", "label", "agency", "year", "scope", "reason", "table", "row", "column", "value", "code", "message");
            foreach (var e in r.Included) Row("included", e.Label, e.Agency, e.Year, e.Scope, null, null, null, null, null, null, null);
            foreach (var e in r.LeftOut) Row("left_out", e.Label, e.Agency, e.Year, e.Scope, Reason(e.Reason!.Value, lang), null, null, null, null, null, null);
            if (r.Sum is { } s)
                foreach (var (table, values) in s.Tables)
                    foreach (var (row, column, v) in values.All)
                        Row("value", null, null, s.Year, null, null, table, row, column, v.Integer?.ToString(CultureInfo.InvariantCulture) ?? v.Text, null, null);
            foreach (var f in r.Findings) Row("finding", null, null, null, null, null, f.Location.Table, f.Location.Row, f.Location.Column, null, f.Code, f.Message(lang));
        }
        return text.ToString();
    }
}
