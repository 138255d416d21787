using Nianbao.Model;
using Nianbao.Template;

namespace Nianbao.Checking.Rules;

/// <summary>
/// S-GOV-OVERALL (docs/format.md §5.6, §2.2; 条例 art. 50(4)): the report of a people's government — county or city
/// government, or a 乡/镇 government — must cover 工作考核、社会评议和责任追究结果情况 in section 一. 街道办事处 are not
/// governments and departments are not asked. A missing section 一 is NB-S-SECTION's.
/// </summary>
[RuleCodes("NB-S-GOV-OVERALL", Family = "Section 一 of a people's government (docs/format.md §2.2, §5.6)", Order = 10)]
internal sealed class NarrativeOverviewRule : IReportRule
{
    public IEnumerable<Finding> Check(CheckContext context)
    {
        var report = context.Report;
        if (!context.Template.HasTables(report.Format) || report.Profile is not { } profile) yield break;
        var government = profile.Type == "government"
            || profile.Type == "township" && report.Agency is { } name && !name.Contains("街道", StringComparison.Ordinal);
        if (!government || NarrativeText.Section(report, Keys.Sections.Overview) is not { } text) yield break;
        var words = context.Template.Figures.Checks.GovernmentOverview;
        if (!NarrativeText.ContainsAny(text, words))
            yield return Finding.Create("NB-S-GOV-OVERALL", new FindingLocation { Section = Keys.Sections.Overview, Source = report.Sections[Keys.Sections.Overview].Source },
                ("agency", report.Agency), ("words", words.ToArray()));
    }
}
