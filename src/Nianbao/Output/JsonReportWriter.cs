using System.Text.Encodings.Web;
using System.Text.Json;
using Nianbao.Model;

namespace Nianbao.Output;

/// <summary>
/// Writes reports in the codebook's JSON shape (docs/format.md §10): source, format, year, agency, metadata, tables,
/// findings; plus the narrative sections. Money stays a string exactly as printed; blank is null.
/// With provenance, a parallel "provenance" tree gives the source position and raw text of every value.
/// </summary>
public static class JsonReportWriter
{
    /// <summary>How reports are written.</summary>
    /// <param name="Lang">Language of finding messages: "zh" (default) or "en".</param>
    /// <param name="Provenance">When true, add the "provenance" tree: source position and raw text of every value.</param>
    /// <param name="Indented">When true (default), indent the JSON; false writes one compact document per report.</param>
    public sealed record Options(string Lang = "zh", bool Provenance = false, bool Indented = true);

    static readonly JsonWriterOptions WriterOptions = new() { Indented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    /// <summary>Writes the reports to the stream as UTF-8 JSON: one JSON array when <paramref name="asArray"/> is
    /// true, else the report objects one after another (a single report gives one object).</summary>
    public static void Write(Stream stream, IReadOnlyList<Report> reports, bool asArray, Options options)
    {
        using var w = new Utf8JsonWriter(stream, WriterOptions with { Indented = options.Indented });
        if (asArray) w.WriteStartArray();
        foreach (var r in reports) WriteReport(w, r, options);
        if (asArray) w.WriteEndArray();
    }

    /// <summary>The parse output, one report at a time as a batch hands them over; an array closes on Dispose.</summary>
    public sealed class Streaming : IDisposable
    {
        readonly Utf8JsonWriter w;
        readonly bool asArray;
        readonly Options options;

        /// <summary>Starts writing to the stream; with <paramref name="asArray"/> the array is opened at once.</summary>
        public Streaming(Stream stream, bool asArray, Options options)
        {
            this.asArray = asArray;
            this.options = options;
            w = new Utf8JsonWriter(stream, WriterOptions with { Indented = options.Indented });
            if (asArray) w.WriteStartArray();
        }

        /// <summary>Writes one report and flushes it to the stream, so a long batch shows results as it goes.</summary>
        public void Write(Report report)
        {
            WriteReport(w, report, options);
            w.Flush();
        }

        /// <summary>Closes the array (when writing one) and flushes; the stream itself is not disposed.</summary>
        public void Dispose()
        {
            if (asArray) w.WriteEndArray();
            w.Dispose();
        }
    }

    /// <summary>One report as a JSON string (default options: Chinese messages, no provenance, indented).</summary>
    public static string ToJson(Report report, Options? options = null)
    {
        using var ms = new MemoryStream();
        Write(ms, [report], false, options ?? new Options());
        return System.Text.Encoding.UTF8.GetString(ms.ToArray());
    }

    /// <summary>Writes one report object (source, format, year, agency, metadata, sections, tables, findings, narrative
    /// figures, profile, and provenance when asked) to an open JSON writer; a null year, format or agency is written as null.</summary>
    public static void WriteReport(Utf8JsonWriter w, Report r, Options o)
    {
        w.WriteStartObject();
        w.WriteString("source", r.Source);
        WriteNullable(w, "format", r.Format?.Value);
        if (r.Year is int y) w.WriteNumber("year", y); else w.WriteNull("year");
        WriteNullable(w, "agency", r.Agency);
        w.WriteStartObject("metadata");
        foreach (var m in r.Metadata.Values) w.WriteString(m.Key, m.Value);
        w.WriteEndObject();
        w.WriteStartObject("sections");
        foreach (var s in r.Sections.Values)
        {
            w.WriteStartObject(s.Key);
            w.WriteString("heading", s.Heading);
            w.WriteString("text", s.Text);
            w.WriteEndObject();
        }
        w.WriteEndObject();
        w.WriteStartObject("tables");
        foreach (var (key, table) in r.Tables) WriteTable(w, key, table, v => WriteValue(w, v));
        w.WriteEndObject();
        w.WriteStartArray("findings");
        foreach (var f in r.Findings) WriteFinding(w, f, o.Lang);
        w.WriteEndArray();
        WriteNarrative(w, r);
        if (o.Provenance)
        {
            w.WriteStartObject("provenance");
            w.WriteStartObject("metadata");
            foreach (var m in r.Metadata.Values.Where(m => m.Source is not null)) { w.WritePropertyName(m.Key); WriteSource(w, m.Source!, null); }
            w.WriteEndObject();
            w.WriteStartObject("sections");
            foreach (var s in r.Sections.Values.Where(s => s.Source is not null)) { w.WritePropertyName(s.Key); WriteSource(w, s.Source!, s.Heading); }
            w.WriteEndObject();
            w.WriteStartObject("tables");
            foreach (var (key, table) in r.Tables)
                WriteTable(w, key, table, v => { if (v.Source is null) w.WriteNullValue(); else WriteSource(w, v.Source, v.Raw, v.State); });
            w.WriteEndObject();
            w.WriteStartArray("narrative_figures");
            foreach (var n in r.NarrativeFigures) { if (n.Source is null) w.WriteNullValue(); else WriteSource(w, n.Source, null); }
            w.WriteEndArray();
            w.WriteEndObject();
        }
        w.WriteEndObject();
    }

    /// <summary>Figures stated in the narrative (docs/narrative-figures.md) and the issuer profile inferred from the name.</summary>
    static void WriteNarrative(Utf8JsonWriter w, Report r)
    {
        w.WriteStartArray("narrative_figures");
        foreach (var n in r.NarrativeFigures)
        {
            w.WriteStartObject();
            w.WriteString("key", n.Key);
            w.WriteNumber("value", n.Value);
            w.WriteString("unit", n.Unit);
            w.WriteString("section", n.Section);
            w.WriteString("text", n.Text);
            w.WriteEndObject();
        }
        w.WriteEndArray();
        if (r.Profile is { } p)
        {
            w.WriteStartObject("profile");
            WriteNullable(w, "type", p.Type);
            WriteNullable(w, "level", p.Level);
            w.WriteString("evidence", p.Evidence);
            w.WriteEndObject();
        }
    }

    static void WriteTable(Utf8JsonWriter w, string key, TableValues table, Action<CellValue> value)
    {
        w.WriteStartObject(key);
        foreach (var row in table.RowKeys)
        {
            w.WriteStartObject(row);
            foreach (var (col, v) in table.Row(row)) { w.WritePropertyName(col); value(v); }
            w.WriteEndObject();
        }
        w.WriteEndObject();
    }

    static void WriteValue(Utf8JsonWriter w, CellValue v)
    {
        if (v.Integer is long i) w.WriteNumberValue(i);
        else if (v.Text is string s) w.WriteStringValue(s);
        else w.WriteNullValue();
    }

    /// <summary>Writes one finding object: code, lower-case severity, message in <paramref name="lang"/>, location
    /// (only the parts it has) and its data arguments.</summary>
    public static void WriteFinding(Utf8JsonWriter w, Finding f, string lang)
    {
        w.WriteStartObject();
        w.WriteString("code", f.Code);
        w.WriteString("severity", f.Severity.ToString().ToLowerInvariant());
        w.WriteString("message", f.Message(lang));
        w.WriteStartObject("location");
        var l = f.Location;
        WriteIf(w, "section", l.Section);
        WriteIf(w, "table", l.Table);
        WriteIf(w, "row", l.Row);
        WriteIf(w, "column", l.Column);
        if (l.Source is not null) { w.WritePropertyName("source"); WriteSource(w, l.Source, null); }
        if (l.Cells is not null)
        {
            w.WriteStartArray("cells");
            foreach (var c in l.Cells)
            {
                w.WriteStartObject();
                w.WriteString("table", c.Table);
                w.WriteString("row", c.Row);
                w.WriteString("column", c.Column);
                if (c.Source is not null) { w.WritePropertyName("source"); WriteSource(w, c.Source, null); }
                w.WriteEndObject();
            }
            w.WriteEndArray();
        }
        w.WriteEndObject();
        w.WriteStartObject("data");
        foreach (var (k, v) in f.Args)
        {
            w.WritePropertyName(k);
            JsonSerializer.Serialize(w, v);
        }
        w.WriteEndObject();
        w.WriteEndObject();
    }

    /// <summary>Writes a source position object: its kind and the coordinates it has (x, y rounded to 2 places),
    /// plus the raw printed text and the value state when given.</summary>
    public static void WriteSource(Utf8JsonWriter w, Provenance p, string? raw, ValueState? state = null)
    {
        w.WriteStartObject();
        w.WriteString("kind", p.Kind);
        void Int(string name, int? v) { if (v is int x) w.WriteNumber(name, x); }
        Int("line", p.Line);
        Int("column", p.Column);
        Int("length", p.Length);
        Int("table", p.Table);
        Int("row", p.Row);
        Int("cell", p.Cell);
        Int("paragraph", p.Paragraph);
        Int("page", p.Page);
        if (p.X is double x) w.WriteNumber("x", Math.Round(x, 2));
        if (p.Y is double y) w.WriteNumber("y", Math.Round(y, 2));
        if (raw is not null) w.WriteString("raw", raw);
        if (state is not null) w.WriteString("state", state.ToString()!.ToLowerInvariant());
        w.WriteEndObject();
    }

    static void WriteNullable(Utf8JsonWriter w, string name, string? value)
    {
        if (value is null) w.WriteNull(name); else w.WriteString(name, value);
    }

    static void WriteIf(Utf8JsonWriter w, string name, string? value)
    {
        if (value is not null) w.WriteString(name, value);
    }
}
