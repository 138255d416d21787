using System.Text;

namespace Nianbao.Writing;

/// <summary>
/// The layout as Markdown: the title as a heading, the information block as a list, the sections as second-level
/// headings and the national tables as pipe tables over the full grid (a merged cell's text at its top-left
/// position, the positions it covers empty, since Markdown has no merges).
/// </summary>
static class MarkdownWriter
{
    public static string Write(ReportLayout layout)
    {
        var m = new StringBuilder();
        m.Append("# ").Append(layout.Title).Append("\n\n");
        foreach (var (label, value) in layout.Metadata) m.Append("- ").Append(label).Append('：').Append(Escape(value)).Append('\n');
        if (layout.Metadata.Count > 0) m.Append('\n');
        foreach (var part in layout.Body)
            switch (part)
            {
                case HeadingPart p: m.Append("## ").Append(p.Text).Append("\n\n"); break;
                case ParagraphPart p: m.Append(Escape(p.Text)).Append("\n\n"); break;
                case GridPart g: Table(m, g.Grid); break;
            }
        return m.ToString();
    }

    static void Table(StringBuilder m, LayoutGrid grid)
    {
        for (var r = 0; r < grid.RowCount; r++)
        {
            m.Append('|');
            for (var c = 0; c < grid.ColumnCount; c++)
                m.Append(' ').Append(grid.At(r, c) is { } cell ? Cell(cell.Text) : "").Append(" |");
            m.Append('\n');
            if (r == 0) m.Append('|').Append(string.Concat(Enumerable.Repeat(" --- |", grid.ColumnCount))).Append('\n');
        }
        m.Append('\n');
    }

    static string Cell(string text) => text.Replace("|", "\\|").Replace("\n", " ");

    /// <summary>A paragraph that would read as Markdown syntax at the start of a line is escaped.</summary>
    static string Escape(string text) => text.Length > 0 && "#>-*+|".Contains(text[0]) ? "\\" + text : text;
}
