using System.Globalization;
using System.Text.Json;
using CsvHelper;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using Parquet;
using Parquet.Schema;
using DataField = Parquet.Schema.DataField;

namespace Nianbao.Corpus.Export;

/// <summary>CSV, UTF-8 (with a byte-order mark for Excel when asked): a header of column names, null as an empty field.</summary>
sealed class CsvSink : IRowSink
{
    readonly StreamWriter text;
    readonly CsvWriter csv;

    public CsvSink(Stream stream, IReadOnlyList<CodebookColumn> columns, bool bom)
    {
        text = new StreamWriter(stream, Text.Utf8(bom), 1 << 16, leaveOpen: true);
        csv = new CsvWriter(text, CultureInfo.InvariantCulture);
        foreach (var c in columns) csv.WriteField(c.Name);
        csv.NextRecord();
    }

    public void Row(object?[] values)
    {
        foreach (var v in values) csv.WriteField(Text.Of(v) ?? "");
        csv.NextRecord();
    }

    public void Dispose()
    {
        csv.Dispose();
        text.Dispose();
    }
}

/// <summary>JSON Lines: one object per row, keyed by column name, null for blank.</summary>
sealed class JsonlSink(Stream stream, IReadOnlyList<CodebookColumn> columns) : IRowSink
{
    readonly Utf8JsonWriter json = new(stream, new JsonWriterOptions { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping });

    public void Row(object?[] values)
    {
        json.WriteStartObject();
        for (var i = 0; i < values.Length; i++)
        {
            json.WritePropertyName(columns[i].Name);
            switch (values[i])
            {
                case null: json.WriteNullValue(); break;
                case long l: json.WriteNumberValue(l); break;
                case var v: json.WriteStringValue(Text.Of(v)); break;
            }
        }
        json.WriteEndObject();
        json.Flush();
        stream.WriteByte((byte)'\n');
        json.Reset();
    }

    public void Dispose() => json.Dispose();
}

/// <summary>
/// XLSX with one sheet, streamed with OpenXmlWriter: a header row, integers as numbers, text inline, a blank as
/// no cell at all. Excel holds 1,048,576 rows per sheet; more is an error, not a truncation.
/// </summary>
sealed class XlsxSink : IRowSink
{
    const int MaxRows = 1_048_576;
    readonly SpreadsheetDocument doc;
    readonly OpenXmlWriter writer;
    readonly string[] letters;
    uint row = 1;

    public XlsxSink(Stream stream, IReadOnlyList<CodebookColumn> columns)
    {
        doc = SpreadsheetDocument.Create(stream, SpreadsheetDocumentType.Workbook);
        var book = doc.AddWorkbookPart();
        var sheet = book.AddNewPart<WorksheetPart>();
        book.Workbook = new Workbook(new Sheets(new Sheet { Name = "data", SheetId = 1, Id = book.GetIdOfPart(sheet) }));
        book.Workbook.Save();
        letters = Enumerable.Range(0, columns.Count).Select(Letter).ToArray();
        writer = OpenXmlWriter.Create(sheet);
        writer.WriteStartElement(new Worksheet());
        writer.WriteElement(new SheetViews(new SheetView(
            new Pane { VerticalSplit = 1, TopLeftCell = "A2", ActivePane = PaneValues.BottomLeft, State = PaneStateValues.Frozen })
        { WorkbookViewId = 0 }));
        writer.WriteStartElement(new SheetData());
        Row(columns.Select(c => (object?)c.Name).ToArray());
    }

    public void Row(object?[] values)
    {
        if (row > MaxRows) throw new InvalidOperationException($"an XLSX sheet holds at most {MaxRows} rows; export to csv or parquet instead");
        writer.WriteStartElement(new Row { RowIndex = row });
        for (var i = 0; i < values.Length; i++)
        {
            var reference = letters[i] + row.ToString(CultureInfo.InvariantCulture);
            switch (values[i])
            {
                case null: break;
                case long l:
                    writer.WriteElement(new Cell(new CellValue(l.ToString(CultureInfo.InvariantCulture))) { CellReference = reference, DataType = CellValues.Number });
                    break;
                case var v:
                    writer.WriteElement(new Cell(new InlineString(new DocumentFormat.OpenXml.Spreadsheet.Text(Clean(Text.Of(v)!)) { Space = SpaceProcessingModeValues.Preserve }))
                    { CellReference = reference, DataType = CellValues.InlineString });
                    break;
            }
        }
        writer.WriteEndElement();
        row++;
    }

    /// <summary>XML 1.0 cannot carry most control characters; a cell holds at most 32,767 characters.</summary>
    static string Clean(string s)
    {
        if (s.Length > Nianbao.Output.SheetCells.MaxCellChars) throw new InvalidOperationException("a text longer than an XLSX cell holds (32,767 characters)");
        return Nianbao.Output.SheetCells.XmlSafe(s);
    }

    static string Letter(int i) => Nianbao.Output.SheetCells.ColumnName(i);

    public void Dispose()
    {
        writer.WriteEndElement();
        writer.WriteEndElement();
        writer.Dispose();
        doc.Dispose();
    }
}

/// <summary>Parquet through Parquet.Net: integers as nullable INT64, text as nullable UTF-8 strings, row groups of
/// 10,000 rows so memory stays flat; readable by pandas, R (arrow), DuckDB and Spark.</summary>
sealed class ParquetSink : IRowSink
{
    const int GroupRows = 10_000;
    readonly IReadOnlyList<CodebookColumn> columns;
    readonly DataField[] fields;
    readonly ParquetWriter writer;
    readonly List<object?[]> rows = new(GroupRows);

    public ParquetSink(Stream stream, IReadOnlyList<CodebookColumn> columns)
    {
        this.columns = columns;
        fields = columns.Select(c => c.Type == ColumnType.Integer ? (DataField)new DataField<long?>(c.Name) : new DataField<string>(c.Name, true)).ToArray();
        writer = ParquetWriter.CreateAsync(new ParquetSchema(fields), stream).GetAwaiter().GetResult();
    }

    public void Row(object?[] values)
    {
        rows.Add(values);
        if (rows.Count >= GroupRows) Group();
    }

    void Group()
    {
        using var group = writer.CreateRowGroup();
        for (var i = 0; i < columns.Count; i++)
        {
            if (columns[i].Type == ColumnType.Integer)
            {
                var data = rows.Select(r => (long?)r[i]).ToArray();
                group.WriteAsync<long>(fields[i], new ReadOnlyMemory<long?>(data)).GetAwaiter().GetResult();
            }
            else
                group.WriteAsync(fields[i], rows.Select(r => Text.Of(r[i])).ToArray()).GetAwaiter().GetResult();
        }
        group.CompleteValidate();
        rows.Clear();
        groups++;
    }

    public void Dispose()
    {
        if (rows.Count > 0 || groups == 0) Group();
        writer.DisposeAsync().AsTask().GetAwaiter().GetResult();
    }

    int groups;
}
