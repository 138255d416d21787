using Nianbao.Model;
using Nianbao.Reconciling;
using Nianbao.Template;

namespace Nianbao.Checking.Repair;

/// <summary>
/// Explains a table's failing identities (issue 3 "repair hints"): first the split/merge hypothesis, then the
/// smallest set of changed cells that makes every identity hold (the constraint engine of the reconciling stage,
/// <see cref="ConstraintSystem"/>); a unique answer names the cells and values.
/// Otherwise the hint says which rules fail together and which cells they share.
/// </summary>
internal static class RepairAdvisor
{
    public sealed record Hint(RepairSuggestion Suggestion, string Zh, string En);

    public static Hint Advise(Report report, string table, IReadOnlyList<IdentityCheck> checks, ReportTemplate template)
    {
        var identities = checks.Select(c => c.Identity).ToList();
        var failing = checks.Where(c => !c.Holds).ToList();
        long? Current(CellRef k) => IdentityCheck.ArithmeticValue(report.Value(k));
        long? AsRead(CellRef k) => report.Value(k).Integer;
        SuggestedValue Suggest(CellRef k, long? current, long proposed) =>
            new(k, template.LabelOf(k.Table, k.Row), template.LabelOf(k), current, proposed, report.Value(k).Source);

        var system = ConstraintSystem.Of(identities);
        var focus = failing.SelectMany(f => f.Identity.Cells).ToHashSet();
        var split = Resegmentation.Find(Rows(report, table), AsRead, system, focus);
        if (split.Count == 1)
        {
            var s = split[0];
            var changes = new[] { Suggest(s.First, s.FirstNow, s.First2), Suggest(s.Second, s.SecondNow, s.Second2) };
            return Texts.Split(new RepairSuggestion(s.IsMerge ? "merge" : "split", changes, Codes(failing), []));
        }

        var solved = system.MinimalChanges(system.Values(Current));
        if (solved.IsUnique)
        {
            var changes = solved.Solutions[0].Select(a => Suggest(a.Cell, AsRead(a.Cell), a.Proposed)).ToList();
            return Texts.Change(new RepairSuggestion(changes.Count == 1 ? "cell" : "cells", changes, Codes(failing), []));
        }

        var shared = failing.SelectMany(f => f.Identity.Cells.Distinct())
            .GroupBy(c => c).Where(g => g.Count() > 1).Select(g => g.Key)
            .Select(report.Locate).ToList();
        return Texts.Conflict(new RepairSuggestion("conflict", [], Codes(failing), shared), failing, template);
    }

    static List<string> Codes(IEnumerable<IdentityCheck> failing) =>
        failing.Select(f => $"{f.Identity.Code}({f.Identity.Anchor})").ToList();

    /// <summary>The table's rows as cells in printed order (template order of the table's layout).</summary>
    static IEnumerable<IReadOnlyList<CellRef>> Rows(Report report, string table)
    {
        if (!report.Tables.TryGetValue(table, out var values)) yield break;
        foreach (var row in values.RowKeys)
            yield return values.Row(row).Select(c => new CellRef(table, row, c.Column)).ToList();
    }

    /// <summary>The zh / en hint sentences.</summary>
    static class Texts
    {
        static string Zh(long? v) => v is long x ? x.ToString() : "空";
        static string En(long? v) => v is long x ? x.ToString() : "blank";

        public static Hint Change(RepairSuggestion s) => new(s,
            "。提示：若将" + string.Join("，", s.Changes.Select(c => $"“{c.RowLabel}”行“{c.ColumnLabel}”列由 {Zh(c.Current)} 改为 {c.Proposed}"))
                + "，本表全部勾稽关系即成立（报告原值未改动）",
            ". Hint: changing " + string.Join(", and ", s.Changes.Select(c => $"row \"{c.RowLabel}\", column \"{c.ColumnLabel}\" from {En(c.Current)} to {c.Proposed}"))
                + " makes every identity of the table hold (the report's values are not changed)");

        public static Hint Split(RepairSuggestion s)
        {
            var (a, b) = (s.Changes[0], s.Changes[1]);
            var merge = s.Kind == "merge";
            return new(s,
                $"。提示：“{a.RowLabel}”行“{a.ColumnLabel}”“{b.ColumnLabel}”两列读作 {Zh(a.Current)} | {Zh(b.Current)}，疑为 {a.Proposed} | {b.Proposed}"
                    + (merge ? "（两个数并入了一格）" : "（一个数拆入了两格）") + "；按此读法本表全部勾稽关系成立（报告原值未改动）",
                $". Hint: row \"{a.RowLabel}\", columns \"{a.ColumnLabel}\" and \"{b.ColumnLabel}\" read {En(a.Current)} | {En(b.Current)}, probably {a.Proposed} | {b.Proposed}"
                    + (merge ? " (two numbers merged into one cell)" : " (one number split across two cells)") + "; read so, every identity of the table holds (the report's values are not changed)");
        }

        public static Hint Conflict(RepairSuggestion s, IReadOnlyList<IdentityCheck> failing, ReportTemplate template)
        {
            var rules = string.Join("、", failing.Select(f => $"{f.Identity.Code}（{template.AnchorLabel(f.Identity)}）"));
            var rulesEn = string.Join(", ", failing.Select(f => $"{f.Identity.Code} ({template.AnchorLabel(f.Identity)})"));
            var cells = string.Join("、", s.SharedCells.Select(c => template.CellLabel(c.Cell)));
            var cellsEn = string.Join(", ", s.SharedCells.Select(c => template.CellLabel(c.Cell)));
            return new(s,
                $"。提示：没有唯一的最少改动能使本表勾稽关系全部成立；不成立的规则：{rules}；"
                    + (failing.Count == 1 ? "该规则涉及的任一单元格都可能有误，无法确定是哪一个"
                        : s.SharedCells.Count > 0 ? $"它们共用的单元格：{cells}" : "它们没有共用的单元格，可能是多处独立的错误"),
                $". Hint: no unique smallest change makes every identity of the table hold; failing rules: {rulesEn}; "
                    + (failing.Count == 1 ? "any of its cells could be the wrong one"
                        : s.SharedCells.Count > 0 ? $"cells they share: {cellsEn}" : "they share no cell, so the errors may be independent"));
        }
    }
}
