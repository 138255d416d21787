using System.Buffers;
using System.Globalization;
using System.Text.Json;
using Nianbao.Checking;
using Nianbao.Corpus.Storage;
using Nianbao.Model;
using Nianbao.Output;
using Nianbao.Synthesis;
using Nianbao.Template;

namespace Nianbao.Tests.Corpus;

/// <summary>A report's rows as the writer stores them (ReportRows.Build, written byte by byte into pooled buffers)
/// must hold exactly what a plain encoding of the report gives: every string as it is, provenance and arguments as
/// the JSON writer writes them, cells as JsonSerializer writes a list — for every rendering, the samples, the
/// HTML, Word and PDF test files, and provenance or cells no synthetic report has.</summary>
public class RowsEncodingTests
{
    static readonly JsonWriterOptions Relaxed = new() { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    static string Json(Action<Utf8JsonWriter> body)
    {
        var buffer = new ArrayBufferWriter<byte>();
        using (var w = new Utf8JsonWriter(buffer, Relaxed)) body(w);
        return System.Text.Encoding.UTF8.GetString(buffer.WrittenSpan);
    }

    static string? Provenance(Provenance? p) => p is null ? null : Json(w => JsonReportWriter.WriteSource(w, p, null));

    /// <summary>The reference: each table's rows as plain values, in the order they are added.</summary>
    static Dictionary<BulkTable, List<object?[]>> Reference(Report report, IReadOnlyList<Finding> findings)
    {
        var t = BulkTable.All.ToDictionary(b => b, _ => new List<object?[]>());
        foreach (var m in report.Metadata.Values) t[BulkTable.Metadata].Add([m.Key, m.Value, Provenance(m.Source)]);
        foreach (var s in report.Sections.Values) t[BulkTable.Sections].Add([s.Key, s.Heading, s.Text, s.Match, Provenance(s.Source)]);
        foreach (var (key, table) in report.Tables)
            foreach (var (row, column, v) in table.All)
                t[BulkTable.Values].Add([key, row, column, table.Layout.Value, v.Integer, v.Text,
                    v.State is ValueState.Blank or ValueState.BlankMark ? 1L : 0L, v.State.ToString().ToLowerInvariant(), v.Raw, Provenance(v.Source)]);
        var i = 0L;
        foreach (var n in report.NarrativeFigures)
            t[BulkTable.Figures].Add([i++, n.Key, n.Value.ToString(CultureInfo.InvariantCulture), n.Unit, n.Section, n.Text, Provenance(n.Source)]);
        i = 0;
        foreach (var f in findings)
        {
            var l = f.Location;
            t[BulkTable.Findings].Add([i++, f.Code, f.Severity.ToString().ToLowerInvariant(),
                l.Table is not null ? $"{l.Table}.{l.Row}.{l.Column}" : l.Section ?? "", l.Section, l.Table, l.Row, l.Column,
                l.Cells is { Count: > 0 } cells ? JsonSerializer.Serialize(cells.Select(c => $"{c.Table}.{c.Row}.{c.Column}").ToList()) : null,
                Provenance(l.Source), f.Message("zh"), f.Message("en"),
                Json(w =>
                {
                    w.WriteStartObject();
                    foreach (var (k, v) in f.Args) { w.WritePropertyName(k); JsonSerializer.Serialize(w, v); }
                    w.WriteEndObject();
                })]);
        }
        return t;
    }

    static object? Decode(EncodedRows rows, int row, int column) => rows.FieldOf(row, column) is var f && f.Kind switch
    {
        EncodedRows.Kind.Null => null,
        EncodedRows.Kind.Int => (object)rows.IntOf(f),
        _ => rows.StringOf(f),
    } is var v ? v : null;

    static void AssertEncoded(Report report, IReadOnlyList<Finding> findings, string name)
    {
        var expected = Reference(report, findings);
        using var rows = ReportRows.Build(report, findings);
        foreach (var table in BulkTable.All)
        {
            var got = rows.RowsOf(table, keyOrder: false).Select(r => Enumerable.Range(0, table.Columns.Length - 1).Select(c => Decode(rows, r, c)).ToArray()).ToList();
            Assert.True(expected[table].Count == got.Count, $"{name} {table.Name}: {got.Count} rows, expected {expected[table].Count}");
            for (var r = 0; r < got.Count; r++)
                Assert.True(expected[table][r].SequenceEqual(got[r]),
                    $"{name} {table.Name} row {r}:\n  expected {string.Join(" | ", expected[table][r])}\n  got      {string.Join(" | ", got[r])}");
            // The insert order of a clustered table is its key order (byte order of its key columns, then as added).
            if (table.KeyColumns > 0)
            {
                var keyed = rows.RowsOf(table, keyOrder: true);
                var added = rows.RowsOf(table, keyOrder: false);
                var want = added.OrderBy(r => string.Join('\u0001', Enumerable.Range(0, table.KeyColumns).Select(k => Convert.ToHexString(rows.TextOf(rows.FieldOf(r, k))))), StringComparer.Ordinal)
                    .ThenBy(r => r).ToList();
                Assert.Equal(want, keyed);
            }
        }
    }

    static void AssertFile(string path)
    {
        var report = ReportParser.ParseFile(path);
        AssertEncoded(report, ReportChecker.CheckOne(report, null, ReportTemplate.Embedded), Path.GetFileName(path));
    }

    [Fact]
    public void Rows_of_every_synthetic_rendering_hold_what_a_plain_encoding_gives()
    {
        var reports = SynthCorpus.Generate(new SynthOptions(24, Seed: 11, ErrorRate: 0.5)).ToList();
        var renderings = new[] { SynthRendering.Pipe, SynthRendering.Tab, SynthRendering.Spaces, SynthRendering.Cells, SynthRendering.Crawler, SynthRendering.Markdown, SynthRendering.Traditional, SynthRendering.Html, SynthRendering.Docx };
        var findings = 0;
        for (var i = 0; i < reports.Count; i++)
        {
            var rendering = renderings[i % renderings.Length];
            var name = SynthRenderings.FileName(reports[i].Name, rendering);
            var report = ReportParser.Parse(SynthCorpus.Render(reports[i], rendering), name);
            var checkedFindings = ReportChecker.CheckOne(report, null, ReportTemplate.Embedded);
            findings += checkedFindings.Count;
            AssertEncoded(report, checkedFindings, name);
        }
        Assert.True(findings > reports.Count, $"{findings} findings in {reports.Count} reports: the findings' rows were hardly compared");
    }

    public static TheoryData<string> Files()
    {
        var data = new TheoryData<string>();
        foreach (var f in TestCorpus.Samples) data.Add(f);
        foreach (var f in Directory.GetFiles(Path.Combine(AppContext.BaseDirectory, "Data"), "*", SearchOption.AllDirectories).Order(StringComparer.Ordinal))
            data.Add(f);
        return data;
    }

    [Theory, MemberData(nameof(Files))]
    public void Rows_of_the_samples_and_test_files_hold_what_a_plain_encoding_gives(string path)
    {
        try { AssertFile(path); }
        catch (InputException) { }   // a file the parser refuses (fuzz seeds) has no rows to compare
    }

    /// <summary>What no test file has: fractional page positions, an unusual provenance kind, negative and large
    /// numbers, strings JSON must escape, cells JsonSerializer escapes, a null section and empty texts.</summary>
    [Fact]
    public void Unusual_provenance_cells_and_arguments_are_encoded_as_the_JSON_writers_write_them()
    {
        var report = new Report { Source = "x.pdf" };
        report.Metadata["a"] = new MetaField("a", "标题 \"引号\" <b>", new Provenance("pdf") { Page = 2, Line = 7, X = 72.456, Y = 1.0 / 3 });
        report.Metadata["b"] = new MetaField("b", "", new Provenance("odd \"kind\"") { Line = -1, Column = int.MaxValue, Length = 0 });
        report.Metadata["c"] = new MetaField("c", "\u0001\t\n", new Provenance("ocr") { Page = 1, X = 1e-7, Y = 123456789.125 });
        report.Metadata["d"] = new MetaField("d", "x", new Provenance("html") { Table = 3, Row = 4, Cell = 5, Paragraph = 6 });
        report.Metadata["e"] = new MetaField("e", "y", null);
        report.NarrativeFigures.Add(new NarrativeFigure("k", -12.50m, "件", "body", "text", Nianbao.Model.Provenance.TextSpan(3, 0, 4)));
        report.NarrativeFigures.Add(new NarrativeFigure("k", 1234567890123.0001m, "%", "preamble", "", null));
        var findings = new List<Finding>
        {
            Finding.Create("NB-INPUT-FAILED", new FindingLocation
            {
                Table = "t<1>", Row = "行&", Column = null,
                Cells = [new LocatedCell(new CellRef("t1", "r'1", "中"), null), new LocatedCell(new CellRef("t\"2", "r2", "c2"), new Provenance("text") { Line = 1 })],
                Source = new Provenance("pdf") { Page = 1, X = 0.5, Y = 2 },
            }, ("error", "引号 \" 和 <tag> & \u0007")),
            Finding.Create("NB-INPUT-FAILED", new FindingLocation { Section = "s1" }, ("error", 12), ("more", null)),
            Finding.Create("NB-INPUT-FAILED", null, ("error", new[] { "a", "乙" })),
        };
        AssertEncoded(report, findings, "hand-made");
    }

    /// <summary>A report's buffers go back by size once its rows are written: the rows object that held a very
    /// large report does not keep its buffer for the next, small report (kept per rows object, every buffer of an
    /// import grew to the largest report it had held, and the import's memory with the number of reports).</summary>
    [Fact]
    public async Task A_large_reports_buffer_is_not_kept_for_the_next_report()
    {
        var text = new string('中', 200_000);   // 600 KB of UTF-8
        var large = EncodedRows.Rent();
        large.Begin(BulkTable.Metadata);
        large.Text("k"); large.Text(text); large.Null();
        Assert.True(large.Bytes.Length >= 600_000);
        Assert.Equal(text, large.StringOf(large.FieldOf(0, 1)));
        large.Dispose();
        Assert.Empty(large.Bytes);   // given back, not kept with the rows object
        // A new report on a fresh thread (no size remembered from an earlier report of its thread).
        var next = await Task.Factory.StartNew(() =>
        {
            using var small = EncodedRows.Rent();
            small.Begin(BulkTable.Metadata);
            small.Text("k"); small.Text("v"); small.Null();
            return small.Bytes.Length;
        }, TaskCreationOptions.LongRunning);
        Assert.True(next <= 64 * 1024, $"a small report got a {next}-byte buffer");
    }
}
