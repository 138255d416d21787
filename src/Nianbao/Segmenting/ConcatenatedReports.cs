using Nianbao.Documents;
using Nianbao.Template;

namespace Nianbao.Segmenting;

/// <summary>
/// Finds a second report in the same document (crawler output or a merged file holding reports back to back): the
/// section skeleton starts again — heading 一 followed, with text between, by heading 二 — after the first report's
/// tables or after a new title line. A table of contents (headings on adjacent lines, before any table) is not a
/// report. The document is then read up to the second report only, and the caller says so.
/// </summary>
internal static class ConcatenatedReports
{
    public sealed record Second(int Start, int Count, Cell At);

    public static Second? Find(IReadOnlyList<Block> blocks, ReportTemplate template)
    {
        var sections = template.Sections;
        var reports = 0;
        int second = -1, open = -1, lastTitle = -1, lastEnd = -1;
        var tableSince = false;
        for (var i = 0; i < blocks.Count; i++)
        {
            if (blocks[i] is TableBlock) { tableSince = true; continue; }
            if (blocks[i] is not LineBlock { Line: var line }) continue;
            if (IsTitle(line)) { lastTitle = i; continue; }
            var m = HeadingMatcher.Match(line, sections, 0);
            if (m == 0) open = i;
            else if (m == 1 && open >= 0 && i > open + 1)
            {
                // A skeleton: heading 一, text, heading 二. It is a new report when the last one had tables or a title came between.
                if (reports == 0 || tableSince || lastTitle > lastEnd)
                {
                    reports++;
                    if (reports == 2) second = lastTitle > lastEnd && lastTitle < open ? lastTitle : open;
                }
                (tableSince, lastEnd, open) = (false, i, -1);
            }
        }
        return reports < 2 ? null : new Second(second, reports, ((LineBlock)blocks[second]).Line);
    }

    /// <summary>A line of its own that reads as a report title: short, about 信息公开, ending in 报告/年报.</summary>
    static bool IsTitle(Cell line)
    {
        var t = line.Text.AsSpan().Trim();
        return t.Length is > 8 and <= 80 && t.Contains("信息公开", StringComparison.Ordinal)
            && (t.EndsWith("报告") || t.EndsWith("年报") || t.EndsWith("报告》"));
    }
}
