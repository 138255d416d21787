using System.Globalization;
using System.Text.Encodings.Web;
using System.Text.Json;
using CsvHelper;
using Nianbao.Model;

namespace Nianbao.Output;

/// <summary>
/// The machine-readable outputs of a check run: a JSON array of units, or CSV with one row per finding. Both write
/// unit by unit as a batch hands them over (<see cref="Batch.ReportBatch"/>), so a long run streams.
/// </summary>
public static class CheckOutputs
{
    /// <summary>The CSV columns: the file, the report's agency and year, then per finding its code, severity, location keys, source position and message.</summary>
    public static readonly string[] CsvHeader = ["file", "agency", "year", "code", "severity", "section", "table", "row", "column", "source", "message"];

    /// <summary>[{source, agency, year, format, readable, findings:[…]}] with findings in the codebook JSON shape.</summary>
    public static void WriteJson(Stream stream, IEnumerable<ReviewUnit> units, string lang)
    {
        using var w = new JsonWriter(stream, lang);
        foreach (var u in units) w.Write(u);
    }

    /// <summary>One row per finding; locations as codebook keys, the source position as text.</summary>
    public static void WriteCsv(TextWriter writer, IEnumerable<ReviewUnit> units, string lang)
    {
        using var w = new CsvUnitWriter(writer, lang);
        foreach (var u in units) w.Write(u);
    }

    /// <summary>The JSON array, one unit at a time; the array closes on Dispose.</summary>
    public sealed class JsonWriter : IDisposable
    {
        readonly Utf8JsonWriter w;
        readonly string lang;

        /// <summary>Opens the array on the stream; messages are written in <paramref name="lang"/>.</summary>
        public JsonWriter(Stream stream, string lang)
        {
            this.lang = lang;
            w = new Utf8JsonWriter(stream, new JsonWriterOptions { Indented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping });
            w.WriteStartArray();
        }

        /// <summary>Writes one unit object and flushes it.</summary>
        public void Write(ReviewUnit u)
        {
            w.WriteStartObject();
            w.WriteString("source", u.File);
            Nullable(w, "agency", u.Report?.Agency);
            if (u.Report?.Year is int y) w.WriteNumber("year", y); else w.WriteNull("year");
            Nullable(w, "format", u.Report?.Format?.Value);
            w.WriteBoolean("readable", u.Readable);
            w.WriteStartArray("findings");
            foreach (var f in u.Findings) JsonReportWriter.WriteFinding(w, f, lang);
            w.WriteEndArray();
            w.WriteEndObject();
            w.Flush();
        }

        /// <summary>Closes the array and flushes; the stream itself is not disposed.</summary>
        public void Dispose()
        {
            w.WriteEndArray();
            w.Dispose();
        }
    }

    /// <summary>The CSV, header first, then the rows of each unit as it comes.</summary>
    public sealed class CsvUnitWriter : IDisposable
    {
        readonly CsvWriter csv;
        readonly string lang;

        /// <summary>Writes the header to the writer (left open); messages are written in <paramref name="lang"/>.</summary>
        public CsvUnitWriter(TextWriter writer, string lang)
        {
            this.lang = lang;
            csv = new CsvWriter(writer, CultureInfo.InvariantCulture, leaveOpen: true);
            foreach (var h in CsvHeader) csv.WriteField(h);
            csv.NextRecord();
        }

        /// <summary>Writes one row per finding of the unit; a unit without findings writes nothing.</summary>
        public void Write(ReviewUnit u)
        {
            foreach (var f in u.Findings)
            {
                var l = f.Location;
                csv.WriteField(u.File);
                csv.WriteField(u.Report?.Agency);
                csv.WriteField(u.Report?.Year);
                csv.WriteField(f.Code);
                csv.WriteField(f.Severity.ToString().ToLowerInvariant());
                csv.WriteField(l.Section);
                csv.WriteField(l.Table);
                csv.WriteField(l.Row);
                csv.WriteField(l.Column);
                csv.WriteField(l.Source is null ? null : ReviewReportText.Position(l.Source, lang));
                csv.WriteField(f.Message(lang));
                csv.NextRecord();
            }
        }

        /// <summary>Flushes the rows; the text writer itself is left open.</summary>
        public void Dispose()
        {
            csv.Flush();
            csv.Dispose();
        }
    }

    static void Nullable(Utf8JsonWriter w, string name, string? value)
    {
        if (value is null) w.WriteNull(name); else w.WriteString(name, value);
    }
}
