using Nianbao.Analysis;
using Nianbao.Corpus.Analysis;
using Nianbao.Web.Api;
using Nianbao.Web.Shell;

namespace Nianbao.Web.Pages;

/// <summary>统计 Statistics: the metrics of `nianbao stats` (the library's <see cref="CorpusStatistics"/>) over the
/// filtered corpus, grouped by year, level, type or province, as a table and an ECharts chart of one metric.</summary>
public sealed class StatsModel(CorpusAccess corpus) : PageBase
{
    /// <summary>The statistics, or null without a corpus.</summary>
    public StatsResult? Result { get; private set; }

    /// <summary>The grouping.</summary>
    public StatsDimension By { get; private set; } = StatsDimension.Year;

    /// <summary>The metric drawn.</summary>
    public MetricDefinition Metric { get; private set; } = MetricCatalog.All[0];

    /// <summary>Computes the statistics.</summary>
    /// <param name="by">year, level, type, region or none.</param>
    /// <param name="metric">The metric key to chart.</param>
    public void OnGet(string? by, string? metric)
    {
        By = Enum.TryParse<StatsDimension>(by, ignoreCase: true, out var b) ? b : StatsDimension.Year;
        Metric = MetricCatalog.Find(metric ?? "") ?? MetricCatalog.All[0];
        var (db, error) = corpus.TryOpen();
        if (db is null) { Problem = Problems.Of(503, error!.Finding, Lang); return; }
        Result = CorpusStatistics.Compute(db, CorpusApi.Filter(Request.Query), By);
    }

    /// <summary>The chart: the chosen metric's rate per group (a rate withheld is a gap).</summary>
    public Microsoft.AspNetCore.Html.IHtmlContent Chart
    {
        get
        {
            var groups = Result is not { } r ? [] : r.Groups.Count > 0 ? r.Groups : [r.Overall];
            return PageCharts.Chart("stats-chart", Metric.Name(Lang), groups.Select(g => StatsOutput.GroupName(By, g, Lang)),
                new PageCharts.Series(Metric.Name(Lang) + (Metric.Unit == MetricUnit.Percent ? " (%)" : T(" （件/百件）", " (per 100)")), "bar", groups.Select(g => g.Metric(Metric.Key).Rate), "#8b1a1a"));
        }
    }
}
