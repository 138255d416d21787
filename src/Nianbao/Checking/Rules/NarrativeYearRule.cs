using Nianbao.Model;
using Nianbao.Template;

namespace Nianbao.Checking.Rules;

/// <summary>
/// NT-YEAR (docs/format.md §5.5, §2.1): the year of the title, of the statistics period and of the body of section 一
/// agree. S-PERIOD (§5.6): a statistics period is stated and is one calendar year (info). Pre-2019 free-form
/// reports state no period by convention and are not asked for one.
/// </summary>
[RuleCodes("NB-NT-YEAR", "NB-S-PERIOD", "NB-S-PERIOD-RANGE", Family = "Report year and statistics period (docs/format.md §2.1, §5.5, §5.6)", Order = 8)]
internal sealed class NarrativeYearRule : IReportRule
{
    public IEnumerable<Finding> Check(CheckContext context)
    {
        var report = context.Report;
        var period = report.NarrativeFigures.FirstOrDefault(f => f.Key is Keys.Figures.StatisticsPeriodYear or Keys.Figures.StatisticsPeriodOther);
        var body = report.NarrativeFigures.FirstOrDefault(f => f.Key == Keys.Figures.BodyYear);
        var title = TitleYear(report);

        var stated = new[] { title, (int?)period?.Value, (int?)body?.Value }.OfType<int>().Distinct().Count();
        if (stated > 1)
            yield return Finding.Create("NB-NT-YEAR", new FindingLocation { Section = period?.Section ?? body?.Section, Source = period?.Source ?? body?.Source },
                // The body year and the title travel under their own keys.
                ("title_year", Show(title)), ("period_year", Show((int?)period?.Value)), (Keys.Figures.BodyYear, Show((int?)body?.Value)),
                (Keys.Metadata.Title, report.Metadata.TryGetValue(Keys.Metadata.Title, out var t) ? t.Value : null));

        if (!context.Template.HasTables(report.Format)) yield break;
        if (period is null)
            yield return Finding.Create("NB-S-PERIOD", FindingLocation.Document);
        else if (period.Key == Keys.Figures.StatisticsPeriodOther)
            yield return Finding.Create("NB-S-PERIOD-RANGE", new FindingLocation { Section = period.Section, Source = period.Source },
                ("text", NarrativeTableRule.Clip(period.Text)));
    }

    static string Show(int? year) => year is int y ? y.ToString(System.Globalization.CultureInfo.InvariantCulture) : "—";

    /// <summary>The year in the title (…YYYY年政府信息公开工作年度报告), when a title was found.</summary>
    static int? TitleYear(Report report)
    {
        if (!report.Metadata.TryGetValue(Keys.Metadata.Title, out var title)) return null;
        foreach (var (y, _) in Extraction.Narrative.YearFigures.Years(Normalizing.TextNormalizer.ForMatching(title.Value))) return y;
        return null;
    }
}
