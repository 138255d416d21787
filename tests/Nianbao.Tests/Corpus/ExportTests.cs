using System.Globalization;
using System.Text.Json;
using CsvHelper;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using DocumentFormat.OpenXml.Validation;
using DuckDB.NET.Data;
using Nianbao.Corpus.Export;
using Nianbao.Corpus.Import;
using Nianbao.Corpus.Query;
using Nianbao.Corpus.Storage;
using Nianbao.Model;

namespace Nianbao.Tests.Corpus;

/// <summary>Every value and every null of the samples survives export to each format, read back by an independent
/// reader (CsvHelper, System.Text.Json, the OpenXML SDK with its validator, DuckDB for Parquet).</summary>
public class ExportTests : IClassFixture<ExportTests.Imported>
{
    public sealed class Imported : IDisposable
    {
        public TestCorpus Corpus { get; } = new("sqlite");
        public CorpusDb Db { get; }
        /// <summary>sha256 → codebook key → value (long, string) or null, from parsing the samples directly.</summary>
        public Dictionary<string, Dictionary<string, object?>> Expected { get; } = [];
        public Dictionary<string, Report> Reports { get; } = [];

        public Imported()
        {
            Db = CorpusDb.Open(Corpus.Target);
            Importer.Import(Db, TestCorpus.Samples);
            foreach (var file in TestCorpus.Samples)
            {
                var sha = Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(File.ReadAllBytes(file)));
                var report = ReportParser.ParseFile(file);
                Reports[sha] = report;
                var values = Codebook.ValueColumns.ToDictionary(c => c.Name, _ => (object?)null);
                foreach (var (table, t) in report.Tables)
                    foreach (var (row, column, v) in t.All)
                        values[$"{table}.{row}.{column}"] = v.Integer is long i ? i : v.Text;
                Expected[sha] = values;
            }
        }

        public void Dispose() => Corpus.Dispose();
    }

    readonly Imported data;
    public ExportTests(Imported data) => this.data = data;

    string Export(ExportFormat format, string name, bool bom = false)
    {
        var path = data.Corpus.File(name);
        var result = Exporter.Export(data.Db, ReportFilter.All, format, path, bom);
        Assert.True(File.Exists(result.CodebookPath));
        return path;
    }

    void AssertWide(List<Dictionary<string, object?>> rows)
    {
        Assert.Equal(data.Expected.Count, rows.Count);
        var nulls = 0;
        var numbers = 0;
        foreach (var row in rows)
        {
            var expected = data.Expected[(string)row["sha256"]!];
            foreach (var (key, value) in expected)
            {
                Assert.True(row.ContainsKey(key), key);
                Assert.Equal(value, row[key]);
                if (value is null) nulls++; else numbers++;
            }
            Assert.Equal(data.Reports[(string)row["sha256"]!].Year, (int?)(long?)row["year"]);
        }
        Assert.True(nulls > 0 && numbers > 400, $"{nulls} nulls, {numbers} values");
    }

    static object? Parse(string field, CodebookColumn c) =>
        field.Length == 0 ? null : c.Type == ColumnType.Integer ? long.Parse(field, CultureInfo.InvariantCulture) : field;

    static List<Dictionary<string, object?>> ReadCsv(string path, IReadOnlyList<CodebookColumn> columns)
    {
        using var reader = new StreamReader(path);
        using var csv = new CsvReader(reader, CultureInfo.InvariantCulture);
        csv.Read();
        csv.ReadHeader();
        Assert.Equal(columns.Select(c => c.Name), csv.HeaderRecord);
        var rows = new List<Dictionary<string, object?>>();
        while (csv.Read())
            rows.Add(columns.Select((c, i) => (c.Name, Value: Parse(csv.GetField(i)!, c))).ToDictionary(x => x.Name, x => x.Value));
        return rows;
    }

    [Fact]
    public void Csv_round_trips_every_value_and_null()
    {
        var path = Export(ExportFormat.Csv, "data.csv", bom: true);
        Assert.Equal([0xEF, 0xBB, 0xBF], File.ReadAllBytes(path)[..3]);
        AssertWide(ReadCsv(path, Codebook.Wide));
        var codebook = ReadCsv(Exporter.CodebookPath(path), new[] { "column", "type", "kind", "label_zh", "label_en", "meaning", "table", "row", "column_key", "formats" }
            .Select(h => new CodebookColumn(h, ColumnType.Text, "", "", "", "", null, null, null, "")).ToList());
        Assert.Equal(Codebook.Wide.Select(c => c.Name), codebook.Select(r => (string)r["column"]!));
        Assert.Contains(codebook, r => (string?)r["column"] == "applications.granted.natural_person" && ((string)r["label_zh"]!).Contains("予以公开"));
    }

    [Fact]
    public void Csv_without_bom_has_none()
    {
        var path = Export(ExportFormat.Csv, "plain.csv");
        Assert.Equal((byte)'r', File.ReadAllBytes(path)[0]);
    }

    [Fact]
    public void Long_csv_has_every_stored_value_with_state_and_provenance()
    {
        var rows = ReadCsv(Export(ExportFormat.CsvLong, "long.csv"), Codebook.Long);
        var expected = data.Reports.SelectMany(r => r.Value.Tables.SelectMany(t => t.Value.All.Select(v => (Sha: r.Key, Key: $"{t.Key}.{v.Row}.{v.Column}", v.Value)))).ToList();
        Assert.Equal(expected.Count, rows.Count);
        var byKey = rows.ToDictionary(r => ((string)r["sha256"]!, (string)r["key"]!));
        foreach (var (sha, key, v) in expected)
        {
            var row = byKey[(sha, key)];
            Assert.Equal(v.Integer, (long?)row["value_int"]);
            Assert.Equal(v.Text, (string?)row["value_text"]);
            Assert.Equal(v.State is ValueState.Blank or ValueState.BlankMark ? 1L : 0L, row["blank"]);
            Assert.Equal(v.State.ToString().ToLowerInvariant(), row["state"]);
            Assert.Equal(v.Raw is "" ? null : v.Raw, (string?)row["raw"]);   // CSV cannot tell an empty text from none
            if (v.Source is not null) Assert.Contains($"\"kind\":\"{v.Source.Kind}\"", (string)row["provenance"]!);
        }
    }

    [Fact]
    public void Jsonl_round_trips_every_value_and_null()
    {
        var rows = File.ReadLines(Export(ExportFormat.Jsonl, "data.jsonl")).Select(line =>
        {
            using var doc = JsonDocument.Parse(line);
            return doc.RootElement.EnumerateObject().ToDictionary(p => p.Name, p => p.Value.ValueKind switch
            {
                JsonValueKind.Null => (object?)null,
                JsonValueKind.Number => p.Value.GetInt64(),
                _ => p.Value.GetString(),
            });
        }).ToList();
        AssertWide(rows);
    }

    [Fact]
    public void Xlsx_is_valid_and_round_trips_every_value_and_null()
    {
        var path = Export(ExportFormat.Xlsx, "data.xlsx");
        using var doc = SpreadsheetDocument.Open(path, false);
        var errors = new OpenXmlValidator().Validate(doc).Take(5).Select(e => $"{e.Path?.XPath}: {e.Description}").ToList();
        Assert.True(errors.Count == 0, string.Join("\n", errors));
        var sheet = doc.WorkbookPart!.WorksheetParts.Single().Worksheet;
        var xrows = sheet.Descendants<Row>().ToList();
        var columns = Codebook.Wide;
        var header = xrows[0].Elements<Cell>().Select(c => c.InnerText).ToList();
        Assert.Equal(columns.Select(c => c.Name), header);
        var rows = xrows.Skip(1).Select(r =>
        {
            var values = columns.ToDictionary(c => c.Name, _ => (object?)null);
            foreach (var cell in r.Elements<Cell>())
            {
                var index = ColumnIndex(cell.CellReference!.Value!);
                values[columns[index].Name] = cell.DataType?.Value == CellValues.Number
                    ? long.Parse(cell.CellValue!.Text, CultureInfo.InvariantCulture) : cell.InnerText;
            }
            return values;
        }).ToList();
        AssertWide(rows);
    }

    static int ColumnIndex(string reference)
    {
        var n = 0;
        foreach (var ch in reference.TakeWhile(char.IsLetter)) n = n * 26 + (ch - 'A' + 1);
        return n - 1;
    }

    [Fact]
    public void Parquet_is_read_back_by_duckdb_with_every_value_and_null()
    {
        var path = Export(ExportFormat.Parquet, "data.parquet");
        using var duck = new DuckDBConnection("Data Source=:memory:");
        duck.Open();
        using var cmd = duck.CreateCommand();
        cmd.CommandText = $"SELECT * FROM read_parquet('{path.Replace("'", "''")}')";
        using var r = cmd.ExecuteReader();
        var columns = Codebook.Wide;
        Assert.Equal(columns.Select(c => c.Name), Enumerable.Range(0, r.FieldCount).Select(r.GetName));
        var rows = new List<Dictionary<string, object?>>();
        while (r.Read())
            rows.Add(columns.Select((c, i) => (c.Name, Value: r.IsDBNull(i) ? null : c.Type == ColumnType.Integer ? (object)r.GetInt64(i) : r.GetString(i)))
                .ToDictionary(x => x.Name, x => x.Value));
        AssertWide(rows);
        // The integer columns are typed BIGINT for analysis tools, not text.
        using var types = duck.CreateCommand();
        types.CommandText = $"SELECT column_type FROM (DESCRIBE SELECT * FROM read_parquet('{path.Replace("'", "''")}')) WHERE column_name = 'applications.granted.natural_person'";
        Assert.Equal("BIGINT", types.ExecuteScalar());
    }
}
