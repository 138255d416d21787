namespace Nianbao.Template;

/// <summary>
/// A linear identity of a table, stated over template roles (docs/format.md §5.1–§5.2): for each column (or row), the
/// cells of the left selection add up to the cells of the right. "@role" selects rows/columns by their template
/// role; "@part" selects the columns without a role (the applicant types, the four outcomes).
/// </summary>
public sealed record IdentityDef(string Code, string Table, string Per, Selection Left, Selection Right, string Formula, bool Printed = false)
{
    public bool PerColumn => Per == "column";
}

public sealed record Selection(IReadOnlyList<string>? Rows, IReadOnlyList<string>? Columns);

/// <summary>One concrete identity: Σ left cells = Σ right cells, each a cell of one table. Anchor is the column
/// (per-column identities) or row (per-row) it is stated for.</summary>
public sealed record LinearIdentity(IdentityDef Def, string Table, string Anchor, IReadOnlyList<CellRef> Left, IReadOnlyList<CellRef> Right)
{
    public string Code => Def.Code;
    public IEnumerable<CellRef> Cells => Left.Concat(Right);
}
