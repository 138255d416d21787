using Nianbao.Checking.Repair;
using Nianbao.Model;
using Nianbao.Template;

namespace Nianbao.Checking.Rules;

/// <summary>
/// The table identities of docs/format.md §5.1–§5.2 (NB-T3-BAL, NB-T3-VSUM, NB-T3-HSUM, NB-T4-GRP), taken from the
/// template's identities, with the blank policy of §5.0: blank = 0 for the arithmetic; when the identities
/// touching blanks hold, one NB-BLANK-IMPLIED-ZERO warning per table lists them; a failing identity lists its
/// own blanks. Every error carries left, right, difference, every involved cell with its source, and a repair hint.
/// </summary>
[RuleCodes("NB-T3-BAL", "NB-T3-VSUM", "NB-T3-HSUM", "NB-T4-GRP", "NB-BLANK-IMPLIED-ZERO", Family = "Table identities (docs/format.md §5.1–§5.2, §5.0 blanks)", Order = 1)]
internal sealed class IdentityRules : IReportRule
{
    public IEnumerable<Finding> Check(CheckContext context)
    {
        var report = context.Report;
        var findings = new List<Finding>();
        foreach (var group in context.Identities.GroupBy(i => i.Table))
        {
            var checks = group.Select(i => IdentityCheck.Evaluate(i, report)).OfType<IdentityCheck>().ToList();
            var failing = checks.Where(c => !c.Holds).ToList();
            var hint = failing.Count > 0 ? RepairAdvisor.Advise(report, group.Key, checks, context.Template) : null;
            foreach (var f in failing) findings.Add(Error(report, f, hint!, context.Template));

            if (!checks.Any(c => c.Blanks.Count > 0)) continue;
            var inFailing = failing.SelectMany(f => f.Blanks).ToHashSet();
            var implied = checks.SelectMany(c => c.Blanks).Where(b => !inFailing.Contains(b)).Distinct().ToList();
            if (implied.Count > 0) findings.Add(ImpliedZero(report, group.Key, implied, context.Template));
        }
        return findings;
    }

    static Finding Error(Report report, IdentityCheck check, RepairAdvisor.Hint hint, ReportTemplate template)
    {
        var id = check.Identity;
        var perColumn = id.Def.PerColumn;
        var location = new FindingLocation
        {
            Section = template.SectionOf(id.Table), Table = id.Table,
            Row = perColumn ? null : id.Anchor, Column = perColumn ? id.Anchor : null,
            Cells = id.Cells.Distinct().Select(report.Locate).ToList(),
        };
        var blanks = check.Blanks.Select(template.CellLabel).ToArray();
        return Finding.Create(id.Code, location,
            ("label", template.AnchorLabel(id)), ("formula", id.Def.Formula),
            ("left", check.Left), ("right", check.Right), ("difference", check.Difference),
            ("blanks", blanks),
            ("blank_note", blanks.Length == 0 ? "" : $"；其中空白单元格按 0 计算：{string.Join("、", blanks)}"),
            ("blank_note_en", blanks.Length == 0 ? "" : $"; blank cells counted as 0: {string.Join(", ", blanks)}"),
            ("hint", hint.Zh), ("hint_en", hint.En), ("suggestion", hint.Suggestion));
    }

    static Finding ImpliedZero(Report report, string table, List<CellRef> blanks, ReportTemplate template) =>
        Finding.Create("NB-BLANK-IMPLIED-ZERO",
            new FindingLocation
            {
                Section = template.SectionOf(table), Table = table,
                Cells = blanks.Select(report.Locate).ToList(),
            },
            ("table_label", template.LabelOf(table)), ("count", blanks.Count),
            ("rows", blanks.Select(b => template.LabelOf(table, b.Row)).Distinct().ToArray()));
}
