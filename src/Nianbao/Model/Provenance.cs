namespace Nianbao.Model;

/// <summary>
/// Where in the source a value or text was read. Text sources: 1-based line, 0-based column and length in
/// characters of the decoded original line. Table sources (HTML, DOCX): 1-based table, row and column of the
/// expanded grid. PDF: page and position. Paragraph: the n-th paragraph of an HTML/DOCX body.
/// </summary>
public sealed record Provenance(string Kind)
{
    // Every cell of a document carries one: stored without Nullable<T> padding (a sentinel stands for null), so
    // a large document's cells cost about half the memory (docs/limits.md).
    const int None = int.MinValue;
    readonly int line = None, column = None, length = None, table = None, row = None, cell = None, paragraph = None, page = None;
    readonly double x = double.NaN, y = double.NaN;

    public int? Line { get => Get(line); init => line = value ?? None; }
    public int? Column { get => Get(column); init => column = value ?? None; }
    public int? Length { get => Get(length); init => length = value ?? None; }
    public int? Table { get => Get(table); init => table = value ?? None; }
    public int? Row { get => Get(row); init => row = value ?? None; }
    public int? Cell { get => Get(cell); init => cell = value ?? None; }
    public int? Paragraph { get => Get(paragraph); init => paragraph = value ?? None; }
    public int? Page { get => Get(page); init => page = value ?? None; }
    public double? X { get => double.IsNaN(x) ? null : x; init => x = value ?? double.NaN; }
    public double? Y { get => double.IsNaN(y) ? null : y; init => y = value ?? double.NaN; }

    static int? Get(int v) => v == None ? null : v;

    public static Provenance TextSpan(int line, int column, int length) =>
        new("text") { Line = line, Column = column, Length = length };

    public static Provenance GridCell(string kind, int table, int row, int cell) =>
        new(kind) { Table = table, Row = row, Cell = cell };

    public override string ToString() => Kind switch
    {
        "text" => $"line {Line}, col {Column + 1}",
        "pdf" => $"page {Page}, line {Line}",
        _ when Table is not null => $"table {Table}, row {Row}, cell {Cell}",
        _ when Paragraph is not null => $"paragraph {Paragraph}",
        _ => Kind,
    };
}
