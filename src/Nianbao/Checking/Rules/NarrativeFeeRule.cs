using Nianbao.Model;
using Nianbao.Normalizing;
using Nianbao.Template;
using Table3 = Nianbao.Template.Keys.Applications;

namespace Nianbao.Checking.Rules;

/// <summary>
/// Section 六 and the 信息处理费 (docs/format.md §2.7, §6.3), for reports under 国办函〔2020〕109号 (2021 onward):
/// S-FEE6 warns when section 六 is empty or only says 无 and the report never mentions the fee; S-ITEMS6 notes which
/// customary items (工作要点, 人大建议/政协提案, 创新) section 六 lacks; NT-FEE warns when table 三 counts applications
/// dropped for an unpaid fee but the narrative never mentions a 收费通知. The fee is never compared with table 二 (八).
/// A missing section 六 is NB-S-SECTION's (extraction).
/// </summary>
[RuleCodes("NB-S-FEE6", "NB-S-ITEMS6", "NB-NT-FEE", Family = "Section 六 and the 信息处理费 (docs/format.md §2.7, §6.3)", Order = 9)]
internal sealed class NarrativeFeeRule : IReportRule
{
    public IEnumerable<Finding> Check(CheckContext context)
    {
        var report = context.Report;
        if (!(report.Year >= 2021 || report.Year is null && report.Format == FormatId.F2021)) yield break;
        var words = context.Template.Figures.Checks;
        var all = NarrativeText.All(report);

        if (report.Sections.TryGetValue(Keys.Sections.Other, out var six))
        {
            var location = new FindingLocation { Section = Keys.Sections.Other, Source = six.Source };
            var key = LabelKey.Of(six.Match);
            var empty = key.Length == 0 || words.EmptyOther.Any(e => LabelKey.OfPrinted(e) == key);
            var feeMentioned = NarrativeText.ContainsAny(all, words.FeeMention) || report.NarrativeFigures.Exists(f => f.Key == Keys.Figures.InfoFeeYuan);
            if (empty && !feeMentioned)
                yield return Finding.Create("NB-S-FEE6", location, ("printed", six.Text.Trim()));
            var text = six.Match;
            var missing = words.OtherItems.Where(item => !NarrativeText.ContainsAny(text, item)).Select(item => item[0]).ToArray();
            if (missing.Length > 0)
                yield return Finding.Create("NB-S-ITEMS6", location, ("missing", missing));
        }

        var unpaid = NarrativeCells.Sum(report, Keys.Tables.Applications, [new CellPattern(Table3.Rows.OtherUnpaidFee, false, Table3.Columns.Total)]);
        if (unpaid.Sum > 0 && !NarrativeText.ContainsAny(all, words.FeeNotice) && !report.NarrativeFigures.Exists(f => f.Key == Keys.Figures.FeeNotices))
            yield return Finding.Create("NB-NT-FEE", new FindingLocation
            {
                Table = Keys.Tables.Applications, Row = Table3.Rows.OtherUnpaidFee, Column = Table3.Columns.Total, Cells = unpaid.Cells, Source = unpaid.Cells[0].Source,
            }, ("table_value", unpaid.Sum));
    }
}
