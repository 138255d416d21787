using Nianbao.Model;
using Nianbao.Template;

namespace Nianbao.Checking.Rules;

/// <summary>
/// Structure and template version (docs/format.md §3.4, §5.6). The extraction stage already reports missing or
/// misordered sections, missing tables and rows, label drift and hybrids; those findings are reused as the
/// S-SECTIONS / S-TABLES / S-LABELS rules, not repeated. This rule adds the version verdict: a 2019 layout in a
/// report on 2021 or later is an error, a 2021 layout before 2021 a warning (the year is suspect), and a 2019
/// report without the uniform tables an info that replaces the missing-table errors.
/// </summary>
[RuleCodes("NB-S-VERSION", "NB-S-VERSION-YEAR", "NB-S-VERSION-FREEFORM", Family = "Structure and template version (docs/format.md §3.4, §5.6)", Order = 4)]
[ReusedRule("NB-S-SECTION", "each of the six headings 一…六 is present (§2.1 variants accepted)", "The six parts are required by art. 50 of the Regulation and the 2021 format (docs/format.md §2.1, §5.6).")]
[ReusedRule("NB-S-SECTION-ORDER", "the six headings appear in the order 一…六", "docs/format.md §2.1, §5.6.")]
[ReusedRule("NB-S-TABLE", "tables 二, 三 and 四 are present", "docs/format.md §5.6 S-TABLES.")]
[ReusedRule("NB-S-ROW", "every row of the table's layout is present (2021: 6 / 25 / 3 rows; 2019: 8 / 23 / 3)", "docs/format.md §5.6 S-TABLES: complete tables (10 / 175 / 15 numeric cells in 2021).")]
[ReusedRule("NB-P-T4-COUNT", "table 四's data row holds exactly 15 numbers", "docs/format.md §5.2 T4-COUNT.")]
[ReusedRule("NB-S-LABEL", "every row label matches the template's label (variants and typos reported)", "Label drift such as 规范性文件 in a 2021 table is a warning, not a version error (docs/format.md §3.4, §5.6 S-LABELS).")]
[ReusedRule("NB-S-HYBRID", "tables 二 and 三 follow the same format version", "Hybrids are recorded per table (docs/format.md §3.4; maiji-service-bureau-2022, 丰收乡 2022).")]
internal sealed class StructureRules : IReportRule
{
    public IEnumerable<Finding> Check(CheckContext context)
    {
        var report = context.Report;
        var template = context.Template;
        if (report.Year is not int year || !template.HasTables(report.Format)) yield break;
        // Only the tables whose rows differ between versions (二 and 三) tell the version.
        var found = template.TableKeys.Where(template.TellsVersion)
            .Where(t => report.Tables.TryGetValue(t, out var v) && v.All.Any(c => c.Value.State is not ValueState.Absent)).ToList();
        foreach (var table in found)
        {
            var layout = report.Tables[table].Layout;
            var expected = template.FormatForYear(year)?.Id;
            var location = new FindingLocation { Section = template.SectionOf(table), Table = table };
            if (layout == FormatId.F2019 && expected == FormatId.F2021)
                yield return Finding.Create("NB-S-VERSION", location, ("year", year), ("table_label", template.LabelOf(table)), ("layout", layout.Value));
            else if (layout == FormatId.F2021 && expected != FormatId.F2021)
                yield return Finding.Create("NB-S-VERSION-YEAR", location, ("year", year), ("table_label", template.LabelOf(table)), ("layout", layout.Value));
        }
        if (year == 2019 && found.Count == 0)
            yield return Finding.Create("NB-S-VERSION-FREEFORM", FindingLocation.Document, ("year", year));
    }
}
