using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using Nianbao.Model;
using Nianbao.Template;

namespace Nianbao.Writing;

/// <summary>
/// The fill-in file as JSON in the codebook shape (format, year, agency, metadata, sections, tables → rows → columns),
/// every cell null until filled; and the reading of a filled file of that shape, which is also the shape `nianbao
/// parse --format json` writes, so a parsed report can be re-rendered.
/// </summary>
static class FillInJson
{
    public static string Template(ReportTemplate template, FormatId format)
    {
        var tables = new JsonObject();
        foreach (var key in template.TableKeys)
        {
            if (template.Table(key, format) is not { } def) continue;
            var rows = new JsonObject();
            foreach (var row in def.RowsFor(format))
                rows[row.Key] = new JsonObject(def.ColumnsOf(row).Select(c => KeyValuePair.Create(c.Key, (JsonNode?)null)));
            tables[key] = rows;
        }
        var root = new JsonObject
        {
            ["format"] = format.Value, ["year"] = null, ["agency"] = null, ["metadata"] = new JsonObject(),
            ["sections"] = new JsonObject(template.Sections.Select(s => KeyValuePair.Create(s.Key, (JsonNode?)new JsonObject { ["text"] = "" }))),
            ["tables"] = tables,
        };
        return root.ToJsonString(new JsonSerializerOptions { WriteIndented = true, Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping });
    }

    /// <exception cref="InputException">The JSON is malformed, names an unknown format or cell, or holds a value that is
    /// not a number of the cell's kind.</exception>
    public static Report Read(string json, string source, ReportTemplate template)
    {
        JsonNode? root;
        try { root = JsonNode.Parse(json, documentOptions: new JsonDocumentOptions { MaxDepth = 16 }); }
        catch (JsonException e) { throw new InputException("NB-FILL-JSON", ("error", e.Message)); }
        if (root is not JsonObject o) throw new InputException("NB-FILL-JSON", ("error", "not an object"));
        var format = o["format"]?.GetValue<string>() is { } f ? new FormatId(f) : null;
        var year = o["year"] is JsonValue y && y.TryGetValue<int>(out var yy) ? yy : (int?)null;
        format ??= year is int yr ? template.FormatForYear(yr)?.Id : null;
        if (format is null || !template.HasTables(format) || template.Format(format) is null)
            throw new InputException("NB-FILL-FORMAT", ("format", format?.Value ?? ""), ("known", string.Join(", ", template.Formats.Where(x => x.Tables).Select(x => x.Id.Value))));
        var report = new Report { Source = source, Format = format, Year = year, Agency = o["agency"]?.GetValue<string>() };
        if (o["metadata"] is JsonObject meta)
            foreach (var (k, v) in meta)
                if (v is JsonValue s && s.TryGetValue<string>(out var text) && template.Metadata.Any(m => m.Key == k)) report.Metadata[k] = new MetaField(k, text, null);
        if (o["sections"] is JsonObject sections)
            foreach (var (k, v) in sections)
                if (template.Section(k) is { } def && v?["text"]?.GetValue<string>() is { } text)
                    report.Sections[k] = new SectionText(k, def.Label, text, null) { Match = text };
        if (o["tables"] is JsonObject tables)
            foreach (var (key, t) in tables)
            {
                var def = template.Table(key, format) ?? throw new InputException("NB-FILL-KEY", ("cell", key));
                var values = new TableValues { Layout = format };
                foreach (var (row, r) in t as JsonObject ?? [])
                {
                    var rowDef = def.RowsFor(format).FirstOrDefault(x => x.Key == row) ?? throw new InputException("NB-FILL-KEY", ("cell", $"{key}.{row}"));
                    foreach (var (col, v) in r as JsonObject ?? [])
                    {
                        var colDef = def.ColumnsOf(rowDef).FirstOrDefault(c => c.Key == col) ?? throw new InputException("NB-FILL-KEY", ("cell", $"{key}.{row}.{col}"));
                        values[row, col] = FilledValue.Of(new CellRef(key, row, col), colDef, v is null ? null : v.GetValueKind() == JsonValueKind.String ? v.GetValue<string>() : v.ToJsonString(), template, format);
                    }
                }
                report.Tables[key] = values;
            }
        return report;
    }
}

/// <summary>A filled cell's text as a value of its column's kind; empty is blank, anything else unreadable is an error.</summary>
static class FilledValue
{
    public static CellValue Of(CellRef cell, ColumnDef column, string? text, ReportTemplate template, FormatId format)
    {
        var raw = text?.Trim() ?? "";
        if (raw.Length == 0) return CellValue.Blank("", null);
        switch (column.ValueKind)
        {
            case ValueKinds.Int when long.TryParse(raw, NumberStyles.None, CultureInfo.InvariantCulture, out var n):
                return CellValue.OfInteger(n, raw, null);
            case ValueKinds.Signed when long.TryParse(raw, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var s):
                return CellValue.OfInteger(s, raw, null);
            case ValueKinds.Decimal when decimal.TryParse(raw, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out _):
            case ValueKinds.Amount:
                return CellValue.OfText(raw, raw, null);
        }
        throw new InputException("NB-FILL-VALUE", ("cell", cell.ToString()), ("label", template.LabelOf(cell.Table, cell.Row, cell.Column, layout: format)), ("value", raw));
    }
}
