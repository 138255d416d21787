using System.Text.Json;
using Nianbao.Model;

namespace Nianbao.Corpus.Storage;

/// <summary>Provenance read back from the compact JSON the corpus stores (written by <see cref="ReportRows"/> in the
/// shape of `nianbao parse --provenance`).</summary>
static class ProvenanceJson
{
    [ThreadStatic] static byte[]? bytes;

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
