using Nianbao.Template;

namespace Nianbao.Reconciling;

/// <summary>One cell changed to a new value.</summary>
internal sealed record CellAssignment(CellRef Cell, long? Current, long Proposed);

/// <summary>What the search found: the smallest number of changed cells that makes every constraint hold (0 when
/// none was found within the budget), each distinct assignment of that size, and whether some set of that size
/// admits infinitely many assignments (then no single answer exists).</summary>
internal sealed record SolveResult(int Size, IReadOnlyList<IReadOnlyList<CellAssignment>> Solutions, bool Underdetermined)
{
    public bool IsUnique => Solutions.Count == 1 && !Underdetermined;
}

/// <summary>
/// The one constraint engine of the library: cells numbered, the template's identities (and narrative figures) as
/// <see cref="LinearConstraint"/>s over them, values as a <c>long?[]</c> (null = unknown). Three searches share it:
/// <see cref="Segmenter"/> and <see cref="JointSearch"/> segment digit runs (reconciling), and
/// <see cref="MinimalChanges"/> finds the smallest set of changed cells that makes every constraint hold (the repair
/// hints of checking).
/// </summary>
internal sealed class ConstraintSystem
{
    readonly Dictionary<CellRef, int> ids = [];
    readonly List<CellRef> cells = [];
    internal List<LinearConstraint> Constraints { get; } = [];

    /// <summary>The identities as constraints over every cell they name, numbered in order of appearance.</summary>
    public static ConstraintSystem Of(IEnumerable<LinearIdentity> identities)
    {
        var system = new ConstraintSystem();
        foreach (var identity in identities)
            system.Constraints.Add(LinearConstraint.Of(identity, system.Number)!);
        return system;
    }

    int? Number(CellRef c)
    {
        if (!ids.TryGetValue(c, out var id)) { ids[c] = id = cells.Count; cells.Add(c); }
        return id;
    }

    public IReadOnlyList<CellRef> Cells => cells;

    /// <summary>The number of a cell the constraints name, or null.</summary>
    public int? Id(CellRef c) => ids.TryGetValue(c, out var id) ? id : null;

    /// <summary>The values of the cells, from a lookup.</summary>
    public long?[] Values(Func<CellRef, long?> value) => cells.Select(value).ToArray();

    /// <summary>Every constraint holds with these values (one with an unknown cell is ignored).</summary>
    public bool AllHold(long?[] values) => AllHold(Constraints, values);

    internal static bool AllHold(IEnumerable<LinearConstraint> constraints, long?[] values)
    {
        foreach (var c in constraints)
            if (c.Alternatives[0].Residual(values) is long r && r != 0) return false;
        return true;
    }

    /// <summary>The smallest sets of cells whose change makes every constraint hold, and the values they must take
    /// (integers ≥ 0); a unique answer names the cells and values. See <see cref="MinimalChanges"/>.</summary>
    public SolveResult MinimalChanges(long?[] values, int maxChanges = 3)
    {
        var found = Reconciling.MinimalChanges.Search(Constraints, values, maxChanges);
        return new SolveResult(found.Size,
            found.Solutions.Select(s => (IReadOnlyList<CellAssignment>)s.Select(a => new CellAssignment(cells[a.Cell], values[a.Cell], a.Proposed)).ToList()).ToList(),
            found.Underdetermined);
    }
}
