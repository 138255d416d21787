using Nianbao.Extraction;
using Nianbao.Model;
using Nianbao.Template;

namespace Nianbao.Reconciling;

/// <summary>
/// Segments the digit runs of one table (issue 3 §5), in three steps, each recorded in the run's finding:
/// 1. digits alone: a run that splits only one way (`0000000`, `00000018`) is read so: no rule is assumed;
/// 2. the table's identities (Identities.For: T3-HSUM per row, T3-VSUM and T3-BAL across rows, T4-GRP) prune each
///    run, then the runs jointly; a run is inferred when exactly one of its segmentations takes part in a solution;
/// 3. the same agency's previous report (its cross-year rules, when given) and narrative figures break the ties the
///    identities leave (never overrule them).
/// Several solutions leave the cells null with the candidates listed. No solution means the table breaks its own
/// rules (linxia-city-2023): a run is then decided only when one split satisfies every rule touching its cells
/// (LocallyDecided); the others list their splits, those satisfying their own row's rules first.
/// </summary>
sealed class TableRuns
{
    const int CandidateLimit = 5000;
    const long SegmentBudget = 250_000;
    const long JointBudget = 1_000_000;
    const int Listed = 10;
    // The fallback for a table that breaks a rule (LocallyDecided) is kept small: few runs, few splits each.
    const int LocalRuns = 6;
    const int LocalCandidates = 300;
    const long LocalBudget = 100_000;

    readonly Report report;
    readonly TableDef table;
    readonly TableValues values;
    readonly TableCells cells;
    readonly List<PendingRun> runs = [];
    readonly ReportTemplate template;
    readonly Report? previous;
    readonly Report? next;

    TableRuns(Report report, TableDef table, TableValues values, IReadOnlyList<DigitRun> digitRuns, IReadOnlySet<string> blankRows, ReportTemplate template, Report? previous, Report? next)
    {
        this.report = report;
        this.previous = previous;
        this.next = next;
        this.template = template;
        this.table = table;
        this.values = values;
        cells = new TableCells(table, values.Layout, values, blankRows);
        runs.AddRange(digitRuns.Select(r => PendingRun.Of(r, cells)));
        foreach (var run in runs) cells.MarkRun(run.Cells);
    }

    public static void Resolve(Report report, TableDef table, TableValues values, IReadOnlyList<DigitRun> runs, IReadOnlySet<string> blankRows, ReportTemplate template, Report? previous, Report? next)
    {
        var t = new TableRuns(report, table, values, runs, blankRows, template, previous, next);
        if (t.runs.Count > 0) t.Resolve();
    }

    void Resolve()
    {
        var open = new List<(PendingRun Run, JointSearch.Run Search, List<string[]> Texts)>();
        var splits = runs.ToDictionary(r => r, r => Segmenter.CountValid(r.Digits, r.Cells, Kinds(r), cells.Values, CandidateLimit, SegmentBudget));

        // 0. A run spanning several rows too short for all their cells: some rows are blank, which leaves no trace.
        foreach (var run in runs.Where(r => r.Row is null && splits[r] == 0 && r.Digits.Length < r.Cells.Length))
            BlankRowsListing(run);

        // 1. Digits alone.
        foreach (var run in runs)
        {
            if (splits[run] != 1) continue;
            var seg = Segmenter.Run(run.Digits, run.Cells, Kinds(run), cells.Values, [], 1, SegmentBudget);
            var only = seg.Found[0];
            Fill(run, only, seg.Texts[0]);
            for (var k = 0; k < only.Length; k++) cells.Values[run.Cells[k]] = only[k];
            Replace(run, "NB-RUN-DIGITS", ("values", Show(seg.Texts[0])));
        }

        // 2. Identities: each run alone, then jointly.
        var rules = cells.Rules(table.Key, values.Layout, template);
        var capped = new List<PendingRun>();
        foreach (var run in runs.Where(r => splits[r] > 1))
        {
            var seg = Segmenter.Run(run.Digits, run.Cells, Kinds(run), cells.Values, rules, CandidateLimit, SegmentBudget);
            if (seg.Capped) capped.Add(run);
            else open.Add((run, new JointSearch.Run(run.Cells, seg.Found), seg.Texts));
        }
        var cappedCells = capped.SelectMany(r => r.Cells).ToHashSet();
        if (cappedCells.Count > 0) rules = rules.Where(r => !r.Cells.Any(cappedCells.Contains)).ToList();
        JointSearch.Solve(open.Select(o => o.Search).ToList(), cells.Values, rules, JointBudget);
        var local = LocallyDecided(open, rules);

        // 3. The other year's report and the narrative's figures, only where the identities left a choice: both
        //    together, else each alone (last year's report or a narrative can be wrong), a set leaving out no rule
        //    that touches the run's cells.
        var fromPrevious = CrossYearConstraints.For(previous, table, values.Layout, cells, template, thisYearIsPrevious: false);
        var fromNext = CrossYearConstraints.For(next, table, values.Layout, cells, template, thisYearIsPrevious: true);
        bool Uncapped(LinearConstraint r) => cappedCells.Count == 0 || !r.Cells.Any(cappedCells.Contains);
        var crossYear = fromPrevious.Concat(fromNext).Where(Uncapped).ToList();
        var narrative = NarrativeConstraints.For(report, table.Key, cells, template.Figures).Where(Uncapped).ToList();
        List<LinearConstraint> tieBreakers = [.. crossYear, .. narrative];
        var tieBroken = new List<(List<LinearConstraint> Extra, Dictionary<PendingRun, JointSearch.Run> Runs)>();
        if (open.Any(o => o.Search.Supported.Count > 1))
            foreach (var extra in new[] { tieBreakers, crossYear, narrative })
            {
                if (extra.Count == 0 || tieBroken.Any(t => t.Extra.SequenceEqual(extra))) continue;
                var with = open.ToDictionary(o => o.Run, o => new JointSearch.Run(o.Search.Cells, o.Search.Candidates));
                JointSearch.Solve(with.Values.ToList(), cells.Values, [.. rules, .. extra], JointBudget);
                tieBroken.Add((extra, with));
            }

        var blanksUsed = new HashSet<int>();
        foreach (var run in capped)
            Replace(run, "NB-RUN-CAPPED", ("budget", SegmentBudget), ("count", splits[run]), ("candidates", Listing(run, [])));
        foreach (var (run, search, texts) in open)
        {
            var used = search;
            var usedRules = rules;
            var usedTexts = texts;
            if (local.TryGetValue(run, out var alone)) (used, usedRules, usedTexts) = alone;
            if (search.Supported.Count > 1)
                foreach (var (extra, with) in tieBroken)
                    if (with[run] is { Supported.Count: 1, Unchecked: false } decided
                        && !tieBreakers.Except(extra).Any(r => r.Cells.Any(run.Cells.Contains)))
                    {
                        (used, usedRules) = (decided, [.. rules, .. extra]);
                        break;
                    }
            // Undecided, yet the other year or the narrative touches the run: the finding names those rules and lists only
            // the splits they leave (both of 1 | 40 | 129 and 14 | 0 | 129 when the narrative states 129 decisions).
            if (used.Supported.Count > 1)
                foreach (var (extra, with) in tieBroken)
                    if (with[run] is { Unchecked: false } narrowed && narrowed.Supported.Count > 1 && narrowed.Supported.Count <= used.Supported.Count
                        && extra.Any(r => r.Cells.Any(run.Cells.Contains)) && !tieBreakers.Except(extra).Any(r => r.Cells.Any(run.Cells.Contains)))
                    {
                        (used, usedRules) = (narrowed, [.. rules, .. extra]);
                        break;
                    }
            var touching = usedRules.Where(r => r.Cells.Any(run.Cells.Contains)).ToList();
            var names = touching.Select(r => r.Rule).Distinct().ToArray();
            // A split another year's report decided names that report (its provenance).
            var otherYears = new List<(string, object?)>();
            if (touching.Any(fromPrevious.Contains)) otherYears.AddRange([("previous_source", previous!.Source), ("previous_year", previous.Year)]);
            if (touching.Any(fromNext.Contains)) otherYears.AddRange([("next_source", next!.Source), ("next_year", next.Year)]);
            if (used.Unchecked && used.Supported.Count <= 1)
                Replace(run, "NB-RUN-CAPPED", ("budget", JointBudget), ("count", splits[run]), ("candidates", Listing(run, texts)));
            else if (used.Supported.Count == 1)
            {
                var value = used.Candidates[used.Supported.Single()];
                var text = usedTexts[used.Supported.Single()];
                Fill(run, value, text);
                foreach (var r in usedRules.Where(r => r.Cells.Any(run.Cells.Contains)))
                    blanksUsed.UnionWith(r.Cells.Where(c => cells.Blank[c]));
                Replace(run, "NB-RUN-INFERRED", [("values", Show(text)), ("rules", names), ("count", splits[run]), .. otherYears]);
            }
            else if (used.Supported.Count > 1)
            {
                var supported = used.Supported.Order().Select(i => texts[i]).ToList();
                Replace(run, names.Length == 0 ? "NB-RUN-OPEN" : "NB-RUN-AMBIGUOUS", [("rules", names), ("count", supported.Count),
                    ("candidates", supported.Take(Listed).Select(Show).ToArray()), .. otherYears]);
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

    /// <summary>
    /// A table that breaks a rule somewhere has no joint solution, yet a run away from the break can still be certain
    /// (linxia-city-2023: 一、本年新收 satisfies T3-HSUM and T3-BAL, while the 自然人 column breaks T3-VSUM on
    /// （七）总计). Such a run is decided when exactly one of its splits satisfies every rule that touches its cells, the
    /// other runs those rules reach taking any split that satisfies the same rules; rules that do not touch its cells
    /// are not used. A run a broken rule touches finds no split and stays null. Kept small (at most LocalRuns runs,
    /// LocalCandidates splits each, LocalBudget steps): past that the run stays null as before.
    /// </summary>
    Dictionary<PendingRun, (JointSearch.Run, List<LinearConstraint>, List<string[]>)> LocallyDecided(
        List<(PendingRun Run, JointSearch.Run Search, List<string[]> Texts)> open, List<LinearConstraint> rules)
    {
        var decided = new Dictionary<PendingRun, (JointSearch.Run, List<LinearConstraint>, List<string[]>)>();
        foreach (var (run, search, _) in open)
        {
            if (search.Supported.Count > 0 || search.Unchecked || search.Candidates.Count == 0) continue;
            var touching = rules.Where(r => r.Cells.Any(run.Cells.Contains)).ToList();
            if (touching.Count == 0) continue;
            var reached = touching.SelectMany(r => r.Cells).ToHashSet();
            var members = new List<JointSearch.Run>();
            JointSearch.Run? mine = null;
            List<string[]>? mineTexts = null;
            var others = open.Where(o => o.Run.Cells.Any(reached.Contains)).ToList();
            if (others.Count > LocalRuns) continue;
            foreach (var (other, _, _) in others)
            {
                var seg = Segmenter.Run(other.Digits, other.Cells, Kinds(other), cells.Values, touching, LocalCandidates, LocalBudget);
                if (seg.Capped) { members.Clear(); break; }
                var member = new JointSearch.Run(other.Cells, seg.Found);
                members.Add(member);
                if (other == run) (mine, mineTexts) = (member, seg.Texts);
            }
            if (mine is null || members.Count == 0) continue;
            JointSearch.Solve(members, cells.Values, touching, LocalBudget);
            if (mine.Supported.Count == 1 && !mine.Unchecked) decided[run] = (mine, touching, mineTexts!);
        }
        return decided;
    }

    /// <summary>
    /// Table 四 in a dump with one or two of its groups blank (5 or 10 digits for 15 cells): which rows are blank leaves
    /// no trace, and the rows are alike, so the cells stay null. The finding lists every possibility — the rows printed
    /// (in order) and a split of the digits over their cells satisfying the identities on those rows — blank cells
    /// empty (bounded like any listing).
    /// </summary>
    void BlankRowsListing(PendingRun run)
    {
        var rows = run.Cells.Select(c => cells.Cells[c].Row.Key).Distinct().ToList();
        var all = cells.Rules(table.Key, values.Layout, template);
        var found = new List<string>();
        long count = 0;
        var capped = false;
        for (var mask = (1 << rows.Count) - 2; mask > 0; mask--)
        {
            var printed = run.Cells.Where(c => (mask >> rows.IndexOf(cells.Cells[c].Row.Key) & 1) == 1).ToArray();
            if (printed.Length > run.Digits.Length) continue;
            var own = all.Where(r => r.Cells.All(printed.Contains)).ToList();
            var seg = Segmenter.Run(run.Digits, printed, [.. printed.Select(c => cells.Cells[c].Column.ValueKind)], cells.Values, own, CandidateLimit, SegmentBudget);
            capped |= seg.Capped;
            count += seg.Texts.Count;
            foreach (var texts in seg.Texts.Take(Listed - found.Count))
                found.Add(Show([.. run.Cells.Select(c => Array.IndexOf(printed, c) is var i and >= 0 ? texts[i] : "")]));
        }
        if (capped) Replace(run, "NB-RUN-CAPPED", ("budget", SegmentBudget), ("count", count), ("candidates", found.ToArray()));
        else Replace(run, "NB-RUN-ROWS-BLANK", ("cells", run.Cells.Length), ("count", count), ("candidates", found.ToArray()));
    }

    /// <summary>Segmentations satisfying the rules that lie within the run's own row (e.g. T3-HSUM), ignoring the rest.</summary>
    List<string[]> RowRuleCandidates(PendingRun run)
    {
        var own = cells.Rules(table.Key, values.Layout, template)
            .Where(r => r.Cells.All(c => run.Cells.Contains(c) || cells.Values[c] is not null)).ToList();
        return Segmenter.Run(run.Digits, run.Cells, Kinds(run), cells.Values, own, Listed, SegmentBudget).Texts;
    }

    /// <summary>The value kind of each cell of the run (counts, 2019's signed 本年增/减, amounts with their unit).</summary>
    string[] Kinds(PendingRun run) => [.. run.Cells.Select(c => cells.Cells[c].Column.ValueKind)];

    /// <summary>Up to ten splits to show: the given ones first, then any split of the digits.</summary>
    string[] Listing(PendingRun run, List<string[]> first)
    {
        var shown = first.Take(Listed).Select(Show).ToList();
        if (shown.Count < Listed)
            foreach (var s in Segmenter.Run(run.Digits, run.Cells, Kinds(run), cells.Values, [], Listed * 2, SegmentBudget).Texts.Select(Show))
                if (shown.Count < Listed && !shown.Contains(s)) shown.Add(s);
        return [.. shown];
    }

    void Fill(PendingRun run, long[] value, string[] texts)
    {
        var at = 0;
        for (var k = 0; k < value.Length; k++)
        {
            var text = texts[k];
            var (row, col) = cells.Cells[run.Cells[k]];
            var source = run.SourceOf(at, text.Length);
            // A count or signed cell holds its integer (a sign as printed: +3 is 3); a decimal or an amount its text.
            values[row.Key, col.Key] = col.ValueKind is ValueKinds.Int or ValueKinds.Signed
                ? new CellValue(ValueState.Inferred, value[k], null, text, source)
                : new CellValue(ValueState.Inferred, null, text, text, source);
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

    static string Show(string[] texts) => "[" + string.Join(",", texts) + "]";
}
