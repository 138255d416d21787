namespace Nianbao.Template;

/// <summary>
/// A table cell named by codebook keys: the one way the library names a cell (identities, rules, repair hints,
/// run-together digits, finding locations). Where it was read is not part of the name (see Model.LocatedCell).
/// </summary>
public readonly record struct CellRef(string Table, string Row, string Column)
{
    /// <summary>The cell as "table.row.column" keys.</summary>
    public override string ToString() => $"{Table}.{Row}.{Column}";
}
