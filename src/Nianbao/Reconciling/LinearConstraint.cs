using Nianbao.Template;

namespace Nianbao.Reconciling;

/// <summary>One linear equation over numbered cells: Σ coefficient·value = constant.</summary>
sealed record LinearTerm(int[] Cells, int[] Coefficients, long Constant)
{
    /// <summary>Σ coefficient·value − constant, or null when a cell has no value.</summary>
    public long? Residual(long?[] values)
    {
        long r = -Constant;
        for (var i = 0; i < Cells.Length; i++)
        {
            if (values[Cells[i]] is not long v) return null;
            r += Coefficients[i] * v;
        }
        return r;
    }
}

/// <summary>
/// A rule the segmentation must satisfy: one equation (an identity of docs/format.md §5.1–5.2, left − right = 0), or
/// any one of several (a narrative figure that may mean 一 or 一 + 二, §5.5). Rule names it in findings.
/// </summary>
sealed class LinearConstraint
{
    public LinearConstraint(string rule, IReadOnlyList<LinearTerm> alternatives)
        : this(rule, [.. alternatives], alternatives.SelectMany(a => a.Cells).Distinct().ToArray()) { }

    LinearConstraint(string rule, LinearTerm[] alternatives, int[] cells) => (Rule, Alternatives, Cells) = (rule, alternatives, cells);

    /// <summary>One equation Σ coefficient·cell = 0 over cells named once each; the arrays are kept as given (never
    /// changed), so an identity's constraint is made without copying or searching for repeated cells.</summary>
    public static LinearConstraint Equation(string rule, int[] distinctCells, int[] coefficients) =>
        new(rule, [new LinearTerm(distinctCells, coefficients, 0)], distinctCells);

    /// <summary>An identity of the template (left − right = 0) over the cells <paramref name="id"/> numbers; null when
    /// one of its cells has no number (it cannot take part).</summary>
    public static LinearConstraint? Of(LinearIdentity identity, Func<CellRef, int?> id)
    {
        var terms = new Dictionary<int, int>();
        foreach (var (side, sign) in new[] { (identity.Left, 1), (identity.Right, -1) })
            foreach (var c in side)
            {
                if (id(c) is not int n) return null;
                terms[n] = terms.GetValueOrDefault(n) + sign;
            }
        return Equation(identity.Code, [.. terms.Keys], [.. terms.Values]);
    }

    public string Rule { get; }
    public LinearTerm[] Alternatives { get; }
    public int[] Cells { get; }

    /// <summary>
    /// False when no alternative can hold whatever the unassigned (null) cells become, all values being ≥ 0:
    /// complete sums must be equal, and a sum that can only grow (or only shrink) must not have passed the constant.
    /// </summary>
    public bool Feasible(long?[] values)
    {
        foreach (var alt in Alternatives)
            if (Feasible(alt, values)) return true;
        return false;
    }

    static bool Feasible(LinearTerm t, long?[] values)
    {
        long partial = 0;
        bool canGrow = false, canShrink = false;
        for (var i = 0; i < t.Cells.Length; i++)
        {
            if (values[t.Cells[i]] is long v) partial += t.Coefficients[i] * v;
            else if (t.Coefficients[i] > 0) canGrow = true;
            else canShrink = true;
        }
        if (!canShrink && partial > t.Constant) return false; // can only grow from here
        if (!canGrow && partial < t.Constant) return false;   // can only shrink from here
        return true;
    }

    /// <summary>
    /// When cell is the only unassigned cell of a single-equation rule, the value that makes it hold (null when none
    /// does: negative or not a whole multiple). Lets the segmenter read a total instead of trying every length.
    /// </summary>
    public bool TryForce(int cell, long?[] values, out long forced)
    {
        forced = 0;
        if (Alternatives.Length != 1) return false;
        var t = Alternatives[0];
        long partial = 0;
        var coefficient = 0;
        for (var i = 0; i < t.Cells.Length; i++)
        {
            if (t.Cells[i] == cell) { coefficient += t.Coefficients[i]; continue; }
            if (values[t.Cells[i]] is not long v) return false;
            partial += t.Coefficients[i] * v;
        }
        if (coefficient is not (1 or -1)) return false;
        forced = (t.Constant - partial) * coefficient;
        return true;
    }
}
