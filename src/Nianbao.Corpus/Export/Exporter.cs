using System.Text;
using Nianbao.Corpus.Query;
using Nianbao.Corpus.Storage;

namespace Nianbao.Corpus.Export;

/// <summary>The dataset shapes and file formats of `nianbao export --to`.</summary>
public enum ExportFormat { Csv, CsvLong, Xlsx, Jsonl, Parquet, CsvFigures }

/// <summary>What an export wrote.</summary>
public sealed record ExportResult(string Path, string CodebookPath, int Rows, int Columns);

/// <summary>
/// Clean datasets from the corpus (docs/corpus.md "Export"): one row per report with a column per codebook key
/// (csv, xlsx, jsonl, parquet), or one row per value with its provenance (csv-long); a blank or absent value is
/// empty (null), never 0. A codebook file (NAME.codebook.csv) beside the dataset describes every column. Rows
/// stream from the database to the file, so memory stays flat whatever the corpus size.
/// </summary>
public static class Exporter
{
    public static ExportFormat? ParseFormat(string text) => text.ToLowerInvariant() switch
    {
        "csv" => ExportFormat.Csv,
        "csv-long" => ExportFormat.CsvLong,
        "xlsx" => ExportFormat.Xlsx,
        "jsonl" => ExportFormat.Jsonl,
        "parquet" => ExportFormat.Parquet,
        "csv-figures" => ExportFormat.CsvFigures,
        _ => null,
    };

    public static ExportResult Export(CorpusDb db, ReportFilter filter, ExportFormat format, string path, bool bom = false)
    {
        var (columns, rows) = format switch
        {
            ExportFormat.CsvLong => (Codebook.Long, LongRows(db, filter)),
            ExportFormat.CsvFigures => (Codebook.Figures, FigureRows(db, filter)),
            _ => (Codebook.Wide, WideRows(db, filter)),
        };
        var count = 0;
        using (var stream = File.Create(path))
        using (var sink = Sink(format, stream, columns, bom))
            foreach (var row in rows) { sink.Row(row); count++; }
        var codebook = CodebookPath(path);
        WriteCodebook(codebook, columns, bom);
        return new ExportResult(path, codebook, count, columns.Count);
    }

    /// <summary>data.csv → data.codebook.csv.</summary>
    public static string CodebookPath(string path) =>
        System.IO.Path.Combine(System.IO.Path.GetDirectoryName(System.IO.Path.GetFullPath(path))!, System.IO.Path.GetFileNameWithoutExtension(path) + ".codebook.csv");

    static IRowSink Sink(ExportFormat format, Stream stream, IReadOnlyList<CodebookColumn> columns, bool bom) => format switch
    {
        ExportFormat.Xlsx => new XlsxSink(stream, columns),
        ExportFormat.Jsonl => new JsonlSink(stream, columns),
        ExportFormat.Parquet => new ParquetSink(stream, columns),
        _ => new CsvSink(stream, columns, bom),
    };

    static void WriteCodebook(string path, IReadOnlyList<CodebookColumn> columns, bool bom)
    {
        string[] header = ["column", "type", "kind", "label_zh", "label_en", "meaning", "table", "row", "column_key", "formats"];
        var book = header.Select(h => new CodebookColumn(h, ColumnType.Text, "text", h, h, "", null, null, null, "")).ToList();
        using var stream = File.Create(path);
        using var sink = new CsvSink(stream, book, bom);
        foreach (var c in columns)
            sink.Row([c.Name, c.Type == ColumnType.Integer ? "integer" : "text", c.Kind, c.LabelZh, c.LabelEn, c.Meaning, c.Table, c.Row, c.Column, c.Formats]);
    }

    /// <summary>One row per report: the report columns, then each codebook value (null when blank or absent).</summary>
    static IEnumerable<object?[]> WideRows(CorpusDb db, ReportFilter filter)
    {
        var valueIndex = Codebook.ValueColumns.Select((c, i) => (c.Name, i)).ToDictionary(x => x.Name, x => x.i);
        var first = Codebook.ReportColumns.Count;
        using var values = db.Connect();
        using var vcmd = values.CreateCommand();
        vcmd.CommandText = $"SELECT report_id, table_key, row_key, column_key, value_int, value_text FROM report_values WHERE report_id IN ({CorpusQuery.Ids(vcmd, filter)}) ORDER BY report_id";
        using var v = vcmd.ExecuteReader();
        var hasValue = v.Read();
        var metrics = first + valueIndex.Count;
        foreach (var r in CorpusQuery.Reports(db, filter))
        {
            var row = new object?[metrics + Codebook.MetricColumns.Count];
            ReportCells(r, row);
            var integers = new Dictionary<Template.CellRef, long>();
            while (hasValue && v.GetInt64(0) < r.Id) hasValue = v.Read();
            for (; hasValue && v.GetInt64(0) == r.Id; hasValue = v.Read())
            {
                var key = $"{v.GetString(1)}.{v.GetString(2)}.{v.GetString(3)}";
                if (!valueIndex.TryGetValue(key, out var i)) throw new InvalidDataException($"report {r.Id}: {key} is not a codebook key of this version");
                row[first + i] = Typed(Codebook.ValueColumns[i], Db.Long(v, 4), Db.Str(v, 5), r.Id);
                if (Db.Long(v, 4) is long n) integers[new Template.CellRef(v.GetString(1), v.GetString(2), v.GetString(3))] = n;
            }
            // The metrics' numerators and denominators, by the library's one implementation (docs/metrics.md).
            var cells = new Nianbao.Analysis.ReportCells(r.Format is { } f ? new Template.FormatId(f) : null, integers);
            foreach (var (m, k) in Nianbao.Analysis.Statistics.OfReport(cells, Template.ReportTemplate.Embedded).Select((m, k) => (m, k)))
                if (m.Counted == 1) { row[metrics + 2 * k] = m.Numerator; row[metrics + 2 * k + 1] = m.Denominator; }
            yield return row;
        }
    }

    static void ReportCells(ReportRow r, object?[] row)
    {
        object?[] cells = [r.Id, r.Sha256, r.FileName, r.AgencyId, r.Agency, r.PrintedAgency, r.RegionCode, r.RegionName, r.Level, r.Type,
            r.Year is int y ? (long)y : null, r.Format, r.Scope, r.Title, (long)r.Errors, (long)r.Warnings, (long)r.Infos, r.ParserVersion];
        Array.Copy(cells, row, cells.Length);
    }

    /// <summary>A stored value in its codebook type; a value that does not fit is an error, never a silent guess.</summary>
    static object? Typed(CodebookColumn c, long? integer, string? text, long report) => c.Type switch
    {
        ColumnType.Integer when text is null => integer,
        ColumnType.Text when integer is null => text,
        ColumnType.Text => integer!.Value.ToString(System.Globalization.CultureInfo.InvariantCulture),
        _ => throw new InvalidDataException($"report {report}: {c.Name} holds \"{text}\", not an integer"),
    };

    /// <summary>One row per narrative figure, in reading order within each report.</summary>
    static IEnumerable<object?[]> FigureRows(CorpusDb db, ReportFilter filter)
    {
        using var c = db.Connect();
        using var cmd = c.CreateCommand();
        cmd.CommandText = $"""
            SELECT r.id, s.sha256, r.agency_id, a.name, r.year, r.format, n.ordinal, n.key, n.value, n.unit, n.section, n.text, n.provenance
            {CorpusQuery.From} JOIN narrative_figures n ON n.report_id = r.id
            WHERE {filter.Where(cmd)} ORDER BY r.id, n.ordinal
            """;
        using var r = cmd.ExecuteReader();
        while (r.Read())
            yield return [r.GetInt64(0), r.GetString(1), Db.Long(r, 2), Db.Str(r, 3), Db.Int(r, 4) is int y ? (long)y : null, Db.Str(r, 5),
                Db.Long(r, 6), r.GetString(7), r.GetString(8), r.GetString(9), r.GetString(10), r.GetString(11), Db.Str(r, 12)];
    }

    /// <summary>One row per stored value, in printed order within each report.</summary>
    static IEnumerable<object?[]> LongRows(CorpusDb db, ReportFilter filter)
    {
        using var c = db.Connect();
        using var cmd = c.CreateCommand();
        cmd.CommandText = $"""
            SELECT r.id, s.sha256, r.agency_id, a.name, r.year, r.format, v.table_key, v.row_key, v.column_key, v.layout,
                   v.value_int, v.value_text, v.blank, v.state, v.raw, v.provenance
            {CorpusQuery.From} JOIN report_values v ON v.report_id = r.id
            WHERE {filter.Where(cmd)} ORDER BY r.id
            """;
        using var r = cmd.ExecuteReader();
        var pending = new List<(int Order, object?[] Row)>();
        long current = -1;
        while (r.Read())
        {
            var id = r.GetInt64(0);
            if (id != current)
            {
                foreach (var p in pending.OrderBy(p => p.Order)) yield return p.Row;
                pending.Clear();
                current = id;
            }
            var (table, rowKey, column, layout) = (r.GetString(6), r.GetString(7), r.GetString(8), r.GetString(9));
            pending.Add((TemplateOrder.Cell(table, layout, rowKey, column), [
                id, r.GetString(1), Db.Long(r, 2), Db.Str(r, 3), Db.Int(r, 4) is int y ? (long)y : null, Db.Str(r, 5),
                table, rowKey, column, $"{table}.{rowKey}.{column}", Db.Long(r, 10), Db.Str(r, 11), Db.Bool(r, 12) ? 1L : 0L,
                r.GetString(13), Db.Str(r, 14), Db.Str(r, 15)]));
        }
        foreach (var p in pending.OrderBy(p => p.Order)) yield return p.Row;
    }
}

/// <summary>A dataset file being written row by row.</summary>
interface IRowSink : IDisposable
{
    void Row(object?[] values);
}

static class Text
{
    public static string? Of(object? v) => v switch
    {
        null => null,
        long l => l.ToString(System.Globalization.CultureInfo.InvariantCulture),
        _ => Convert.ToString(v, System.Globalization.CultureInfo.InvariantCulture),
    };

    public static Encoding Utf8(bool bom) => new UTF8Encoding(bom);
}
