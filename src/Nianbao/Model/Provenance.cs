namespace Nianbao.Model;

/// <summary>
/// Where in the source a value or text was read. Text sources: 1-based line, 0-based column and length in
/// characters of the decoded original line. Table sources (HTML, DOCX): 1-based table, row and column of the
/// expanded grid. PDF: page and position. Paragraph: the n-th paragraph of an HTML/DOCX body.
/// </summary>
/// <param name="Kind">The source kind: "text", "html", "html-meta", "docx", "docx-properties", "pdf" or "ocr" (a scanned PDF page read by OCR: page and position in points).</param>
public sealed record Provenance(string Kind)
{
    // Every cell of a document carries one: stored without Nullable<T> padding (a sentinel stands for null), so
    // a large document's cells cost about half the memory (docs/limits.md).
    const int None = int.MinValue;
    readonly int line = None, column = None, length = None, table = None, row = None, cell = None, paragraph = None, page = None;
    readonly double x = double.NaN, y = double.NaN;

    /// <summary>1-based line: of the decoded original text (text sources) or of its page (PDF); null otherwise.</summary>
    public int? Line { get => Get(line); init => line = value ?? None; }
    /// <summary>0-based character column on <see cref="Line"/> where the value starts; null when not a text span.</summary>
    public int? Column { get => Get(column); init => column = value ?? None; }
    /// <summary>Length in characters of the text span; null when not a text span.</summary>
    public int? Length { get => Get(length); init => length = value ?? None; }
    /// <summary>1-based table number in the document (HTML, DOCX grid cells); null otherwise.</summary>
    public int? Table { get => Get(table); init => table = value ?? None; }
    /// <summary>1-based row of the expanded grid (merged cells repeated) of <see cref="Table"/>; null otherwise.</summary>
    public int? Row { get => Get(row); init => row = value ?? None; }
    /// <summary>1-based column of the expanded grid of <see cref="Table"/>; null otherwise.</summary>
    public int? Cell { get => Get(cell); init => cell = value ?? None; }
    /// <summary>1-based paragraph of an HTML/DOCX body (text outside tables); null otherwise.</summary>
    public int? Paragraph { get => Get(paragraph); init => paragraph = value ?? None; }
    /// <summary>1-based PDF page; null for other sources.</summary>
    public int? Page { get => Get(page); init => page = value ?? None; }
    /// <summary>Horizontal position on the PDF page, as the PDF layout measured it; null when unknown.</summary>
    public double? X { get => double.IsNaN(x) ? null : x; init => x = value ?? double.NaN; }
    /// <summary>Vertical position on the PDF page, as the PDF layout measured it; null when unknown.</summary>
    public double? Y { get => double.IsNaN(y) ? null : y; init => y = value ?? double.NaN; }

    static int? Get(int v) => v == None ? null : v;

    /// <summary>A span of a text source: 1-based line, 0-based column, length in characters.</summary>
    public static Provenance TextSpan(int line, int column, int length) =>
        new("text") { Line = line, Column = column, Length = length };

    /// <summary>A cell of a table's expanded grid in an HTML or DOCX source (<paramref name="kind"/>), all 1-based.</summary>
    public static Provenance GridCell(string kind, int table, int row, int cell) =>
        new(kind) { Table = table, Row = row, Cell = cell };

    /// <summary>A short English position for messages: "line 3, col 5", "page 2, line 7", "table 1, row 4, cell 2", "paragraph 9".</summary>
    public override string ToString() => Kind switch
    {
        "text" => $"line {Line}, col {Column + 1}",
        "pdf" => $"page {Page}, line {Line}",
        "ocr" => Line is null ? $"page {Page} (OCR)" : $"page {Page}, line {Line} (OCR)",
        _ when Table is not null => $"table {Table}, row {Row}, cell {Cell}",
        _ when Paragraph is not null => $"paragraph {Paragraph}",
        _ => Kind,
    };
}
