namespace Nianbao.Model;

/// <summary>
/// Where in the source a value or text was read. Text sources: 1-based line, 0-based column and length in
/// characters of the decoded original line. Table sources (HTML, DOCX): 1-based table, row and column of the
/// expanded grid. PDF: page and position. Paragraph: the n-th paragraph of an HTML/DOCX body.
/// </summary>
public sealed record Provenance(string Kind)
{
    public int? Line { get; init; }
    public int? Column { get; init; }
    public int? Length { get; init; }
    public int? Table { get; init; }
    public int? Row { get; init; }
    public int? Cell { get; init; }
    public int? Paragraph { get; init; }
    public int? Page { get; init; }
    public double? X { get; init; }
    public double? Y { get; init; }

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
