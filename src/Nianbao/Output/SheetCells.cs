using System.Globalization;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Spreadsheet;

namespace Nianbao.Output;

/// <summary>
/// The cells and rows of the streamed XLSX sheets Nianbao writes (the 问题清单, the corpus's review workbook and
/// export): one copy of the column letters, the XML-safe text and the row writer.
/// </summary>
public static class SheetCells
{
    /// <summary>The most characters an XLSX cell holds.</summary>
    public const int MaxCellChars = 32767;

    /// <summary>The column letters of a zero-based column index: 0 → A, 25 → Z, 26 → AA.</summary>
    /// <param name="index">The zero-based column index.</param>
    public static string ColumnName(int index) =>
        index < 26 ? ((char)('A' + index)).ToString() : ColumnName(index / 26 - 1) + (char)('A' + index % 26);

    /// <summary>The text without the characters XML 1.0 cannot carry (control characters other than tab, line feed and
    /// carriage return; U+FFFE, U+FFFF). The length is left to the caller.</summary>
    /// <param name="s">The text to write.</param>
    public static string XmlSafe(string s)
    {
        foreach (var ch in s)
            if (Forbidden(ch)) return new string(s.Where(c => !Forbidden(c)).ToArray());
        return s;
    }

    static bool Forbidden(char c) => c < 0x20 && c is not ('\t' or '\n' or '\r') || c is '\uFFFE' or '\uFFFF';

    /// <summary>An inline-string cell holding <paramref name="s"/> made XML-safe and cut to <see cref="MaxCellChars"/>
    /// (for lists meant for reading, not for data export); null or empty text gives an empty cell.</summary>
    /// <param name="s">The text, or null.</param>
    /// <param name="style">The cell format index in the workbook's stylesheet; 0 is the default format.</param>
    public static Cell Text(string? s, uint style = 0)
    {
        var styleIndex = style == 0 ? null : (UInt32Value)style;
        if (string.IsNullOrEmpty(s)) return new Cell { StyleIndex = styleIndex };
        var text = XmlSafe(s.Length > MaxCellChars ? s[..MaxCellChars] : s);
        return new Cell(new InlineString(new Text(text) { Space = SpaceProcessingModeValues.Preserve }))
        { DataType = CellValues.InlineString, StyleIndex = styleIndex };
    }

    /// <summary>A number cell.</summary>
    /// <param name="n">The value.</param>
    public static Cell Number(long n) => new(new CellValue(n.ToString(CultureInfo.InvariantCulture))) { DataType = CellValues.Number };

    /// <summary>Writes one row of cells, each given its reference (A1, B1…) in order.</summary>
    /// <param name="writer">The sheet's streaming writer, inside its sheetData element.</param>
    /// <param name="index">The one-based row number.</param>
    /// <param name="cells">The row's cells, from column A.</param>
    public static void WriteRow(OpenXmlWriter writer, uint index, IEnumerable<Cell> cells)
    {
        writer.WriteStartElement(new Row { RowIndex = index });
        var column = 0;
        foreach (var c in cells)
        {
            c.CellReference = ColumnName(column++) + index.ToString(CultureInfo.InvariantCulture);
            writer.WriteElement(c);
        }
        writer.WriteEndElement();
    }

    /// <summary>Column widths, in characters, for the columns from A on.</summary>
    /// <param name="widths">One width per column.</param>
    /// <returns>The sheet's column definitions.</returns>
    public static Columns Widths(params IEnumerable<double> widths) => new(widths.Select((wd, i) =>
        new Column { Min = (uint)(i + 1), Max = (uint)(i + 1), Width = wd, CustomWidth = true }));

    /// <summary>The one stylesheet of Nianbao's workbooks: style 0 plain, 1 a bold header on grey, 2 wrapped text
    /// aligned to the top, 3 a link (underlined, blue).</summary>
    /// <returns>A new stylesheet.</returns>
    public static Stylesheet Styles() => new(
        new Fonts(
            new Font(new FontSize { Val = 11 }),
            new Font(new Bold(), new FontSize { Val = 11 }),
            new Font(new Underline(), new FontSize { Val = 11 }, new Color { Rgb = "FF0563C1" })),
        new Fills(
            new Fill(new PatternFill { PatternType = PatternValues.None }),
            new Fill(new PatternFill { PatternType = PatternValues.Gray125 }),
            new Fill(new PatternFill(new ForegroundColor { Rgb = "FFE7E6E6" }) { PatternType = PatternValues.Solid })),
        new Borders(new Border(new LeftBorder(), new RightBorder(), new TopBorder(), new BottomBorder(), new DiagonalBorder())),
        new CellFormats(
            new CellFormat(),
            new CellFormat { FontId = 1, FillId = 2, ApplyFont = true, ApplyFill = true },
            new CellFormat(new Alignment { WrapText = true, Vertical = VerticalAlignmentValues.Top }) { ApplyAlignment = true },
            new CellFormat { FontId = 2, ApplyFont = true }));
}
