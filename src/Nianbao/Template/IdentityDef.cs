namespace Nianbao.Template;

/// <summary>
/// A linear identity of a table, stated over template roles (docs/format.md §5.1–§5.2): for each column (or row), the
/// cells of the left selection add up to the cells of the right. "@role" selects rows/columns by their template
/// role; "@part" selects the columns without a role (the applicant types, the four outcomes).
/// </summary>
public sealed record IdentityDef(string Code, string Table, string Per, Selection Left, Selection Right, string Formula, bool Printed = false)
{
    /// <summary>True when the identity is checked once per column (its selections name rows); false for once per row.</summary>
    public bool PerColumn => Per == "column";
}

/// <summary>The rows or columns one side of an identity adds up.</summary>
/// <param name="Rows">Row keys or "@role" selectors (per-column identities), else null.</param>
/// <param name="Columns">Column keys, "@role" or "@part" selectors (per-row identities), else null.</param>
public sealed record Selection(IReadOnlyList<string>? Rows, IReadOnlyList<string>? Columns);

/// <summary>One concrete identity: Σ left cells = Σ right cells, each a cell of one table. Anchor is the column
/// (per-column identities) or row (per-row) it is stated for.</summary>
public sealed record LinearIdentity(IdentityDef Def, string Table, string Anchor, IReadOnlyList<CellRef> Left, IReadOnlyList<CellRef> Right)
{
    /// <summary>The finding code of the identity (NB-T3-BAL…).</summary>
    public string Code => Def.Code;
    /// <summary>Every cell the identity involves: left then right.</summary>
    public IEnumerable<CellRef> Cells => Left.Concat(Right);
}
