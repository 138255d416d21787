using System.Text.Json.Nodes;

namespace Nianbao.Analysis;

/// <summary>The ECharts options of the stats page: rates by group, the outcome mix by group and the distribution of the
/// reports' own disclosure rates across the corpus (docs/metrics.md "Charts").</summary>
internal static class StatsCharts
{
    static readonly string[] Trend = ["disclosure_rate", "unavailable_rate", "carry_over_rate", "natural_person_share"];

    static JsonArray Array(IEnumerable<JsonNode?> items) => new([.. items]);

    /// <summary>The common frame of a chart: title, tooltip, legend, grid and the category axis (written as JSON, the
    /// ECharts option's own member names).</summary>
    static JsonObject Frame(string title, IEnumerable<string> categories, string? yName)
    {
        static string J(JsonNode? n) => n?.ToJsonString() ?? "null";
        return JsonNode.Parse($$$"""
            {"title":{"text":{{{J(title)}}},"left":"center","textStyle":{"fontSize":15}},"tooltip":{"trigger":"axis"},
             "legend":{"top":32},"grid":{"top":84,"left":60,"right":24,"bottom":40},
             "xAxis":{"type":"category","data":{{{J(Array(categories.Select(c => (JsonNode)c)))}}}},
             "yAxis":{"type":"value","name":{{{J(yName)}}},"minInterval":1}}
            """)!.AsObject();
    }

    static List<(string Name, StatsGroup Group)> Groups(StatsResult s, string lang) => s.Groups.Count > 0
        ? s.Groups.Select(g => (StatsOutput.GroupName(s.By, g, lang), g)).ToList()
        : [(StatsOutput.T(lang, "合计", "all reports"), s.Overall)];

    /// <summary>The main rates per group (a line across years, bars otherwise); a rate not given is a gap.</summary>
    public static JsonObject Rates(StatsResult s, string lang)
    {
        var groups = Groups(s, lang);
        var o = Frame(StatsOutput.T(lang, "各组比率（分子、分母加总后计算）", "Rates by group (from summed numerators and denominators)"), groups.Select(g => g.Name), "%");
        o["series"] = Array(Trend.Select(k => (JsonNode)new JsonObject
        {
            ["name"] = MetricCatalog.Find(k)!.Name(lang),
            ["type"] = s.By == StatsDimension.Year ? "line" : "bar",
            ["data"] = Array(groups.Select(g => g.Group.Metric(k).Rate is decimal r ? JsonValue.Create(Math.Round(r, 1)) : null)),
        }));
        return o;
    }

    /// <summary>The outcome mix per group: disclosed (予以公开 + 部分公开) and the four refusal groups, as stacked counts.</summary>
    public static JsonObject OutcomeMix(StatsResult s, string lang)
    {
        var groups = Groups(s, lang);
        var o = Frame(StatsOutput.T(lang, "办理结果构成（件）", "Outcome mix (applications)"), groups.Select(g => g.Name), StatsOutput.T(lang, "件", "count"));
        var parts = new[] { ("disclosure_rate", StatsOutput.T(lang, "予以公开、部分公开", "granted, partially granted")) }
            .Concat(MetricCatalog.All.Where(m => m.Family == MetricCatalog.RefusalMix).Select(m => (m.Key, m.Name(lang).Split('：', ':').Last().Trim())));
        o["series"] = Array(parts.Select(p => (JsonNode)new JsonObject
        {
            ["name"] = p.Item2,
            ["type"] = "bar",
            ["stack"] = "outcomes",
            ["data"] = Array(groups.Select(g => (JsonNode)JsonValue.Create(g.Group.Metric(p.Item1).Numerator))),
        }));
        return o;
    }

    /// <summary>Volumes per group: applications received, processed, and review and litigation cases.</summary>
    public static JsonObject Volumes(StatsResult s, string lang)
    {
        var groups = Groups(s, lang);
        var o = Frame(StatsOutput.T(lang, "申请与案件数量（件）", "Applications and cases"), groups.Select(g => g.Name), StatsOutput.T(lang, "件", "count"));
        var parts = new (string Name, Func<StatsGroup, long> Value)[]
        {
            (StatsOutput.T(lang, "本年新收申请", "applications received"), g => g.Metric("natural_person_share").Denominator),
            (StatsOutput.T(lang, "办理结果总计", "applications processed"), g => g.Metric("disclosure_rate").Denominator),
            (StatsOutput.T(lang, "行政复议和行政诉讼案件", "review and litigation cases"), g => g.Metric("cases_per_100_applications").Numerator),
        };
        o["series"] = Array(parts.Select(p => (JsonNode)new JsonObject
        {
            ["name"] = p.Name,
            ["type"] = s.By == StatsDimension.Year ? "line" : "bar",
            ["data"] = Array(groups.Select(g => (JsonNode)JsonValue.Create(p.Value(g.Group)))),
        }));
        return o;
    }

    /// <summary>How the reports' own disclosure rates spread across the corpus (reports whose own denominator reaches the minimum).</summary>
    public static JsonObject Distribution(StatsResult s, string lang)
    {
        var bins = s.Distribution.GetValueOrDefault("disclosure_rate") ?? new int[10];
        var o = Frame(StatsOutput.T(lang, $"各报告公开率的分布（办理总数不少于 {s.MinimumDenominator} 件的 {bins.Sum()} 份报告）",
            $"Distribution of the reports' own disclosure rates ({bins.Sum()} reports with at least {s.MinimumDenominator} processed)"),
            Enumerable.Range(0, 10).Select(i => i < 9 ? $"{i * 10}–{i * 10 + 10}%" : "90–100%"), StatsOutput.T(lang, "报告数", "reports"));
        o["series"] = Array([new JsonObject { ["name"] = StatsOutput.T(lang, "报告数", "reports"), ["type"] = "bar", ["data"] = Array(bins.Select(b => (JsonNode)JsonValue.Create(b))) }]);
        return o;
    }
}
