namespace Nianbao.Reconciling;

/// <summary>
/// Searches the smallest sets of cells whose change makes every constraint hold, and the values they must take
/// (integers ≥ 0). Every changed cell must lie on a failing constraint or on one a change has disturbed, so the
/// search is a small hitting-set enumeration; each candidate set is solved exactly as a linear system in the
/// changes. Only single-equation constraints take part (identities); one with an unknown cell is left out.
/// </summary>
static class MinimalChanges
{
    const int NodeBudget = 200_000;

    public sealed record Found(int Size, List<List<(int Cell, long Proposed)>> Solutions, bool Underdetermined);

    public static Found Search(IReadOnlyList<LinearConstraint> constraints, long?[] values, int maxChanges)
    {
        var system = new EquationSystem(constraints, values);
        if (system.Failing.Count == 0) return new Found(0, [], false);
        var nodes = 0;
        // Membership of a cell in the chosen set, kept beside the list (a cell is chosen at most once).
        var inChosen = new bool[values.Length];
        for (var k = 1; k <= maxChanges; k++)
        {
            var solutions = new List<List<(int, long)>>();
            var underdetermined = false;
            var visited = new HashSet<long>();
            var visitedText = new HashSet<string>();
            var chosen = new List<int>();

            bool Hit(int constraint)
            {
                foreach (var c in system.Cells[constraint]) if (inChosen[c]) return true;
                return false;
            }

            // The chosen set, order ignored: up to three cells packed in one number, more as text.
            bool FirstVisit()
            {
                Span<int> sorted = stackalloc int[chosen.Count];
                chosen.CopyTo(sorted);
                sorted.Sort();
                if (sorted.Length <= 3 && sorted[^1] < 1 << 21)
                {
                    long key = 0;
                    foreach (var c in sorted) key = (key << 21) | (uint)(c + 1);
                    return visited.Add(key);
                }
                return visitedText.Add(string.Join("|", sorted.ToArray()));
            }

            void Step()
            {
                if (++nodes > NodeBudget) return;
                int unhitCount = 0, firstUnhit = -1;
                foreach (var i in system.Failing)
                    if (!Hit(i) && unhitCount++ == 0) firstUnhit = i;
                // Each cell lies on at most MaxPerCell constraints: prune sets that cannot hit the rest.
                if (unhitCount > (k - chosen.Count) * system.MaxPerCell) return;
                if (unhitCount == 0 && chosen.Count == k)
                {
                    if (!FirstVisit()) return;
                    switch (system.Solve(chosen))
                    {
                        case { Underdetermined: true }: underdetermined = true; break;
                        case { Assignment: { } a }: solutions.Add(a); break;
                    }
                    return;
                }
                if (chosen.Count == k) return;
                ReadOnlySpan<int> branch = unhitCount > 0 ? system.Cells[firstUnhit] : System.Runtime.InteropServices.CollectionsMarshal.AsSpan(Neighbours());
                foreach (var cell in branch)
                {
                    if (inChosen[cell]) continue;
                    chosen.Add(cell);
                    inChosen[cell] = true;
                    Step();
                    chosen.RemoveAt(chosen.Count - 1);
                    inChosen[cell] = false;
                }
            }

            // The cells of every constraint a chosen cell lies on, each once, in first-seen order.
            List<int> Neighbours()
            {
                var constraints = new List<int>();
                foreach (var c in chosen)
                    foreach (var i in system.ConstraintsOf(c))
                        if (!constraints.Contains(i)) constraints.Add(i);
                var cells = new List<int>();
                foreach (var i in constraints)
                    foreach (var c in system.Cells[i])
                        if (!cells.Contains(c)) cells.Add(c);
                return cells;
            }

            Step();
            if (solutions.Count > 0 || underdetermined) return new Found(k, solutions, underdetermined);
        }
        return new Found(0, [], false);
    }

    /// <summary>The evaluable constraints as rows of coefficients with their residuals.</summary>
    sealed class EquationSystem
    {
        public readonly List<int[]> Cells = [];
        readonly List<Dictionary<int, int>> coefficients = [];
        readonly List<long> residuals = [];
        readonly Dictionary<int, List<int>> byCell = [];
        readonly long?[] values;
        public readonly List<int> Failing = [];
        public int MaxPerCell { get; }

        public EquationSystem(IReadOnlyList<LinearConstraint> constraints, long?[] values)
        {
            this.values = values;
            foreach (var constraint in constraints)
            {
                if (constraint.Alternatives.Length != 1) continue;
                var term = constraint.Alternatives[0];
                if (term.Residual(values) is not long r) continue;
                var coef = new Dictionary<int, int>();
                for (var i = 0; i < term.Cells.Length; i++) coef[term.Cells[i]] = coef.GetValueOrDefault(term.Cells[i]) + term.Coefficients[i];
                var index = residuals.Count;
                coefficients.Add(coef);
                residuals.Add(r);
                Cells.Add([.. coef.Keys]);
                foreach (var c in coef.Keys) (byCell.TryGetValue(c, out var l) ? l : byCell[c] = []).Add(index);
                if (r != 0) Failing.Add(index);
            }
            MaxPerCell = byCell.Count == 0 ? 1 : byCell.Values.Max(l => l.Count);
        }

        static readonly List<int> None = [];
        readonly List<int> rows = [];
        double[,] matrix = new double[0, 0];

        public List<int> ConstraintsOf(int c) => byCell.TryGetValue(c, out var l) ? l : None;

        /// <summary>Solves Σ coef·δ = −residual over every constraint touching the cells; unique integer δ ≠ 0
        /// with non-negative results, or underdetermined, or nothing.</summary>
        public (List<(int, long)>? Assignment, bool Underdetermined) Solve(List<int> cells)
        {
            // Every constraint touching the cells, each once, in first-seen order (a handful: a list beats a set).
            var rows = this.rows;
            rows.Clear();
            foreach (var c in cells)
                foreach (var i in ConstraintsOf(c))
                    if (!rows.Contains(i)) rows.Add(i);
            int m = cells.Count, n = rows.Count;
            // One matrix for every candidate set, grown when a set needs more room (only its n × (m + 1) corner is used).
            if (matrix.GetLength(0) < n || matrix.GetLength(1) < m + 1) matrix = new double[Math.Max(n, matrix.GetLength(0)), Math.Max(m + 1, matrix.GetLength(1))];
            var a = matrix;
            for (var i = 0; i < n; i++)
            {
                for (var j = 0; j < m; j++) a[i, j] = coefficients[rows[i]].GetValueOrDefault(cells[j]);
                a[i, m] = -residuals[rows[i]];
            }
            Span<int> pivotRow = stackalloc int[m];
            var rank = Eliminate(a, n, m, pivotRow);
            for (var i = rank; i < n; i++)
                if (Math.Abs(a[i, m]) > 1e-9) return (null, false);   // inconsistent
            if (rank < m) return (null, true);
            Span<long> delta = stackalloc long[m];
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
            var result = new List<(int, long)>(m);
            for (var j = 0; j < m; j++)
            {
                var proposed = (values[cells[j]] ?? 0) + delta[j];
                if (proposed < 0) return (null, false);
                result.Add((cells[j], proposed));
            }
            return (result, false);
        }

        /// <summary>Gauss–Jordan with partial pivoting to reduced row echelon form; returns the rank and, per
        /// column, its pivot row (−1 for a free column).</summary>
        static int Eliminate(double[,] a, int n, int m, Span<int> pivotRow)
        {
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
