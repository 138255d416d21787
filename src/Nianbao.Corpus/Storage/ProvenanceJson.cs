using System.Buffers;
using System.Text.Json;
using Nianbao.Model;
using Nianbao.Output;

namespace Nianbao.Corpus.Storage;

/// <summary>Provenance and finding arguments as compact JSON in the same shape as `nianbao parse --provenance`.</summary>
static class ProvenanceJson
{
    [ThreadStatic] static ArrayBufferWriter<byte>? buffer;

    public static string? Of(Provenance? p)
    {
        if (p is null) return null;
        return Write(w => JsonReportWriter.WriteSource(w, p, null));
    }

    public static string Write(Action<Utf8JsonWriter> body)
    {
        var b = buffer ??= new ArrayBufferWriter<byte>(256);
        b.ResetWrittenCount();
        using (var w = new Utf8JsonWriter(b, new JsonWriterOptions { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping }))
            body(w);
        return System.Text.Encoding.UTF8.GetString(b.WrittenSpan);
    }

    public static Provenance? Parse(string? json)
    {
        if (json is null) return null;
        var bytes = System.Text.Encoding.UTF8.GetBytes(json);
        var r = new Utf8JsonReader(bytes);
        string kind = "";
        int? line = null, column = null, length = null, table = null, row = null, cell = null, paragraph = null, page = null;
        double? x = null, y = null;
        while (r.Read())
        {
            if (r.TokenType != JsonTokenType.PropertyName) continue;
            var name = r.GetString();
            r.Read();
            switch (name)
            {
                case "kind": kind = r.GetString()!; break;
                case "line": line = r.GetInt32(); break;
                case "column": column = r.GetInt32(); break;
                case "length": length = r.GetInt32(); break;
                case "table": table = r.GetInt32(); break;
                case "row": row = r.GetInt32(); break;
                case "cell": cell = r.GetInt32(); break;
                case "paragraph": paragraph = r.GetInt32(); break;
                case "page": page = r.GetInt32(); break;
                case "x": x = r.GetDouble(); break;
                case "y": y = r.GetDouble(); break;
                default: r.Skip(); break;
            }
        }
        return new Provenance(kind) { Line = line, Column = column, Length = length, Table = table, Row = row, Cell = cell, Paragraph = paragraph, Page = page, X = x, Y = y };
    }
}
