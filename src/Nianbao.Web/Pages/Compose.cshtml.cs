using Nianbao.Model;
using Nianbao.Template;
using Nianbao.Writing;

namespace Nianbao.Web.Pages;

/// <summary>编制 Compose: the national tables as a form (the writer's grid, totals computed as the fill-in workbook
/// computes them), the six narrative sections, live checks by the library's checker (<c>POST /api/compose/check</c>),
/// a draft autosaved in the browser and downloadable as the fill-in JSON at any time, errors and all; only the final
/// DOCX/HTML (<c>POST /api/render</c>) needs the arithmetic to hold, or an explicit override the server records.</summary>
public sealed class ComposeModel : PageBase
{
    /// <summary>The format versions that have tables.</summary>
    public IReadOnlyList<FormatId> Formats { get; } = ReportTemplate.Embedded.Formats.Where(f => f.Tables).Select(f => f.Id).ToList();

    /// <summary>The chosen format.</summary>
    public FormatId Format { get; private set; } = ReportTemplate.Embedded.Formats[0].Id;

    /// <summary>The sections, for the narrative editors.</summary>
    public IReadOnlyList<SectionDef> Sections => ReportTemplate.Embedded.Sections;

    /// <summary>The tables as a form.</summary>
    public string FormHtml { get; private set; } = "";

    /// <summary>Shows the form for a format.</summary>
    /// <param name="format">The format version (default the current one).</param>
    public void OnGet(string? format)
    {
        Format = Formats.FirstOrDefault(f => f.Value == format) ?? Formats[0];
        FormHtml = HtmlTables.Write(new Report { Source = "draft", Format = Format }, new HtmlTableOptions { Format = Format, Editable = true });
    }
}
