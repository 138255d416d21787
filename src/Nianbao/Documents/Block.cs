namespace Nianbao.Documents;

/// <summary>A block of a source document in reading order: a line of text or a table.</summary>
public abstract class Block;

/// <summary>A line or paragraph of running text.</summary>
public sealed class LineBlock(Cell line) : Block
{
    /// <summary>The line's text, original and matching copy, with its provenance.</summary>
    public Cell Line { get; } = line;
    /// <summary>The original text of the line.</summary>
    public override string ToString() => Line.Raw;
}

/// <summary>
/// A table as the source gives it. <see cref="RowBreaksReliable"/> is false where the rendering lost row ends
/// (one cell per line); <see cref="BlanksVisible"/> is false where empty cells vanish (PDF text, whitespace).
/// </summary>
public sealed class TableBlock(IReadOnlyList<IReadOnlyList<Cell>> rows, bool rowBreaksReliable = true, bool blanksVisible = true) : Block
{
    /// <summary>The rows of cells in source order; a merged cell appears in each grid position it covers (later positions as span copies).</summary>
    public IReadOnlyList<IReadOnlyList<Cell>> Rows { get; } = rows;
    /// <summary>False when the rendering lost row ends (one cell per line).</summary>
    public bool RowBreaksReliable { get; } = rowBreaksReliable;
    /// <summary>False when empty cells vanish from the rendering (PDF text, whitespace-separated text).</summary>
    public bool BlanksVisible { get; } = blanksVisible;
    /// <summary>"table N rows", for debugging.</summary>
    public override string ToString() => $"table {Rows.Count} rows";
}
