namespace Nianbao.Reconciling;

/// <summary>
/// Chooses one candidate per run so that every rule across runs holds (T3-VSUM, T3-BAL link the rows of table 三).
/// Runs that share no rule are solved apart. For each run it finds which candidates take part in at least one full
/// solution ("supported"): a run is determined when exactly one is. Each search stops at the first solution and
/// every solution found supports all its choices at once, so the common case is a handful of searches; a step
/// budget bounds the rest (unchecked candidates are then reported as such).
/// </summary>
sealed class JointSearch
{
    public sealed class Run(int[] cells, List<long[]> candidates)
    {
        public int[] Cells { get; } = cells;
        public List<long[]> Candidates { get; } = candidates;
        public HashSet<int> Supported { get; } = [];
        public bool Unchecked { get; set; }
    }

    readonly long?[] values;
    readonly IReadOnlyList<LinearConstraint> rules;
    long steps;
    readonly long budget;

    JointSearch(long?[] values, IReadOnlyList<LinearConstraint> rules, long budget)
    {
        this.values = values;
        this.rules = rules;
        this.budget = budget;
    }

    public static void Solve(IReadOnlyList<Run> runs, long?[] values, IReadOnlyList<LinearConstraint> rules, long budget)
    {
        foreach (var component in Components(runs, rules))
            new JointSearch(values, rules, budget).SolveComponent(component);
    }

    void SolveComponent(List<Run> runs)
    {
        var order = runs.OrderBy(r => r.Candidates.Count).ToList();
        var touching = order.Select(r => rules.Where(c => c.Cells.Any(r.Cells.Contains)).ToList()).ToList();
        var choice = new int[order.Count];
        foreach (var (run, k) in order.Select((r, k) => (r, k)))
            for (var c = 0; c < run.Candidates.Count; c++)
            {
                if (run.Supported.Contains(c)) continue;
                if (steps > budget) { run.Unchecked = true; break; }
                if (!Search(0, k, c)) { if (steps > budget) run.Unchecked = true; continue; }
                for (var j = 0; j < order.Count; j++) order[j].Supported.Add(choice[j]);
            }

        bool Search(int i, int pinned, int pinnedChoice)
        {
            if (i == order.Count) return true;
            if (++steps > budget) return false;
            var run = order[i];
            var from = i == pinned ? pinnedChoice : 0;
            var to = i == pinned ? pinnedChoice + 1 : run.Candidates.Count;
            for (var c = from; c < to; c++)
            {
                Assign(run, run.Candidates[c]);
                if (touching[i].TrueForAll(r => r.Feasible(values)) && Search(i + 1, pinned, pinnedChoice))
                {
                    choice[i] = c;
                    Assign(run, null);
                    return true;
                }
                Assign(run, null);
            }
            return false;
        }
    }

    void Assign(Run run, long[]? candidate)
    {
        for (var k = 0; k < run.Cells.Length; k++) values[run.Cells[k]] = candidate?[k];
    }

    /// <summary>Runs linked by a shared rule, transitively.</summary>
    static List<List<Run>> Components(IReadOnlyList<Run> runs, IReadOnlyList<LinearConstraint> rules)
    {
        var parent = Enumerable.Range(0, runs.Count).ToArray();
        int Find(int x) => parent[x] == x ? x : parent[x] = Find(parent[x]);
        var owner = new Dictionary<int, int>();
        for (var r = 0; r < runs.Count; r++) foreach (var c in runs[r].Cells) owner[c] = r;
        foreach (var rule in rules)
        {
            var linked = rule.Cells.Where(owner.ContainsKey).Select(c => owner[c]).Distinct().ToList();
            for (var k = 1; k < linked.Count; k++) parent[Find(linked[k])] = Find(linked[0]);
        }
        return Enumerable.Range(0, runs.Count).GroupBy(Find).Select(g => g.Select(i => runs[i]).ToList()).ToList();
    }
}
