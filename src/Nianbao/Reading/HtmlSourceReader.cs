using System.Text;
using System.Text.RegularExpressions;
using AngleSharp.Dom;
using AngleSharp.Html.Dom;
using AngleSharp.Html.Parser;
using Nianbao.Documents;
using Nianbao.Model;
using Nianbao.Normalizing;
using Nianbao.Template;

namespace Nianbao.Reading;

/// <summary>
/// An HTML page (AngleSharp): the report usually sits inside a full government page with navigation, sidebars and
/// footer. Navigation blocks (mostly link text: menus, breadcrumbs, article lists) are left out. Block elements and
/// &lt;br&gt; give lines; each leaf &lt;table&gt; becomes a grid with row/column spans expanded (span copies marked);
/// a table holding other tables is layout, read as containers.
/// Government CMS meta tags (ArticleTitle, PubDate, ContentSource) give stated metadata.
/// </summary>
internal static partial class HtmlSourceReader
{
    static readonly HashSet<string> Skipped = ["SCRIPT", "STYLE", "NOSCRIPT", "TEMPLATE", "HEAD", "SELECT", "BUTTON", "svg", "IFRAME"];
    static readonly HashSet<string> BlockLevel =
    [
        "P", "DIV", "H1", "H2", "H3", "H4", "H5", "H6", "LI", "UL", "OL", "DL", "DT", "DD", "SECTION", "ARTICLE", "HEADER",
        "FOOTER", "NAV", "ASIDE", "MAIN", "BLOCKQUOTE", "PRE", "TR", "TD", "TH", "FORM", "CENTER", "HR", "ADDRESS", "FIGURE",
        "CAPTION", "BODY", "TABLE",
    ];

    /// <summary>One parser per thread: making one builds a browsing context, which costs more than a small page's parse.</summary>
    [ThreadStatic] static HtmlParser? parser;

    static HtmlParser Parser => parser ??= new HtmlParser();

    [GeneratedRegex(@"<meta[^>]+charset\s*=\s*[""']?\s*([\w-]+)", RegexOptions.IgnoreCase)]
    private static partial Regex MetaCharset();

    public static SourceDocument Read(ReadOnlySpan<byte> bytes, string source, InputLimits? limits = null)
    {
        limits ??= InputLimits.Default;
        if (bytes.Length > limits.MaxHtmlBytes)
            throw InputLimits.Exceeded("NB-INPUT-LIMIT-HTML-SIZE", "html-mb", $"{InputLimits.Megabytes(bytes.Length)} MB", InputLimits.Megabytes(limits.MaxHtmlBytes));
        var decoded = EncodingDetector.Decode(bytes, DeclaredCharset(bytes));
        var doc = FromHtml(decoded.Text, source, limits);
        if (decoded.Errors > 0)
            doc.Findings.Add(Finding.Create("NB-P-ENCODING", null, ("encoding", decoded.Encoding), ("count", decoded.Errors)));
        return doc;
    }

    /// <summary>The charset a meta tag in the first 4 KB declares (&lt;meta charset&gt; or http-equiv), if any.</summary>
    public static string? DeclaredCharset(ReadOnlySpan<byte> bytes)
    {
        var head = Encoding.Latin1.GetString(bytes[..Math.Min(bytes.Length, 4096)]);
        return MetaCharset().Match(head) is { Success: true } m ? m.Groups[1].Value : null;
    }

    /// <summary>Reads a page, after checking its nesting depth (<see cref="HtmlDepth"/>) against the limit before it
    /// is parsed; its tables count against the cell limit before each grid is built, its lines as they are read.</summary>
    public static SourceDocument FromHtml(string html, string source, InputLimits? limits = null)
    {
        limits ??= InputLimits.Default;
        if (HtmlDepth.Estimate(html, limits.MaxHtmlDepth) is var depth && depth > limits.MaxHtmlDepth)
            throw InputLimits.Exceeded("NB-INPUT-LIMIT-HTML-DEPTH", "html-depth", depth, limits.MaxHtmlDepth);
        var document = Parser.ParseDocument(html);
        var tags = HeadTags.Of(document);
        var navigation = document.Body is { } b ? HtmlNavigation.Find(b) : [];
        var walker = new Walker(PinyinAnnotations.ShouldStrip(document.Body?.TextContent ?? ""), navigation,
            new CellBudget(limits.MaxCells), limits.MaxLineChars);
        if (document.Body is { } body) walker.Walk(body);
        walker.FlushLine();
        return new SourceDocument { Source = source, Kind = "html", Blocks = walker.Blocks, StatedMetadata = Meta(tags), Url = PageUrl(tags) };
    }

    /// <summary>The page's own address as it states it: &lt;link rel="canonical"&gt;, else &lt;meta property="og:url"&gt;,
    /// else &lt;base href&gt;; only an absolute http(s) address counts (a relative one names no page).</summary>
    static string? PageUrl(HeadTags tags)
    {
        foreach (var candidate in new[] { tags.Canonical, tags.OgUrl, tags.Base })
            if (candidate?.Trim() is { Length: > 0 } url && Uri.TryCreate(url, UriKind.Absolute, out var uri) && (uri.Scheme == Uri.UriSchemeHttp || uri.Scheme == Uri.UriSchemeHttps))
                return url;
        return null;
    }

    static Dictionary<string, MetaField> Meta(HeadTags tags)
    {
        var result = new Dictionary<string, MetaField>();
        void Take(string? content, string key, bool date = false)
        {
            content = content?.Trim();
            if (date && content is not null) content = DateText.Normalize(content);
            if (!string.IsNullOrEmpty(content) && !result.ContainsKey(key))
                result[key] = new MetaField(key, content, new Provenance("html-meta"));
        }
        Take(tags.Meta("ArticleTitle"), Keys.Metadata.Title);
        Take(tags.Meta("PubDate"), Keys.Metadata.Published, date: true);
        Take(tags.Meta("ContentSource"), Keys.Metadata.Issuer);
        return result;
    }

    sealed class Walker(bool stripPinyin, HashSet<IElement> navigation, CellBudget budget, int maxLine)
    {
        readonly StringBuilder line = new();
        int paragraphs;
        int tables;
        public List<Block> Blocks { get; } = [];

        public void Walk(INode node)
        {
            System.Runtime.CompilerServices.RuntimeHelpers.EnsureSufficientExecutionStack();
            foreach (var child in node.ChildNodes)
            {
                switch (child)
                {
                    case IText text:
                        line.Append(text.Data);
                        break;
                    case IElement e when navigation.Contains(e):
                        FlushLine();
                        break;
                    case IHtmlTableElement table when !table.Descendants<IHtmlTableElement>().Any():
                        FlushLine();
                        Blocks.Add(Grid(table));
                        break;
                    case IElement e when Skipped.Contains(e.TagName) || e.LocalName == "svg":
                        break;
                    case IElement e when e.TagName == "BR":
                        FlushLine();
                        break;
                    case IElement e:
                        var block = BlockLevel.Contains(e.TagName);
                        if (block) FlushLine();
                        Walk(e);
                        if (block) FlushLine();
                        break;
                }
            }
        }

        public void FlushLine()
        {
            if (line.Length > maxLine)
                throw InputLimits.Exceeded("NB-INPUT-LIMIT-LINE", "line-chars", line.Length, maxLine, ("line", paragraphs + 1));
            var raw = CellWhitespace.Collapse(line.ToString()).Replace('\n', ' ');
            line.Clear();
            if (raw.Length == 0) return;
            budget.Take(TextScan.CellsIn(raw), "paragraph", paragraphs + 1);
            var prov = new Provenance("html") { Paragraph = ++paragraphs };
            Blocks.Add(new LineBlock(new Cell(raw, TextNormalizer.Normalize(raw, stripPinyin).Text, prov)));
        }

        /// <summary>The table's grid with rowspan/colspan expanded: covered positions hold span copies.</summary>
        TableBlock Grid(IHtmlTableElement table)
        {
            var index = ++tables;
            // Spans are clamped per cell; the grid they make counts against the document's limit before it is built.
            budget.Take(table.Rows.Sum(tr => tr.Cells.Sum(td => (long)RowSpan(td) * ColumnSpan(td))), "table", index);
            var grid = new List<List<Cell?>>();
            var r = 0;
            foreach (var tr in table.Rows)
            {
                while (grid.Count <= r) grid.Add([]);
                var c = 0;
                foreach (var td in tr.Cells)
                {
                    while (c < grid[r].Count && grid[r][c] is not null) c++;
                    var raw = CellWhitespace.Collapse(CellText(td));
                    var prov = Provenance.GridCell("html", index, r + 1, c + 1);
                    var cell = new Cell(raw, TextNormalizer.Normalize(raw, stripPinyin).Text, prov);
                    int rows = RowSpan(td), cols = ColumnSpan(td);
                    for (var dr = 0; dr < rows; dr++)
                    {
                        while (grid.Count <= r + dr) grid.Add([]);
                        var gridRow = grid[r + dr];
                        for (var dc = 0; dc < cols; dc++)
                        {
                            while (gridRow.Count <= c + dc) gridRow.Add(null);
                            gridRow[c + dc] = dr == 0 && dc == 0 ? cell
                                : new Cell(raw, cell.Text, Provenance.GridCell("html", index, r + dr + 1, c + dc + 1), spanCopy: true);
                        }
                    }
                    c += cols;
                }
                r++;
            }
            var rowsOut = grid.Select((row, ri) => (IReadOnlyList<Cell>)row.Select((cell, ci) =>
                cell ?? new Cell("", "", Provenance.GridCell("html", index, ri + 1, ci + 1), spanCopy: true)).ToList()).ToList();
            return new TableBlock(rowsOut);
        }

        static int RowSpan(IHtmlTableCellElement td) => Math.Clamp(td.RowSpan, 1, 500);

        static int ColumnSpan(IHtmlTableCellElement td) => Math.Clamp(td.ColumnSpan, 1, 100);

        static string CellText(IElement td)
        {
            var sb = new StringBuilder();
            void Add(INode n)
            {
                System.Runtime.CompilerServices.RuntimeHelpers.EnsureSufficientExecutionStack();
                foreach (var ch in n.ChildNodes)
                {
                    if (ch is IText t) sb.Append(t.Data);
                    else if (ch is IElement e && !Skipped.Contains(e.TagName))
                    {
                        if (e.TagName is "BR" or "P" or "DIV") sb.Append('\n');
                        Add(e);
                    }
                }
            }
            Add(td);
            return sb.ToString();
        }

    }
}
