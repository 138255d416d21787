using Nianbao.Template;

namespace Nianbao.Checking.Repair;

/// <summary>One cell changed to a new value.</summary>
public sealed record CellAssignment(CellRef Cell, long? Current, long Proposed);

/// <summary>What the search found: the smallest number of changed cells that makes every identity hold (0 when
/// none was found within the budget), each distinct assignment of that size, and whether some set of that size
/// admits infinitely many assignments (then no single answer exists).</summary>
public sealed record SolveResult(int Size, IReadOnlyList<IReadOnlyList<CellAssignment>> Solutions, bool Underdetermined)
{
    public bool IsUnique => Solutions.Count == 1 && !Underdetermined;
}

/// <summary>
/// Searches the smallest sets of cells whose change makes every given identity hold, and the values they must
/// take (integers ≥ 0). Reusable by anything that holds a table's cells and identities: repair hints (issue 3)
/// and the segmentation of run-together digits. Every changed cell must lie on a failing identity or on an
/// identity a change has disturbed, so the search is a small hitting-set enumeration; each candidate set is
/// solved exactly as a linear system in the changes.
/// </summary>
public static class IdentitySolver
{
    const int NodeBudget = 200_000;

    /// <summary>Every identity holds with these values (null = not evaluable: such an identity is ignored).</summary>
    public static bool AllHold(IEnumerable<LinearIdentity> identities, Func<CellRef, long?> value)
    {
        foreach (var id in identities)
            if (Residual(id, value) is long r && r != 0) return false;
        return true;
    }

    /// <summary>Left − right of an identity, or null when a cell has no value.</summary>
    public static long? Residual(LinearIdentity id, Func<CellRef, long?> value)
    {
        long r = 0;
        foreach (var c in id.Left) { if (value(c) is long v) r += v; else return null; }
        foreach (var c in id.Right) { if (value(c) is long v) r -= v; else return null; }
        return r;
    }

    public static SolveResult MinimalChanges(IReadOnlyList<LinearIdentity> identities, Func<CellRef, long?> value, int maxChanges = 3)
    {
        var system = new EquationSystem(identities, value);
        if (system.Failing.Count == 0) return new SolveResult(0, [], false);
        var nodes = 0;
        for (var k = 1; k <= maxChanges; k++)
        {
            var solutions = new List<IReadOnlyList<CellAssignment>>();
            var underdetermined = false;
            var visited = new HashSet<string>();
            var chosen = new List<CellRef>();

            void Search()
            {
                if (++nodes > NodeBudget) return;
                var unhit = system.Failing.Where(i => !system.Cells[i].Any(chosen.Contains)).ToList();
                // Each cell lies on at most MaxPerCell identities: prune sets that cannot hit the rest.
                if (unhit.Count > (k - chosen.Count) * system.MaxPerCell) return;
                if (unhit.Count == 0 && chosen.Count == k)
                {
                    var key = string.Join("|", chosen.Select(c => c.ToString()).Order(StringComparer.Ordinal));
                    if (!visited.Add(key)) return;
                    switch (system.Solve(chosen))
                    {
                        case { Underdetermined: true }: underdetermined = true; break;
                        case { Assignment: { } a }: solutions.Add(a); break;
                    }
                    return;
                }
                if (chosen.Count == k) return;
                var branch = unhit.Count > 0
                    ? system.Cells[unhit[0]]
                    : chosen.SelectMany(c => system.IdentitiesOf(c)).Distinct().SelectMany(i => system.Cells[i]).Distinct().ToList();
                foreach (var cell in branch)
                {
                    if (chosen.Contains(cell)) continue;
                    chosen.Add(cell);
                    Search();
                    chosen.RemoveAt(chosen.Count - 1);
                }
            }

            Search();
            if (solutions.Count > 0 || underdetermined) return new SolveResult(k, solutions, underdetermined);
        }
        return new SolveResult(0, [], false);
    }

    /// <summary>The evaluable identities as rows of coefficients (+1 left, −1 right) with their residuals.</summary>
    sealed class EquationSystem
    {
        public readonly List<IReadOnlyList<CellRef>> Cells = [];
        readonly List<Dictionary<CellRef, int>> coefficients = [];
        readonly List<long> residuals = [];
        readonly Dictionary<CellRef, List<int>> byCell = [];
        readonly Func<CellRef, long?> value;
        public readonly List<int> Failing = [];
        public int MaxPerCell { get; }

        public EquationSystem(IReadOnlyList<LinearIdentity> identities, Func<CellRef, long?> value)
        {
            this.value = value;
            foreach (var id in identities)
            {
                if (Residual(id, value) is not long r) continue;
                var coef = new Dictionary<CellRef, int>();
                foreach (var c in id.Left) coef[c] = coef.GetValueOrDefault(c) + 1;
                foreach (var c in id.Right) coef[c] = coef.GetValueOrDefault(c) - 1;
                var index = residuals.Count;
                coefficients.Add(coef);
                residuals.Add(r);
                Cells.Add(coef.Keys.ToList());
                foreach (var c in coef.Keys) (byCell.TryGetValue(c, out var l) ? l : byCell[c] = []).Add(index);
                if (r != 0) Failing.Add(index);
            }
            MaxPerCell = byCell.Count == 0 ? 1 : byCell.Values.Max(l => l.Count);
        }

        public IEnumerable<int> IdentitiesOf(CellRef c) => byCell.TryGetValue(c, out var l) ? l : [];

        /// <summary>Solves Σ coef·δ = −residual over every identity touching the cells; unique integer δ ≠ 0
        /// with non-negative results, or underdetermined, or nothing.</summary>
        public (IReadOnlyList<CellAssignment>? Assignment, bool Underdetermined) Solve(List<CellRef> cells)
        {
            var rows = cells.SelectMany(IdentitiesOf).Distinct().ToList();
            int m = cells.Count, n = rows.Count;
            var a = new double[n, m + 1];
            for (var i = 0; i < n; i++)
            {
                for (var j = 0; j < m; j++) a[i, j] = coefficients[rows[i]].GetValueOrDefault(cells[j]);
                a[i, m] = -residuals[rows[i]];
            }
            var rank = Eliminate(a, n, m, out var pivotRow);
            for (var i = rank; i < n; i++)
                if (Math.Abs(a[i, m]) > 1e-9) return (null, false);   // inconsistent
            if (rank < m) return (null, true);
            var result = new List<CellAssignment>(m);
            var delta = new long[m];
            for (var j = 0; j < m; j++)
            {
                var d = a[pivotRow[j], m];
                var rounded = Math.Round(d);
                if (Math.Abs(d - rounded) > 1e-9 || rounded == 0) return (null, false);
                delta[j] = (long)rounded;
            }
            // Verify exactly in integers.
            for (var i = 0; i < n; i++)
            {
                long sum = residuals[rows[i]];
                for (var j = 0; j < m; j++) sum += coefficients[rows[i]].GetValueOrDefault(cells[j]) * delta[j];
                if (sum != 0) return (null, false);
            }
            for (var j = 0; j < m; j++)
            {
                var current = value(cells[j]) ?? 0;
                var proposed = current + delta[j];
                if (proposed < 0) return (null, false);
                result.Add(new CellAssignment(cells[j], value(cells[j]), proposed));
            }
            return (result, false);
        }

        /// <summary>Gauss–Jordan with partial pivoting to reduced row echelon form; returns the rank and, per
        /// column, its pivot row (−1 for a free column).</summary>
        static int Eliminate(double[,] a, int n, int m, out int[] pivotRow)
        {
            pivotRow = new int[m];
            var r = 0;
            for (var c = 0; c < m; c++)
            {
                pivotRow[c] = -1;
                if (r >= n) continue;
                var best = r;
                for (var i = r + 1; i < n; i++) if (Math.Abs(a[i, c]) > Math.Abs(a[best, c])) best = i;
                if (Math.Abs(a[best, c]) < 1e-9) continue;
                if (best != r) for (var j = 0; j <= m; j++) (a[r, j], a[best, j]) = (a[best, j], a[r, j]);
                var p = a[r, c];
                for (var j = 0; j <= m; j++) a[r, j] /= p;
                for (var i = 0; i < n; i++)
                {
                    if (i == r || a[i, c] == 0) continue;
                    var f = a[i, c];
                    for (var j = 0; j <= m; j++) a[i, j] -= f * a[r, j];
                }
                pivotRow[c] = r++;
            }
            return r;
        }
    }
}
