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
        using var doc = JsonDocument.Parse(json);
        var e = doc.RootElement;
        int? I(string n) => e.TryGetProperty(n, out var v) ? v.GetInt32() : null;
        double? D(string n) => e.TryGetProperty(n, out var v) ? v.GetDouble() : null;
        return new Provenance(e.GetProperty("kind").GetString()!)
        {
            Line = I("line"), Column = I("column"), Length = I("length"), Table = I("table"), Row = I("row"), Cell = I("cell"),
            Paragraph = I("paragraph"), Page = I("page"), X = D("x"), Y = D("y"),
        };
    }
}
