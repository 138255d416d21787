using System.Buffers;
using System.Text.Json;
using Nianbao.Model;
using Nianbao.Output;

namespace Nianbao.Corpus.Storage;

/// <summary>Provenance and finding arguments as compact JSON in the same shape as `nianbao parse --provenance`.</summary>
static class ProvenanceJson
{
    [ThreadStatic] static ArrayBufferWriter<byte>? buffer;
    [ThreadStatic] static Utf8JsonWriter? writer;
    [ThreadStatic] static byte[]? bytes;
    static readonly JsonWriterOptions Options = new() { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    /// <summary>The provenance as UTF-8 JSON text for a row (bound as text without a string in between).</summary>
    public static Utf8Text? Utf8Of(Provenance? p) => p is null ? null : Utf8Write(w => JsonReportWriter.WriteSource(w, p, null));

    /// <summary>A value written by <paramref name="body"/>, as UTF-8 JSON text.</summary>
    public static Utf8Text Utf8Write(Action<Utf8JsonWriter> body) => new(WriteBytes(body).ToArray());

    static ReadOnlySpan<byte> WriteBytes(Action<Utf8JsonWriter> body)
    {
        var b = buffer ??= new ArrayBufferWriter<byte>(256);
        b.ResetWrittenCount();
        // One writer per thread, reset for each value (a body that throws leaves it to be reset next time).
        var w = writer ??= new Utf8JsonWriter(b, Options);
        w.Reset(b);
        body(w);
        w.Flush();
        return b.WrittenSpan;
    }

    public static Provenance? Parse(string? json)
    {
        if (json is null) return null;
        var max = System.Text.Encoding.UTF8.GetMaxByteCount(json.Length);
        if (bytes is null || bytes.Length < max) bytes = new byte[Math.Max(max, 256)];
        var r = new Utf8JsonReader(bytes.AsSpan(0, System.Text.Encoding.UTF8.GetBytes(json, bytes)));
        string kind = "";
        int? line = null, column = null, length = null, table = null, row = null, cell = null, paragraph = null, page = null;
        double? x = null, y = null;
        while (r.Read())
        {
            if (r.TokenType != JsonTokenType.PropertyName) continue;
            // Names compared as UTF-8, without making a string of each.
            if (r.ValueTextEquals("kind"u8)) { r.Read(); kind = r.GetString()!; }
            else if (r.ValueTextEquals("line"u8)) { r.Read(); line = r.GetInt32(); }
            else if (r.ValueTextEquals("column"u8)) { r.Read(); column = r.GetInt32(); }
            else if (r.ValueTextEquals("length"u8)) { r.Read(); length = r.GetInt32(); }
            else if (r.ValueTextEquals("table"u8)) { r.Read(); table = r.GetInt32(); }
            else if (r.ValueTextEquals("row"u8)) { r.Read(); row = r.GetInt32(); }
            else if (r.ValueTextEquals("cell"u8)) { r.Read(); cell = r.GetInt32(); }
            else if (r.ValueTextEquals("paragraph"u8)) { r.Read(); paragraph = r.GetInt32(); }
            else if (r.ValueTextEquals("page"u8)) { r.Read(); page = r.GetInt32(); }
            else if (r.ValueTextEquals("x"u8)) { r.Read(); x = r.GetDouble(); }
            else if (r.ValueTextEquals("y"u8)) { r.Read(); y = r.GetDouble(); }
            else { r.Read(); r.Skip(); }
        }
        return new Provenance(kind) { Line = line, Column = column, Length = length, Table = table, Row = row, Cell = cell, Paragraph = paragraph, Page = page, X = x, Y = y };
    }
}

/// <summary>Text already encoded as UTF-8, for a row column of a text type: SQLite binds the bytes as they are;
/// PostgreSQL's COPY is given the string.</summary>
sealed class Utf8Text(byte[] bytes)
{
    public byte[] Bytes => bytes;

    public override string ToString() => System.Text.Encoding.UTF8.GetString(bytes);
}
