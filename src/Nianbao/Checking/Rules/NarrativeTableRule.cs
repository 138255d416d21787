using Nianbao.Model;

namespace Nianbao.Checking.Rules;

/// <summary>
/// NT-APPS, NT-DONE, NT-CARRY, NT-OUTCOME, NT-ZERO, NT-REVIEW, NT-LITIG, NT-DOCS, NT-T2 (docs/format.md §5.5): every figure the
/// narrative states that maps to table cells (figures.json "check") is compared with them; any accepted alternative
/// (e.g. 一 + 二 or 七 + 四 for applications) equal to the figure passes. A stated 0 uses the zero code when the
/// figure has one (未收到申请 → NT-ZERO). Warnings: a narrative may cover a wider scope than the table.
/// </summary>
[RuleCodes("NB-NT-APPS", "NB-NT-DONE", "NB-NT-CARRY", "NB-NT-OUTCOME", "NB-NT-ZERO", "NB-NT-REVIEW", "NB-NT-LITIG", "NB-NT-DOCS", "NB-NT-T2", Family = "Narrative ↔ table (docs/format.md §5.5; figures in docs/narrative-figures.md)", Order = 7)]
internal sealed class NarrativeTableRule : IReportRule
{
    const int MaxText = 100;

    public IEnumerable<Finding> Check(CheckContext context)
    {
        var report = context.Report;
        var catalog = context.Template.Figures;
        foreach (var figure in report.NarrativeFigures)
        {
            if (catalog.Figure(figure.Key)?.Check is not { } check) continue;
            var sides = check.Alternatives.Select(a => NarrativeCells.Sum(report, check.Table, a)).ToList();
            if (sides.All(s => s.Sum is null) || sides.Any(s => s.Sum == figure.Value)) continue;
            var first = sides.First(s => s.Sum is not null);
            var code = figure.Value == 0 && check.ZeroCode is { } zero ? zero : check.Code;
            var (row, column) = (first.Refs[0].LocationRow, first.Refs[0].Column);
            yield return Finding.Create(code, new FindingLocation
            {
                Section = figure.Section, Table = check.Table, Row = row, Column = column, Source = figure.Source, Cells = first.Cells,
            },
                ("key", figure.Key), ("stated", figure.Value), ("unit", figure.Unit), ("table_value", first.Sum), ("label", check.Label),
                ("text", Clip(figure.Text)), ("accepted", sides.Where(s => s.Sum is not null).Select(s => s.Describe()).ToArray()));
        }
    }

    internal static string Clip(string text) => text.Length <= MaxText ? text : text[..MaxText] + "…";
}
