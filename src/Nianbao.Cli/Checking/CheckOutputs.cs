using System.Globalization;
using System.Text.Encodings.Web;
using System.Text.Json;
using CsvHelper;
using Nianbao.Output;

namespace Nianbao.Cli.Checking;

/// <summary>The machine-readable outputs of nianbao check: a JSON array of units, or CSV with one row per finding.</summary>
static class CheckOutputs
{
    /// <summary>[{source, agency, year, format, readable, findings:[…]}] with findings in the codebook JSON shape.</summary>
    public static void WriteJson(Stream stream, IReadOnlyList<ReviewUnit> units, string lang)
    {
        using var w = new Utf8JsonWriter(stream, new JsonWriterOptions { Indented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping });
        w.WriteStartArray();
        foreach (var u in units)
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
        }
        w.WriteEndArray();
    }

    public static readonly string[] CsvHeader = ["file", "agency", "year", "code", "severity", "section", "table", "row", "column", "source", "message"];

    /// <summary>One row per finding; locations as codebook keys, the source position as text.</summary>
    public static void WriteCsv(TextWriter writer, IReadOnlyList<ReviewUnit> units, string lang)
    {
        using var csv = new CsvWriter(writer, CultureInfo.InvariantCulture, leaveOpen: true);
        foreach (var h in CsvHeader) csv.WriteField(h);
        csv.NextRecord();
        foreach (var u in units)
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

    static void Nullable(Utf8JsonWriter w, string name, string? value)
    {
        if (value is null) w.WriteNull(name); else w.WriteString(name, value);
    }
}
