using System.Text;
using System.Text.RegularExpressions;
using Nianbao.Model;
using Nianbao.Template;
using Nianbao.Writing;

namespace Nianbao.Synthesis;

/// <summary>
/// Prints a synthetic report in one rendering. Everything goes through the writer's one layout (LayoutBuilder and
/// GridBuilder, docs/writing.md): DOCX, HTML and Markdown are the writer's own output; the text renderings print the
/// same layout grids with other separators; the site page, GBK, Big5 and traditional renderings transform the
/// writer's HTML or the pipe text. A row the truth lacks (an injected missing row) is left out of the grid.
/// </summary>
static partial class Renderer
{
    public static byte[] Render(SynthReport synth, SynthRendering rendering, ReportTemplate template)
    {
        var layout = Layout(synth.Truth, template);
        return rendering switch
        {
            SynthRendering.Docx => DocxWriter.Write(layout),
            SynthRendering.Markdown => Encoding.UTF8.GetBytes(MarkdownWriter.Write(layout)),
            SynthRendering.Html => Encoding.UTF8.GetBytes(SitePage.Of(HtmlWriter.Write(layout), synth, "utf-8")),
            SynthRendering.HtmlGbk => Encodings.Gbk.GetBytes(SitePage.Of(HtmlWriter.Write(layout), synth, "gbk")),
            SynthRendering.HtmlBig5 => Encodings.Big5.GetBytes(Script.Traditional(SitePage.Of(HtmlWriter.Write(layout), synth, "big5"))),
            SynthRendering.Traditional => Encoding.UTF8.GetBytes(Script.Annotated(Script.Traditional(Text(layout, SynthRendering.Pipe)))),
            SynthRendering.Crawler => Encoding.UTF8.GetBytes(SitePage.Chrome + Text(layout, SynthRendering.Crawler)),
            SynthRendering.Doc or SynthRendering.Pdf or SynthRendering.Scan => throw new ArgumentException($"{rendering} is made by LibreOffice from the DOCX (SynthCorpus.Write)", nameof(rendering)),
            _ => Encoding.UTF8.GetBytes(Text(layout, rendering)),
        };
    }

    /// <summary>The writer's layout of the truth, without the grid rows of rows the truth lacks.</summary>
    static ReportLayout Layout(Report truth, ReportTemplate template)
    {
        var layout = LayoutBuilder.Build(truth, template);
        return layout with
        {
            Body = [.. layout.Body.Select(p => p is GridPart g && truth.Tables.TryGetValue(g.Grid.Table, out var t) ? new GridPart(Omit(g.Grid, t)) : p)],
        };
    }

    /// <summary>The grid without the rows holding cells of rows the table lacks; cells spanning them shrink.</summary>
    static LayoutGrid Omit(LayoutGrid grid, TableValues table)
    {
        var present = table.RowKeys.ToHashSet();
        var keep = Enumerable.Range(0, grid.RowCount).Where(r => !Enumerable.Range(0, grid.ColumnCount)
            .Any(c => grid.At(r, c)?.Ref is { } cell && !present.Contains(cell.Row))).ToList();
        if (keep.Count == grid.RowCount) return grid;
        var newRow = new int[grid.RowCount];
        for (int r = 0, k = 0; r < grid.RowCount; r++) newRow[r] = keep.Contains(r) ? k++ : -1;
        var result = new LayoutGrid(grid.Table, keep.Count, grid.ColumnCount, grid.HeaderRows, grid.Widths);
        for (var r = 0; r < grid.RowCount; r++)
            for (var c = 0; c < grid.ColumnCount; c++)
            {
                if (grid.At(r, c) is not { } cell) continue;
                var rows = Enumerable.Range(r, cell.RowSpan).Where(x => newRow[x] >= 0).ToList();
                if (rows.Count > 0) result.Place(newRow[rows[0]], c, cell with { RowSpan = rows.Count });
            }
        return result;
    }

    /// <summary>The layout as text: title, the information block as 标签：值 lines, headings, paragraphs, and each
    /// table's grid rows printed with the rendering's separators (only cells that start in a row are printed there, as a
    /// copy of a merged table prints them).</summary>
    static string Text(ReportLayout layout, SynthRendering style)
    {
        var t = new StringBuilder();
        const string newline = "\n";
        t.Append(layout.Title).Append(newline);
        foreach (var (label, value) in layout.Metadata) t.Append(label).Append('：').Append(value).Append(newline);
        foreach (var part in layout.Body)
            switch (part)
            {
                case HeadingPart h: t.Append(h.Text).Append(newline); break;
                case ParagraphPart p: t.Append(p.Text).Append(newline); break;
                case GridPart g:
                    for (var r = 0; r < g.Grid.RowCount; r++)
                    {
                        var cells = Enumerable.Range(0, g.Grid.ColumnCount).Select(c => g.Grid.At(r, c)).OfType<GridCell>().Select(c => c.Text.Replace("\n", "")).ToList();
                        switch (style)
                        {
                            case SynthRendering.Pipe: t.Append(string.Join(" | ", cells)).Append(" |\n"); break;
                            case SynthRendering.Tab: t.Append(string.Join('\t', cells)).Append('\n'); break;
                            case SynthRendering.Spaces: t.Append(string.Join("    ", cells.Where(c => c.Length > 0))).Append('\n'); break;
                            case SynthRendering.Cells: foreach (var c in cells.Where(c => c.Length > 0)) t.Append(c).Append('\n'); break;
                            // Separators lost: a row's labels and numbers run together (issue 3 §5).
                            default: t.Append(string.Concat(cells)).Append('\n'); break;
                        }
                    }
                    break;
            }
        return t.ToString();
    }
}

/// <summary>The encodings of the GBK and Big5 pages; a character they cannot hold is an error, never a silent '?'.</summary>
static class Encodings
{
    public static readonly Encoding Gbk = Get(936);
    public static readonly Encoding Big5 = Get(950);

    static Encoding Get(int codePage)
    {
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
        return Encoding.GetEncoding(codePage, EncoderFallback.ExceptionFallback, DecoderFallback.ExceptionFallback);
    }
}

/// <summary>A government site's page around the writer's HTML, its table cells in Word-export style.</summary>
static partial class SitePage
{
    /// <summary>What a site's page puts before the article in a crawler's text dump.</summary>
    public const string Chrome = "当前位置：首页 > 政务公开 > 政府信息公开年报 来源：本站 【字体：大 中 小】 分享到： 微信 微博 打印本页 关闭窗口\n";

    [GeneratedRegex("<(td|th)([^>]*)>([^<]*)</(td|th)>")]
    private static partial Regex CellRegex();

    public static string Of(string html, SynthReport synth, string charset)
    {
        var cells = CellRegex().Replace(html, m =>
            $"<{m.Groups[1].Value}{m.Groups[2].Value}><p class=MsoNormal align=center style='text-align:center'><span lang=EN-US style='font-size:10.5pt;font-family:宋体'>{m.Groups[3].Value}</span></p></{m.Groups[4].Value}>");
        var head = charset == "utf-8" ? "<meta charset=\"utf-8\">" : $"<meta http-equiv=\"Content-Type\" content=\"text/html; charset={charset}\">";
        var body = cells.IndexOf("<body>", StringComparison.Ordinal) + "<body>".Length;
        var end = cells.LastIndexOf("</body>", StringComparison.Ordinal);
        var page = new StringBuilder();
        page.Append(cells[..body].Replace("<meta charset=\"utf-8\">", head, StringComparison.Ordinal)).Append('\n');
        page.Append("<div class=\"top\"><ul class=\"nav\"><li><a href=\"/\">首页</a></li><li><a href=\"/zwgk/\">政务公开</a></li><li><a href=\"/hdjl/\">互动交流</a></li><li><a href=\"/bsfw/\">办事服务</a></li></ul></div>\n");
        page.Append("<div class=\"crumbs\">当前位置：<a href=\"/\">首页</a> &gt; <a href=\"/zwgk/\">政务公开</a> &gt; 政府信息公开年报</div>\n");
        page.Append("<div class=\"article\">\n<div class=\"tools\">【字体：<a>大</a> <a>中</a> <a>小</a>】 分享到：微信 微博</div>\n");
        page.Append("<div class=\"TRS_Editor\"><div class=\"Section1\">\n").Append(cells[body..end]).Append("</div></div>\n");
        page.Append("<div class=\"print\"><a href=\"javascript:window.print()\">打印本页</a> <a href=\"javascript:window.close()\">关闭窗口</a></div>\n</div>\n");
        page.Append("<div class=\"footer\"><p>主办：").Append(System.Net.WebUtility.HtmlEncode(synth.Truth.Agency ?? "")).Append("办公室　技术支持：信息中心</p><p>联系电话：0000-1234567</p></div>\n");
        page.Append("<script type=\"text/javascript\">var _hmt = _hmt || []; (function(){ var s = document.createElement('script'); })();</script>\n");
        return page.Append(cells[end..]).ToString();
    }
}
