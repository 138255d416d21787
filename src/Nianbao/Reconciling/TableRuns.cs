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
/// rules (linxia-city-2023): a run is then decided by the rules left once those no split satisfies and those through
/// their cells are set aside (LocallyDecided); the others list their splits, those satisfying their own row's rules first.
/// </summary>
sealed class TableRuns
{
    const int CandidateLimit = 5000;
    const long SegmentBudget = 250_000;
    const long JointBudget = 1_000_000;
    const int Listed = 10;
    // The per-run check in a table that breaks a rule (Splits) is kept small: few runs, few splits each.
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
            List<LinearConstraint> brokenRules = [];
            if (local.TryGetValue(run, out var alone)) (used, usedRules, usedTexts, brokenRules) = (alone.Search, alone.Rules, alone.Texts, alone.Broken);
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
                if (brokenRules.Count > 0)
                    Replace(run, "NB-RUN-INFERRED-BROKEN", ("values", Show(text)), ("rules", names), ("broken", brokenRules.Select(r => r.Rule).Distinct().ToArray()), ("count", splits[run]));
                else Replace(run, "NB-RUN-INFERRED", [("values", Show(text)), ("rules", names), ("count", splits[run]), .. otherYears]);
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

    /// <summary>What decided a run of a table that breaks its rules: the search over the rules used, those rules, the
    /// run's splits as printed, and the rules touching its cells that no split satisfies (the report's own error).</summary>
    sealed record LocalDecision(JointSearch.Run Search, List<LinearConstraint> Rules, List<string[]> Texts, List<LinearConstraint> Broken);

    /// <summary>
    /// A table that breaks a rule has no joint solution, yet a run can still be certain (docs/run-together.md §3,
    /// linxia-city-2023):
    /// 1. a rule that no split of the digits satisfies — the runs it reaches taking any of their splits — is broken by
    ///    the report itself whichever split is chosen (BrokenWhateverTheSplit): it says nothing about the split;
    /// 2. such a rule holds a misprinted cell, which may be any of its cells (and any blank of a blank row one of whose
    ///    cells it holds: a block is left blank whole), so every rule through one of them is suspect — a wrong split may
    ///    satisfy it where the true one does not — and is not used either;
    /// 3. the runs are solved jointly under the rules left (CleanSolve); a run with exactly one split in a solution is
    ///    decided if that split also satisfies, jointly, every rule on its cells but the broken ones (suspect ones
    ///    included), the other runs they reach taking any split that satisfies them (Splits): a misprint no broken rule
    ///    shows may make a wrong split satisfy the rules left, never every rule some split satisfies as well.
    /// 4. else, as before, a run is decided when every rule on its cells holds with exactly one of its splits.
    /// Rules satisfiable one by one but not together leave no split; a capped or too wide search decides nothing.
    /// </summary>
    Dictionary<PendingRun, LocalDecision> LocallyDecided(List<(PendingRun Run, JointSearch.Run Search, List<string[]> Texts)> open, List<LinearConstraint> rules)
    {
        var decided = new Dictionary<PendingRun, LocalDecision>();
        var stuck = open.Where(o => o.Search.Supported.Count == 0 && !o.Search.Unchecked).ToList();
        if (stuck.Count == 0) return decided;
        var broken = BrokenWhateverTheSplit(open, rules);
        // Each broken rule holds a misprinted cell, which may be any of its cells: every rule through one of them is
        // suspect (it may be broken too, though some split satisfies it) and is not used either.
        // A blank counted as 0 may be what is misprinted (a block of rows left blank though not all zero), and a row is
        // left blank whole: every cell of a blank row one of whose cells a broken rule holds may be wrong.
        var misprinted = broken.SelectMany(b => b.Cells).ToHashSet();
        foreach (var row in misprinted.Where(c => cells.Blank[c]).Select(c => cells.Cells[c].Row.Key).Distinct().ToList())
            misprinted.UnionWith(cells.RowCells(row).Where(c => cells.Blank[c]));
        var suspect = rules.Where(r => !broken.Contains(r) && r.Cells.Any(misprinted.Contains)).ToHashSet();
        var clean = rules.Where(r => !broken.Contains(r) && !suspect.Contains(r)).ToList();
        var jointly = CleanSolve(open, clean);
        foreach (var (run, _, _) in stuck)
        {
            var touching = rules.Where(r => r.Cells.Any(run.Cells.Contains)).ToList();
            var used = touching.Where(clean.Contains).ToList();
            var left = touching.Except(used).ToList();
            var named = broken.Where(b => left.Any(l => l == b || l.Cells.Any(b.Cells.Contains))).ToList();
            if (jointly.TryGetValue(run, out var j) && j.Search.Supported.Count == 1 && !j.Search.Unchecked
                && Splits(run, [.. touching.Where(r => !broken.Contains(r))], open) is { } allowed
                && allowed.ContainsKey(Show(j.Texts[j.Search.Supported.Single()])))
                decided[run] = new LocalDecision(j.Search, used, j.Texts, named);
            // As before the broken rules were set aside: every rule on the run's cells holds with exactly one split.
            else if (Splits(run, touching, open) is { Count: 1 } only)
            {
                var (values, texts) = only.Values.Single();
                var search = new JointSearch.Run(run.Cells, [values]);
                search.Supported.Add(0);
                decided[run] = new LocalDecision(search, touching, [texts], []);
            }
        }
        return decided;
    }

    /// <summary>Every run split under the rules that hold and solved jointly with them (as step 2 does with all the
    /// rules); a run whose splits are too many to list is left out, with the rules touching it.</summary>
    Dictionary<PendingRun, (JointSearch.Run Search, List<string[]> Texts)> CleanSolve(List<(PendingRun Run, JointSearch.Run Search, List<string[]> Texts)> open, List<LinearConstraint> clean)
    {
        var result = new Dictionary<PendingRun, (JointSearch.Run, List<string[]>)>();
        var capped = new HashSet<int>();
        foreach (var (run, _, _) in open)
        {
            var seg = Segmenter.Run(run.Digits, run.Cells, Kinds(run), cells.Values, clean, CandidateLimit, SegmentBudget);
            if (seg.Capped) capped.UnionWith(run.Cells);
            else result[run] = (new JointSearch.Run(run.Cells, seg.Found), seg.Texts);
        }
        JointSearch.Solve([.. result.Values.Select(v => v.Item1)], cells.Values, [.. clean.Where(r => !r.Cells.Any(capped.Contains))], JointBudget);
        return result;
    }

    /// <summary>The run's splits satisfying the rules jointly, the other runs they reach taking any split that
    /// satisfies them, by their printed form; null when a search was capped or too wide.</summary>
    Dictionary<string, (long[] Values, string[] Texts)>? Splits(PendingRun run, List<LinearConstraint> used, List<(PendingRun Run, JointSearch.Run Search, List<string[]> Texts)> open)
    {
        var reached = used.SelectMany(r => r.Cells).ToHashSet();
        var others = open.Where(o => o.Run.Cells.Any(reached.Contains)).ToList();
        if (others.Count > LocalRuns) return null;
        var members = new List<JointSearch.Run>();
        JointSearch.Run? mine = null;
        List<string[]>? mineTexts = null;
        foreach (var (other, _, _) in others)
        {
            var seg = Segmenter.Run(other.Digits, other.Cells, Kinds(other), cells.Values, used, LocalCandidates, LocalBudget);
            if (seg.Capped) return null;
            var member = new JointSearch.Run(other.Cells, seg.Found);
            members.Add(member);
            if (other == run) (mine, mineTexts) = (member, seg.Texts);
        }
        if (mine is null) return null;
        JointSearch.Solve(members, cells.Values, used, LocalBudget);
        return mine.Unchecked ? null : mine.Supported.ToDictionary(i => Show(mineTexts![i]), i => (mine.Candidates[i], mineTexts![i]));
    }

    /// <summary>
    /// The rules no split satisfies: each alone, every run it reaches taking any split of its digits (only the values
    /// of the rule's cells matter, so equal ones are tried once). A rule whose search is capped is not counted broken.
    /// </summary>
    HashSet<LinearConstraint> BrokenWhateverTheSplit(List<(PendingRun Run, JointSearch.Run Search, List<string[]> Texts)> open, List<LinearConstraint> rules)
    {
        var broken = new HashSet<LinearConstraint>();
        foreach (var rule in rules)
        {
            var reached = open.Where(o => o.Run.Cells.Any(rule.Cells.Contains)).Select(o => o.Run).ToList();
            if (reached.Count == 0)
            {
                if (rule.Alternatives.All(a => a.Residual(cells.Values) is not 0)) broken.Add(rule);
                continue;
            }
            var members = new List<JointSearch.Run>();
            foreach (var run in reached)
            {
                var seg = Segmenter.Run(run.Digits, run.Cells, Kinds(run), cells.Values, [rule], CandidateLimit, LocalBudget);
                if (seg.Capped) { members.Clear(); break; }
                var at = run.Cells.Select((c, k) => (c, k)).Where(x => rule.Cells.Contains(x.c)).ToArray();
                var projected = seg.Found.Select(f => at.Select(x => f[x.k]).ToArray()).DistinctBy(p => string.Join(",", p)).ToList();
                members.Add(new JointSearch.Run([.. at.Select(x => x.c)], projected));
            }
            if (members.Count == 0) continue;
            JointSearch.Solve(members, cells.Values, [rule], LocalBudget);
            if (members.All(m => m.Supported.Count == 0 && !m.Unchecked)) broken.Add(rule);
        }
        return broken;
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
