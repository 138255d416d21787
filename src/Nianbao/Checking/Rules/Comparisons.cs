using Nianbao.Model;
using Nianbao.Template;

namespace Nianbao.Checking.Rules;

/// <summary>
/// Evaluates the template's comparisons (template.json "rules": withinYear, crossYear; docs/format.md §5.3–§5.4) on a
/// report and, for terms marked previous:, the same agency's report of the year before. Blank cells count as 0
/// (§5.0); a term whose cell is absent or unreadable skips the check for that row or column.
/// </summary>
static class Comparisons
{
    const string SourceOf = "$source:";

    public static IEnumerable<Finding> Evaluate(ComparisonDef def, Report report, Report? previous, ReportTemplate template)
    {
        if (!report.Tables.TryGetValue(def.Table, out var now) || !def.AppliesTo(now.Layout)) yield break;
        TableValues? before = null;
        if (def.LeftTerms.Concat(def.RightTerms).Any(t => t.Previous)
            && (previous is null || !previous.Tables.TryGetValue(def.Table, out before) || !def.AppliesTo(before.Layout)))
            yield break;
        foreach (var anchor in Anchors(def, now, template))
        {
            long? Value(Term t) => IdentityCheck.ArithmeticValue((t.Previous ? before! : now)[Cell(def, t, anchor)]);
            long? Sum(IReadOnlyList<Term> terms)
            {
                long sum = 0;
                foreach (var t in terms) { if (Value(t) is long v) sum += t.Sign * v; else return null; }
                return sum;
            }
            if (Sum(def.LeftTerms) is not long left || Sum(def.RightTerms) is not long right) continue;
            if (def.IsEquality ? left == right : left >= right) continue;

            var cells = def.Cells.Select(k => Cell(def, Term.Parse(k), anchor)).ToList();
            var location = new FindingLocation
            {
                Section = template.SectionOf(def.Table), Table = def.Table, Row = cells[0].Row, Column = cells[0].Column,
                Source = now[cells[0]].Source, Cells = cells.Select(c => new LocatedCell(c, now[c].Source)).ToList(),
            };
            var args = def.Args.Select(a => (a.Key, Arg(a.Value))).ToArray();
            yield return Finding.Create(def.Code, location, args);

            object? Arg(string value)
            {
                if (value.StartsWith(SourceOf, StringComparison.Ordinal))
                {
                    var term = Term.Parse(value[SourceOf.Length..]);
                    return (term.Previous ? before! : now)[Cell(def, term, anchor)].Source;
                }
                return value switch
                {
                    "$label" => def.PerColumn ? template.LabelOf(def.Table, def.Cells[0], anchor) : template.LabelOf(def.Table, anchor),
                    "$left" => left,
                    "$right" => right,
                    "$difference" => left - right,
                    "$leftLabel" => Labels(def.LeftTerms, "zh"),
                    "$rightLabel" => Labels(def.RightTerms, "zh"),
                    "$leftLabel.en" => Labels(def.LeftTerms, "en"),
                    "$rightLabel.en" => Labels(def.RightTerms, "en"),
                    "$previous.source" => previous?.Source,
                    "$previous.year" => previous?.Year,
                    _ => Value(Term.Parse(value)),
                };
            }

            string Labels(IReadOnlyList<Term> terms, string lang) => string.Concat(terms.Select((t, i) =>
                (i == 0 ? t.Sign < 0 ? "−" : "" : t.Sign < 0 ? " − " : " + ")
                + (def.PerColumn ? template.LabelOf(def.Table, t.Key, anchor, lang, now.Layout) : template.LabelOf(def.Table, anchor, t.Key, lang, now.Layout))));
        }
    }

    static CellRef Cell(ComparisonDef def, Term term, string anchor) => term.Cell(def.Table, anchor, def.PerColumn);

    /// <summary>The rows (per-row comparisons: the listed ones, else every row read) or the columns of the table.</summary>
    static IEnumerable<string> Anchors(ComparisonDef def, TableValues now, ReportTemplate template)
    {
        if (!def.PerColumn) return def.Rows ?? now.RowKeys;
        var layout = template.Table(def.Table, now.Layout);
        return layout?.Columns?.Select(c => c.Key) ?? [];
    }
}
