using System.Net;
using System.Text;
using Nianbao.Model;
using Nianbao.Template;

namespace Nianbao.Writing;

/// <summary>How <see cref="HtmlTables.Write"/> draws the national tables.</summary>
public sealed record HtmlTableOptions
{
    /// <summary>The template the layout follows (default: the embedded one).</summary>
    public ReportTemplate? Template { get; init; }

    /// <summary>The layout to draw (default: the report's format, else that of its year, else the current one).</summary>
    public FormatId? Format { get; init; }

    /// <summary>Attributes for a value cell (names must start with <c>data-</c>, or be <c>class</c> or <c>title</c>;
    /// values are HTML-encoded), e.g. the findings on a cell; null adds none.</summary>
    public Func<CellRef, IEnumerable<KeyValuePair<string, string>>?>? Annotate { get; init; }

    /// <summary>Value cells as inputs named by their cell key (<c>table.row.column</c>), a form; a total that an
    /// identity defines as a sum is read-only and names its parts in <c>data-sum</c> (the totals the fill-in
    /// workbook computes with SUM formulas).</summary>
    public bool Editable { get; init; }
}

/// <summary>
/// The national tables of a report as an HTML fragment (no page, no style, no script): each section that prints
/// tables as a <c>section</c> with its heading and the tables in the standard layout — the same merged-cell grids
/// the DOCX and HTML writers print (docs/writing.md) — every value cell carrying <c>data-cell="table.row.column"</c>.
/// For pages that show a report's tables with annotations, or a form to fill them in. All text is encoded.
/// </summary>
public static class HtmlTables
{
    /// <summary>The fragment for <paramref name="report"/> (a report with no values draws empty tables).</summary>
    /// <param name="report">The report whose values fill the tables.</param>
    /// <param name="options">Template, layout, annotations, editable.</param>
    /// <returns>HTML text: one <c>section</c> per section that has tables.</returns>
    public static string Write(Report report, HtmlTableOptions? options = null)
    {
        options ??= new HtmlTableOptions();
        var template = options.Template ?? ReportTemplate.Embedded;
        var format = options.Format ?? LayoutBuilder.FormatOf(report, template);
        var h = new StringBuilder();
        if (!template.HasTables(format)) return "";
        foreach (var section in template.Sections)
        {
            var tables = template.TableKeys.Select(k => template.Table(k, format)).OfType<TableDef>().Where(d => d.Section == section.Key).ToList();
            if (tables.Count == 0) continue;
            h.Append("<section data-section=\"").Append(E(section.Key)).Append("\">\n<h2>").Append(E(section.Label)).Append("</h2>\n");
            foreach (var d in tables)
            {
                var grid = GridBuilder.Build(d, format, report.Tables.GetValueOrDefault(d.Key));
                var sums = options.Editable ? FillInXlsx.SumTotals(template, format, grid) : null;
                HtmlWriter.Table(h, grid, (cell, cr) => ValueCell(h, cell, cr, options, sums));
            }
            h.Append("</section>\n");
        }
        return h.ToString();
    }

    /// <summary>The attributes and content of one value cell (the opening tag is left open by the caller).</summary>
    static void ValueCell(StringBuilder h, GridCell cell, CellRef cr, HtmlTableOptions options, Dictionary<CellRef, IReadOnlyList<CellRef>>? sums)
    {
        var key = cr.ToString();
        h.Append(" data-cell=\"").Append(E(key)).Append('"');
        var classes = new List<string> { "value" };
        foreach (var (name, value) in options.Annotate?.Invoke(cr) ?? [])
        {
            if (name == "class") { classes.Add(value); continue; }
            if (name != "title" && !(name.StartsWith("data-", StringComparison.Ordinal) && name.Length > 5 && name.Skip(5).All(c => char.IsAsciiLetterLower(c) || char.IsAsciiDigit(c) || c == '-')))
                throw new ArgumentException($"attribute {name} is not allowed on a table cell", nameof(options));
            h.Append(' ').Append(name).Append("=\"").Append(E(value)).Append('"');
        }
        h.Append(" class=\"").Append(E(string.Join(' ', classes))).Append("\">");
        if (!options.Editable) { h.Append(E(cell.Text)); return; }
        h.Append("<input name=\"").Append(E(key)).Append("\" value=\"").Append(E(cell.Text)).Append("\" inputmode=\"numeric\" autocomplete=\"off\"");
        if (sums is not null && sums.TryGetValue(cr, out var parts))
            h.Append(" readonly data-sum=\"").Append(E(string.Join(' ', parts))).Append('"');
        h.Append('>');
    }

    static string E(string s) => WebUtility.HtmlEncode(s);
}
