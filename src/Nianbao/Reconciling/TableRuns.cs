using System.Globalization;
using Nianbao.Extraction;
using Nianbao.Model;
using Nianbao.Template;

namespace Nianbao.Reconciling;

/// <summary>
/// Segments the digit runs of one table (issue 3 §5), in three steps, each recorded in the run's finding:
/// 1. digits alone: a run that splits only one way (`0000000`, `00000018`) is read so: no rule is assumed;
/// 2. the table's identities (Identities.For: T3-HSUM per row, T3-VSUM and T3-BAL across rows, T4-GRP) prune each
///    run, then the runs jointly; a run is inferred when exactly one of its segmentations takes part in a solution;
/// 3. narrative figures break the ties the identities leave (never overrule them).
/// Several solutions leave the cells null with the candidates listed. No solution means the table breaks its own
/// rules (linxia-city-2023): nothing is inferred from the rules then, and each run lists its splits, those
/// satisfying its own row's rules first. Only step 1 values are filled in such a table.
/// </summary>
sealed class TableRuns
{
    const int CandidateLimit = 5000;
    const long SegmentBudget = 250_000;
    const long JointBudget = 1_000_000;
    const int Listed = 10;

    readonly Report report;
    readonly TableDef table;
    readonly TableValues values;
    readonly TableCells cells;
    readonly List<PendingRun> runs = [];
    readonly ReportTemplate template;

    TableRuns(Report report, TableDef table, TableValues values, IReadOnlyList<DigitRun> digitRuns, IReadOnlySet<string> blankRows, ReportTemplate template)
    {
        this.report = report;
        this.template = template;
        this.table = table;
        this.values = values;
        cells = new TableCells(table, values.Layout, values, blankRows);
        runs.AddRange(digitRuns.Select(r => PendingRun.Of(r, cells)));
        foreach (var run in runs) cells.MarkRun(run.Cells);
    }

    public static void Resolve(Report report, TableDef table, TableValues values, IReadOnlyList<DigitRun> runs, IReadOnlySet<string> blankRows, ReportTemplate template)
    {
        var t = new TableRuns(report, table, values, runs, blankRows, template);
        if (t.runs.Count > 0) t.Resolve();
    }

    void Resolve()
    {
        var open = new List<(PendingRun Run, JointSearch.Run Search)>();
        var splits = runs.ToDictionary(r => r, r => Segmenter.CountSyntactic(r.Digits, r.Cells.Length));

        // 1. Digits alone.
        foreach (var run in runs)
        {
            if (splits[run] != 1) continue;
            var only = Segmenter.Run(run.Digits, run.Cells, cells.Values, [], 1, SegmentBudget).Found[0];
            Fill(run, only);
            for (var k = 0; k < only.Length; k++) cells.Values[run.Cells[k]] = only[k];
            Replace(run, "NB-RUN-DIGITS", ("values", Show(only)));
        }

        // 2. Identities: each run alone, then jointly.
        var rules = cells.Rules(table.Key, values.Layout, template);
        var capped = new List<PendingRun>();
        foreach (var run in runs.Where(r => splits[r] > 1))
        {
            var seg = Segmenter.Run(run.Digits, run.Cells, cells.Values, rules, CandidateLimit, SegmentBudget);
            if (seg.Capped) capped.Add(run);
            else open.Add((run, new JointSearch.Run(run.Cells, seg.Found)));
        }
        var cappedCells = capped.SelectMany(r => r.Cells).ToHashSet();
        rules = rules.Where(r => !r.Cells.Any(cappedCells.Contains)).ToList();
        JointSearch.Solve(open.Select(o => o.Search).ToList(), cells.Values, rules, JointBudget);

        // 3. Narrative figures, only where the identities left a choice.
        var narrative = NarrativeConstraints.For(report, table.Key, cells, template.Figures).Where(r => !r.Cells.Any(cappedCells.Contains)).ToList();
        var withNarrative = open.ToDictionary(o => o.Run, o => o.Search);
        if (narrative.Count > 0 && open.Any(o => o.Search.Supported.Count > 1))
        {
            withNarrative = open.ToDictionary(o => o.Run, o => new JointSearch.Run(o.Search.Cells, o.Search.Candidates));
            JointSearch.Solve(withNarrative.Values.ToList(), cells.Values, [.. rules, .. narrative], JointBudget);
        }

        var blanksUsed = new HashSet<int>();
        foreach (var run in capped)
            Replace(run, "NB-RUN-CAPPED", ("budget", SegmentBudget), ("count", splits[run]), ("candidates", Listing(run, [])));
        foreach (var (run, search) in open)
        {
            var narrated = withNarrative[run];
            var used = search;
            var usedRules = rules;
            if (search.Supported.Count > 1 && narrated.Supported.Count == 1 && !narrated.Unchecked)
                (used, usedRules) = (narrated, [.. rules, .. narrative]);
            var names = usedRules.Where(r => r.Cells.Any(run.Cells.Contains)).Select(r => r.Rule).Distinct().ToArray();
            if (used.Unchecked && used.Supported.Count <= 1)
                Replace(run, "NB-RUN-CAPPED", ("budget", JointBudget), ("count", splits[run]), ("candidates", Listing(run, used.Candidates)));
            else if (used.Supported.Count == 1)
            {
                var value = used.Candidates[used.Supported.Single()];
                Fill(run, value);
                foreach (var r in usedRules.Where(r => r.Cells.Any(run.Cells.Contains)))
                    blanksUsed.UnionWith(r.Cells.Where(c => cells.Blank[c]));
                Replace(run, "NB-RUN-INFERRED", ("values", Show(value)), ("rules", names), ("count", splits[run]));
            }
            else if (used.Supported.Count > 1)
            {
                var supported = used.Supported.Order().Select(i => used.Candidates[i]).ToList();
                Replace(run, names.Length == 0 ? "NB-RUN-OPEN" : "NB-RUN-AMBIGUOUS", ("rules", names), ("count", supported.Count),
                    ("candidates", supported.Take(Listed).Select(Show).ToArray()));
            }
            else
                Replace(run, "NB-RUN-NONE", ("rules", names), ("count", splits[run]), ("candidates", Listing(run, RowRuleCandidates(run))));
        }
        if (blanksUsed.Count > 0)
            report.Findings.Add(Finding.Create("NB-RUN-BLANK-ZERO", new FindingLocation
            {
                Section = table.Section, Table = table.Key,
                Cells = blanksUsed.Order().Select(c => new LocatedCell(new CellRef(table.Key, cells.Cells[c].Row.Key, cells.Cells[c].Column.Key), null)).ToList(),
            }, ("table_label", table.Label), ("count", blanksUsed.Count)));
    }

    /// <summary>Segmentations satisfying the rules that lie within the run's own row (e.g. T3-HSUM), ignoring the rest.</summary>
    List<long[]> RowRuleCandidates(PendingRun run)
    {
        var own = cells.Rules(table.Key, values.Layout, template)
            .Where(r => r.Cells.All(c => run.Cells.Contains(c) || cells.Values[c] is not null)).ToList();
        return Segmenter.Run(run.Digits, run.Cells, cells.Values, own, Listed, SegmentBudget).Found;
    }

    /// <summary>Up to ten splits to show: the given ones first, then any split of the digits.</summary>
    string[] Listing(PendingRun run, List<long[]> first)
    {
        var shown = first.Take(Listed).Select(Show).ToList();
        if (shown.Count < Listed)
            foreach (var s in Segmenter.Run(run.Digits, run.Cells, cells.Values, [], Listed * 2, SegmentBudget).Found.Select(Show))
                if (shown.Count < Listed && !shown.Contains(s)) shown.Add(s);
        return [.. shown];
    }

    void Fill(PendingRun run, long[] value)
    {
        var at = 0;
        for (var k = 0; k < value.Length; k++)
        {
            var text = value[k].ToString(CultureInfo.InvariantCulture);
            var (row, col) = cells.Cells[run.Cells[k]];
            values[row.Key, col.Key] = new CellValue(ValueState.Inferred, value[k], null, text, run.SourceOf(at, text.Length));
            at += text.Length;
        }
    }

    void Replace(PendingRun run, string code, params (string, object?)[] args)
    {
        var location = new FindingLocation
        {
            Section = table.Section, Table = table.Key, Row = run.Row, Source = run.Source,
            Cells = run.Cells.Select(c => new LocatedCell(new CellRef(table.Key, cells.Cells[c].Row.Key, cells.Cells[c].Column.Key), null)).ToList(),
        };
        report.Findings[run.FindingIndex] = Finding.Create(code, location, [("label", run.Label), ("digits", run.Digits), .. args]);
    }

    static string Show(long[] value) => "[" + string.Join(",", value) + "]";
}
