namespace Nianbao.Documents;

/// <summary>A block of a source document in reading order: a line of text or a table.</summary>
public abstract class Block;

/// <summary>A line or paragraph of running text.</summary>
public sealed class LineBlock(Cell line) : Block
{
    public Cell Line { get; } = line;
    public override string ToString() => Line.Raw;
}

/// <summary>
/// A table as the source gives it. <see cref="RowBreaksReliable"/> is false where the rendering lost row ends
/// (one cell per line); <see cref="BlanksVisible"/> is false where empty cells vanish (PDF text, whitespace).
/// </summary>
public sealed class TableBlock(IReadOnlyList<IReadOnlyList<Cell>> rows, bool rowBreaksReliable = true, bool blanksVisible = true) : Block
{
    public IReadOnlyList<IReadOnlyList<Cell>> Rows { get; } = rows;
    public bool RowBreaksReliable { get; } = rowBreaksReliable;
    public bool BlanksVisible { get; } = blanksVisible;
    public override string ToString() => $"table {Rows.Count} rows";
}
