using System.Globalization;
using Nianbao.Template;

namespace Nianbao.Reconciling;

/// <summary>
/// Splits one run into its cells (issue 3 §5), read left to right in column order, each cell written as its column's
/// kind prints it (docs/format.md §5.0): a count is a non-negative integer without leading zeros (exactly "0" for
/// zero); a signed cell (2019's 本年增/减) may carry a sign, which can only start it (`7-131` is 7 | −1 | 31 or
/// 7 | −13 | 1, never 7− | …); a decimal or an amount may carry decimals, and an amount its unit, which can only end
/// the run (`113000元`). A negative 本年增/减 never takes the count before it (上一年项目数量) below zero: this year's
/// number of items is last year's plus the change, and a number of items is not negative (`5-312` is 5 | −3 | 12,
/// never 5 | −31 | 2; docs/run-together.md §3). Rules whose cells all lie in the run or are known prune as soon as they can; a total whose
/// parts are known is read, not guessed at (T3-HSUM's 总计, T4-GRP's 总计). The search is bounded: past the step
/// budget it stops and says so.
/// </summary>
sealed class Segmenter
{
    const int MaxDigits = Reading.InputLimits.MaxValueDigits; // a count fits a long with room for sums
    readonly string digits;
    readonly int[] cells;
    readonly string[] kinds;
    readonly long?[] values;
    readonly (int At, int Length)[] spans;
    readonly LinearConstraint[][] touching;
    readonly bool[] signedCell;
    readonly bool anySigned;
    readonly int limit;
    long steps;
    readonly long budget;

    /// <summary>The values of each split found (a decimal or amount cell, which no identity touches, as 0).</summary>
    public List<long[]> Found { get; } = [];
    /// <summary>Each split found as the cells' printed texts, in the order of <see cref="Found"/>.</summary>
    public List<string[]> Texts { get; } = [];
    public bool Capped { get; private set; }

    Segmenter(string digits, int[] cells, string[]? kinds, long?[] values, IReadOnlyList<LinearConstraint> rules, int limit, long budget)
    {
        this.digits = digits;
        this.cells = cells;
        this.kinds = kinds ?? [.. cells.Select(_ => ValueKinds.Int)];
        this.values = values;
        this.limit = limit;
        this.budget = budget;
        spans = new (int, int)[cells.Length];
        touching = new LinearConstraint[cells.Length][];
        var onCell = new List<LinearConstraint>();
        for (var i = 0; i < cells.Length; i++)
        {
            onCell.Clear();
            foreach (var r in rules) if (Array.IndexOf(r.Cells, cells[i]) >= 0) onCell.Add(r);
            touching[i] = [.. onCell];
        }
        signedCell = new bool[values.Length];
        for (var i = 0; i < cells.Length; i++) if (this.kinds[i] == ValueKinds.Signed) signedCell[cells[i]] = anySigned = true;
    }

    /// <summary>Splits of a run of counts satisfying the rules (values holds the known cells and is restored afterwards).</summary>
    public static Segmenter Run(string digits, int[] cells, long?[] values, IReadOnlyList<LinearConstraint> rules, int limit, long budget) =>
        Run(digits, cells, null, values, rules, limit, budget);

    /// <summary>Splits satisfying the rules, each cell read as its kind (<see cref="ValueKinds"/>; counts when null).</summary>
    public static Segmenter Run(string digits, int[] cells, string[]? kinds, long?[] values, IReadOnlyList<LinearConstraint> rules, int limit, long budget)
    {
        var s = new Segmenter(digits, cells, kinds, values, rules, limit, budget);
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
            if (at == n)
            {
                Found.Add(cells.Select(c => values[c] ?? 0).ToArray());
                Texts.Add([.. spans.Select(t => digits.Substring(t.At, t.Length))]);
            }
            return;
        }
        var maxLen = Math.Min(MaxDigits, n - at - (cells.Length - i - 1));
        if (maxLen < 1) return;
        var last = i == cells.Length - 1;
        if (kinds[i] != ValueKinds.Int)
        {
            Span<int> ends = stackalloc int[MaxEnds];
            foreach (var end in ends[..Ends(digits, at, kinds[i], last, ends)])
                if (!last || end == n) Try(i, at, end - at, Value(digits.Substring(at, end - at), kinds[i]));
            return;
        }
        var cell = cells[i];
        foreach (var rule in touching[i])
        {
            if (!rule.TryForce(cell, values, out var forced)) continue;
            if (forced < 0) return;
            var text = forced.ToString(CultureInfo.InvariantCulture);
            if (text.Length > maxLen || string.CompareOrdinal(digits, at, text, 0, text.Length) != 0) return;
            if (last && at + text.Length != n) return;
            Try(i, at, text.Length, forced);
            return;
        }
        var minLen = last ? n - at : 1;
        if (minLen > maxLen) return;
        if (digits[at] == '0') { if (minLen == 1) Try(i, at, 1, 0); return; }
        long value = 0;
        for (var len = 1; len <= maxLen; len++)
        {
            if (!char.IsAsciiDigit(digits[at + len - 1])) return;
            value = value * 10 + (digits[at + len - 1] - '0');
            if (len >= minLen) Try(i, at, len, value);
        }
    }

    void Try(int i, int at, int len, long? value)
    {
        // 本年增/减 after 上一年项目数量: last year's items plus the change are this year's, never below zero.
        if (kinds[i] == ValueKinds.Signed && value < 0 && i > 0 && kinds[i - 1] == ValueKinds.Int
            && values[cells[i - 1]] is long before && before + value < 0) return;
        values[cells[i]] = value;
        spans[i] = (at, len);
        var feasible = true;
        foreach (var rule in touching[i])
            // A rule's feasibility test takes its unassigned cells as ≥ 0; a signed cell of this run still unassigned
            // may be negative, so such a rule is tested once that cell has its value.
            if (!(anySigned && OpenSigned(rule)) && !rule.Feasible(values)) { feasible = false; break; }
        if (feasible) Step(i + 1, at + len);
        values[cells[i]] = null;
    }

    /// <summary>A signed cell of the rule has no value yet.</summary>
    bool OpenSigned(LinearConstraint rule)
    {
        foreach (var c in rule.Cells) if (signedCell[c] && values[c] is null) return true;
        return false;
    }

    /// <summary>The integer of a count or signed cell; null for a decimal or an amount.</summary>
    static long? Value(string text, string kind) =>
        kind is ValueKinds.Int or ValueKinds.Signed ? long.Parse(text, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture) : null;

    /// <summary>At most how many ends <see cref="Ends"/> gives: two for each length of the whole part.</summary>
    const int MaxEnds = 2 * MaxDigits + 2;

    /// <summary>Where a cell of <paramref name="kind"/> written at <paramref name="at"/> can end: a whole number
    /// without leading zeros, after a sign for a signed cell, with decimals for a decimal or an amount, and for the
    /// last cell of an amount the unit that ends the run. Written in order into <paramref name="ends"/> (room for
    /// <see cref="MaxEnds"/>); returns how many.</summary>
    internal static int Ends(string s, int at, string kind, bool last, Span<int> ends)
    {
        var count = 0;
        var n = s.Length;
        var p = at;
        if (kind == ValueKinds.Signed && p < n && s[p] is '+' or '-') p++;
        if (p >= n || !char.IsAsciiDigit(s[p])) return 0;
        var wholeEnd = p + 1;
        if (s[p] != '0')
            while (wholeEnd < n && wholeEnd - p < MaxDigits && char.IsAsciiDigit(s[wholeEnd])) wholeEnd++;
        var maxWhole = s[p] == '0' ? p + 1 : wholeEnd;
        for (var e = p + 1; e <= maxWhole; e++)
        {
            if (kind is ValueKinds.Int or ValueKinds.Signed) { ends[count++] = e; continue; }
            // Decimals belong to the number only when the whole part ends here.
            var end = e;
            if (e == maxWhole && e + 1 < n && s[e] == '.' && char.IsAsciiDigit(s[e + 1]))
            {
                end = e + 1;
                while (end < n && char.IsAsciiDigit(s[end])) end++;
            }
            if (kind == ValueKinds.Amount && last && end < n && IsUnit(s.AsSpan(end))) ends[count++] = n;
            else
            {
                if (end != e) ends[count++] = e;
                ends[count++] = end;
            }
        }
        return count;
    }

    /// <summary>A unit after an amount: no digit, sign or point in it.</summary>
    static bool IsUnit(ReadOnlySpan<char> s) => s.IndexOfAny("0123456789+-.") < 0;

    /// <summary>How many ways the run splits into cells of these kinds with no rule applied (saturating), by counting, not listing.</summary>
    public static long CountSyntactic(string digits, IReadOnlyList<string> kinds)
    {
        var n = digits.Length;
        // ways[p]: ways to write digits[p..] as the remaining cells.
        var prev = new long[n + 1];
        prev[n] = 1;
        Span<int> ends = stackalloc int[MaxEnds];
        for (var j = kinds.Count - 1; j >= 0; j--)
        {
            var cur = new long[n + 1];
            var last = j == kinds.Count - 1;
            for (var p = 0; p < n; p++)
            {
                long sum = 0;
                foreach (var e in ends[..Ends(digits, p, kinds[j], last, ends)])
                    sum = Math.Min(long.MaxValue / 2, sum + prev[e]);
                cur[p] = sum;
            }
            prev = cur;
        }
        return prev[0];
    }

    /// <summary>How many ways the run splits with no rule applied: <see cref="CountSyntactic(string, IReadOnlyList{string})"/>,
    /// less the splits a negative 本年增/减 rules out (counted by listing them when the run has a signed cell and few
    /// splits). <paramref name="values"/> holds no value for the run's cells and is left so.</summary>
    public static long CountValid(string digits, int[] cells, IReadOnlyList<string> kinds, long?[] values, int limit, long budget)
    {
        var syntactic = CountSyntactic(digits, kinds);
        if (!kinds.Contains(ValueKinds.Signed) || syntactic > limit) return syntactic;
        var seg = Run(digits, cells, [.. kinds], values, [], limit + 1, budget);
        return seg.Capped ? syntactic : seg.Found.Count;
    }

    /// <summary>The same for a run of counts.</summary>
    public static long CountSyntactic(string digits, int parts) => CountSyntactic(digits, [.. Enumerable.Repeat(ValueKinds.Int, parts)]);
}
