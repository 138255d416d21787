namespace Nianbao.Synthesis;

/// <summary>The renderings a synthetic report is written in: every kind of file Nianbao reads (docs/synthesis.md).</summary>
public enum SynthRendering
{
    /// <summary>Text, table rows as cells between pipes (`label | 3 | 0 |`), blank cells empty between pipes.</summary>
    Pipe,
    /// <summary>Text, one table cell per line; blank cells leave no line.</summary>
    Cells,
    /// <summary>Text, table cells separated by tabs, blank cells empty between tabs.</summary>
    Tab,
    /// <summary>Text, table cells separated by runs of spaces; blank cells vanish.</summary>
    Spaces,
    /// <summary>Markdown as the writer prints it (pipe tables over the full grid).</summary>
    Markdown,
    /// <summary>The writer's HTML inside a government site's page (navigation, breadcrumbs, footer, script), table
    /// cells in Word-export style (`&lt;p class=MsoNormal&gt;&lt;span&gt;…`).</summary>
    Html,
    /// <summary>That page encoded as GBK and declared so.</summary>
    HtmlGbk,
    /// <summary>That page in traditional script, encoded as Big5 and declared so.</summary>
    HtmlBig5,
    /// <summary>The pipe text in traditional script with pinyin annotations glued after some characters (發(fā)布).</summary>
    Traditional,
    /// <summary>A crawler's text dump: the page's chrome on the first line, table cells run together with every separator lost.</summary>
    Crawler,
    /// <summary>The writer's Word document.</summary>
    Docx,
    /// <summary>That document converted to Word 97 (.doc) by LibreOffice headless (opt-in).</summary>
    Doc,
    /// <summary>That document printed to PDF with a text layer by LibreOffice headless (opt-in).</summary>
    Pdf,
    /// <summary>That PDF scanned: every page rasterised (pdftoppm, <see cref="PrintScanner.Dpi"/> dpi, grey) and put
    /// back together as an image-only PDF (img2pdf), nothing of the text layer left (opt-in).</summary>
    Scan,
}

/// <summary>Names, file extensions and the default set of the renderings.</summary>
public static class SynthRenderings
{
    /// <summary>Every rendering.</summary>
    public static IReadOnlyList<SynthRendering> All { get; } = Enum.GetValues<SynthRendering>();

    /// <summary>The renderings made by default: everything that needs no external program.</summary>
    public static IReadOnlyList<SynthRendering> Default { get; } = [.. All.Where(r => !NeedsOffice(r))];

    /// <summary>True for the renderings LibreOffice makes (.doc, PDF and the scanned PDF), which are opt-in.</summary>
    /// <param name="rendering">The rendering.</param>
    /// <returns>Whether LibreOffice is needed.</returns>
    public static bool NeedsOffice(SynthRendering rendering) => rendering is SynthRendering.Doc or SynthRendering.Pdf or SynthRendering.Scan;

    /// <summary>The rendering's name on the command line and in file names (pipe, cells, tab, spaces, md, html, gbk, big5, trad, crawler, docx, doc, pdf, scan).</summary>
    /// <param name="rendering">The rendering.</param>
    /// <returns>Its name.</returns>
    public static string Name(SynthRendering rendering) => rendering switch
    {
        SynthRendering.Markdown => "md",
        SynthRendering.HtmlGbk => "gbk",
        SynthRendering.HtmlBig5 => "big5",
        SynthRendering.Traditional => "trad",
        _ => rendering.ToString().ToLowerInvariant(),
    };

    /// <summary>The rendering a name names, or null.</summary>
    /// <param name="name">A name as <see cref="Name"/> gives it.</param>
    /// <returns>The rendering, or null when the name is not one.</returns>
    public static SynthRendering? Parse(string name) => All.Cast<SynthRendering?>().FirstOrDefault(r => Name(r!.Value) == name.Trim().ToLowerInvariant());

    /// <summary>The file name of a report's rendering: NAME.RENDERING.EXT (u00012-2023.pipe.txt, u00012-2023.gbk.html, u00012-2023.scan.pdf).</summary>
    /// <param name="name">The report's <see cref="SynthReport.Name"/>.</param>
    /// <param name="rendering">The rendering.</param>
    /// <returns>The file name.</returns>
    public static string FileName(string name, SynthRendering rendering) => rendering switch
    {
        SynthRendering.Markdown => $"{name}.md",
        SynthRendering.Html => $"{name}.html",
        SynthRendering.HtmlGbk or SynthRendering.HtmlBig5 => $"{name}.{Name(rendering)}.html",
        SynthRendering.Docx => $"{name}.docx",
        SynthRendering.Doc => $"{name}.doc",
        SynthRendering.Pdf => $"{name}.pdf",
        SynthRendering.Scan => $"{name}.scan.pdf",
        _ => $"{name}.{Name(rendering)}.txt",
    };
}
