using System.Text;
using Nianbao.Model;
using Nianbao.Template;

namespace Nianbao.Writing;

/// <summary>The targets a report can be written to.</summary>
public enum WriteTarget
{
    /// <summary>A Word document.</summary>
    Docx,
    /// <summary>One standalone printable HTML page.</summary>
    Html,
    /// <summary>Markdown with pipe tables.</summary>
    Markdown,
}

/// <summary>
/// The writer stage (after checking): a canonical report in the standard layout of its format version, one
/// <see cref="ReportLayout"/> built from the template and printed by the chosen target.
/// </summary>
public static class ReportWriter
{
    /// <summary>The report in the standard layout of its format version, as <paramref name="target"/>;
    /// <paramref name="narrative"/> (section key → text) replaces the report's own section texts.</summary>
    public static byte[] Write(Report report, WriteTarget target, ReportTemplate? template = null, IReadOnlyDictionary<string, string>? narrative = null)
    {
        var layout = LayoutBuilder.Build(report, template ?? ReportTemplate.Embedded, narrative);
        return target switch
        {
            WriteTarget.Docx => DocxWriter.Write(layout),
            WriteTarget.Html => Encoding.UTF8.GetBytes(HtmlWriter.Write(layout)),
            _ => Encoding.UTF8.GetBytes(MarkdownWriter.Write(layout)),
        };
    }

    /// <summary>The usual file extension of a target.</summary>
    public static string Extension(WriteTarget target) => target switch
    {
        WriteTarget.Docx => ".docx",
        WriteTarget.Html => ".html",
        _ => ".md",
    };
}
