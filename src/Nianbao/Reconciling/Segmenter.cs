namespace Nianbao.Reconciling;

/// <summary>
/// Splits one digit run into its cells (issue 3 §5): every cell a non-negative integer written without leading
/// zeros (exactly "0" for zero), the run read left to right in column order. Rules whose cells all lie in the run
/// or are known prune as soon as they can; a total whose parts are known is read, not guessed at (T3-HSUM's
/// 总计, T4-GRP's 总计). The search is bounded: past the step budget it stops and says so.
/// </summary>
sealed class Segmenter
{
    const int MaxDigits = Reading.InputLimits.MaxValueDigits; // a count fits a long with room for sums
    readonly string digits;
    readonly int[] cells;
    readonly long?[] values;
    readonly LinearConstraint[][] touching;
    readonly int limit;
    long steps;
    readonly long budget;

    public List<long[]> Found { get; } = [];
    public bool Capped { get; private set; }

    Segmenter(string digits, int[] cells, long?[] values, IReadOnlyList<LinearConstraint> rules, int limit, long budget)
    {
        this.digits = digits;
        this.cells = cells;
        this.values = values;
        this.limit = limit;
        this.budget = budget;
        touching = cells.Select(c => rules.Where(r => r.Cells.Contains(c)).ToArray()).ToArray();
    }

    /// <summary>Segmentations satisfying the rules (values holds the known cells and is restored afterwards).</summary>
    public static Segmenter Run(string digits, int[] cells, long?[] values, IReadOnlyList<LinearConstraint> rules, int limit, long budget)
    {
        var s = new Segmenter(digits, cells, values, rules, limit, budget);
        s.Step(0, 0);
        foreach (var c in cells) values[c] = null;
        return s;
    }

    void Step(int i, int at)
    {
        if (Capped) return;
        if (++steps > budget || Found.Count >= limit) { Capped = true; return; }
        var n = digits.Length;
        if (i == cells.Length)
        {
            if (at == n) Found.Add(cells.Select(c => values[c]!.Value).ToArray());
            return;
        }
        var maxLen = Math.Min(MaxDigits, n - at - (cells.Length - i - 1));
        if (maxLen < 1) return;
        var cell = cells[i];
        foreach (var rule in touching[i])
        {
            if (!rule.TryForce(cell, values, out var forced)) continue;
            if (forced < 0) return;
            var text = forced.ToString(System.Globalization.CultureInfo.InvariantCulture);
            if (text.Length > maxLen || string.CompareOrdinal(digits, at, text, 0, text.Length) != 0) return;
            if (i == cells.Length - 1 && at + text.Length != n) return;
            Try(i, at, text.Length, forced);
            return;
        }
        var minLen = i == cells.Length - 1 ? n - at : 1;
        if (minLen > maxLen) return;
        if (digits[at] == '0') { if (minLen == 1) Try(i, at, 1, 0); return; }
        long value = 0;
        for (var len = 1; len <= maxLen; len++)
        {
            value = value * 10 + (digits[at + len - 1] - '0');
            if (len >= minLen) Try(i, at, len, value);
        }
    }

    void Try(int i, int at, int len, long value)
    {
        values[cells[i]] = value;
        var feasible = true;
        foreach (var rule in touching[i])
            if (!rule.Feasible(values)) { feasible = false; break; }
        if (feasible) Step(i + 1, at + len);
        values[cells[i]] = null;
    }

    /// <summary>How many ways the digits split into the cells with no rule applied (saturating), by counting, not listing.</summary>
    public static long CountSyntactic(string digits, int parts)
    {
        var n = digits.Length;
        // ways[j][p]: ways to write digits[p..] as j numbers.
        var prev = new long[n + 1];
        prev[n] = 1;
        for (var j = 1; j <= parts; j++)
        {
            var cur = new long[n + 1];
            for (var p = 0; p < n; p++)
            {
                var maxLen = digits[p] == '0' ? 1 : Math.Min(MaxDigits, n - p);
                long sum = 0;
                for (var len = 1; len <= maxLen; len++) sum = Math.Min(long.MaxValue / 2, sum + prev[p + len]);
                cur[p] = sum;
            }
            prev = cur;
        }
        return prev[0];
    }
}
