using Nianbao.Template;

namespace Nianbao.Checking;

/// <summary>One concrete identity: Σ left cells = Σ right cells, each cell named (row, column) of one table.</summary>
public sealed record LinearIdentity(
    IdentityDef Def, string Table, string Anchor, IReadOnlyList<(string Row, string Column)> Left, IReadOnlyList<(string Row, string Column)> Right)
{
    public string Code => Def.Code;
    public IEnumerable<(string Row, string Column)> Cells => Left.Concat(Right);
}
