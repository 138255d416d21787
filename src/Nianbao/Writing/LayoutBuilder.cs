using Nianbao.Model;
using Nianbao.Template;

namespace Nianbao.Writing;

/// <summary>
/// Canonical report → <see cref="ReportLayout"/>: the title from the template's title pattern, the information
/// block from the report's metadata with the template's labels, then the six sections in template order, each with
/// its heading, its narrative paragraphs (or the template's placeholder) and the national tables printed in it, laid
/// out for the report's format version (2021, or 2019 for 2019/2020 reports).
/// </summary>
static class LayoutBuilder
{
    /// <param name="report">The report to lay out.</param>
    /// <param name="template">The template whose labels, rows and columns the layout follows.</param>
    /// <param name="narrative">Section texts that replace the report's own (section key → text), e.g. a compiler's file.</param>
    public static ReportLayout Build(Report report, ReportTemplate template, IReadOnlyDictionary<string, string>? narrative = null)
    {
        var format = FormatOf(report, template);
        var title = report.Metadata.TryGetValue(Keys.Metadata.Title, out var t) ? t.Value : template.Writing.TitleOf(report.Agency, report.Year);
        var metadata = template.Metadata.Where(m => report.Metadata.ContainsKey(m.Key))
            .Select(m => (template.MetadataLabelOf(m.Key), report.Metadata[m.Key].Value)).ToList();
        var body = new List<LayoutPart>();
        foreach (var section in template.Sections)
        {
            body.Add(new HeadingPart(section.Key, section.Label));
            var text = narrative is not null && narrative.TryGetValue(section.Key, out var given) ? given
                : report.Sections.TryGetValue(section.Key, out var s) ? s.Text : "";
            var tables = template.HasTables(format)
                ? template.TableKeys.Select(k => template.Table(k, format)).Where(d => d?.Section == section.Key).ToList()
                : [];
            var paragraphs = Paragraphs(text).ToList();
            if (paragraphs.Count == 0 && tables.Count == 0) body.Add(new ParagraphPart(template.Writing.Placeholder, false));
            body.AddRange(paragraphs);
            foreach (var d in tables)
                body.Add(new GridPart(GridBuilder.Build(d!, format, report.Tables.GetValueOrDefault(d!.Key))));
        }
        return new ReportLayout(title, metadata, body);
    }

    /// <summary>The layout a report is printed in: its own format, else the one of its year, else the current one.</summary>
    public static FormatId FormatOf(Report report, ReportTemplate template) =>
        report.Format ?? (report.Year is int y ? template.FormatForYear(y)?.Id : null) ?? template.Formats[0].Id;

    /// <summary>A section's text as paragraphs: one per non-empty line; （一）… lines of their own are subheadings.</summary>
    static IEnumerable<ParagraphPart> Paragraphs(string text) =>
        text.Split('\n').Select(l => l.Trim()).Where(l => l.Length > 0)
            .Select(l => new ParagraphPart(l, l.Length <= 30 && (l.StartsWith('（') || l.StartsWith('(')) && !l.EndsWith('。')));
}
