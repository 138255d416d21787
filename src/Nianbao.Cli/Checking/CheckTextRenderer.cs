using Nianbao.Cli.Rendering;
using Nianbao.Output;
using Spectre.Console;

namespace Nianbao.Cli.Checking;

/// <summary>The text output of nianbao check: a summary table with one row per file and the totals; for a single
/// file also its findings with their location (printed labels and source position).</summary>
static class CheckTextRenderer
{
    public static void Render(IAnsiConsole console, IReadOnlyList<ReviewUnit> units, string lang)
    {
        var table = new Table().Border(TableBorder.Rounded);
        table.AddColumn(Lang.T(lang, "文件", "file"))
            .AddColumn(Lang.T(lang, "机关", "agency"))
            .AddColumn(Lang.T(lang, "年度", "year"))
            .AddColumn(Lang.T(lang, "格式", "format"))
            .AddColumn(new TableColumn(Lang.T(lang, "错误", "errors")).RightAligned())
            .AddColumn(new TableColumn(Lang.T(lang, "警告", "warnings")).RightAligned())
            .AddColumn(new TableColumn(Lang.T(lang, "提示", "infos")).RightAligned());
        foreach (var u in units)
        {
            var r = u.Report;
            table.AddRow(
                Markup.Escape(u.File),
                Markup.Escape(r?.Agency ?? "—"),
                r?.Year?.ToString() ?? "—",
                u.Readable ? Markup.Escape(r!.Format?.Value ?? "—") : $"[red]{Lang.T(lang, "无法读取", "unreadable")}[/]",
                Count(u.Errors, "red"), Count(u.Warnings, "yellow"), Count(u.Infos, "blue"));
        }
        console.Write(table);
        console.MarkupLine(Markup.Escape(Totals(units, lang)));

        if (units is [{ Findings.Count: > 0 } single])
        {
            var f = new Table().Border(TableBorder.Simple).Title(Lang.T(lang, "发现的问题", "findings"));
            f.AddColumn(Lang.T(lang, "代码", "code")).AddColumn(Lang.T(lang, "级别", "severity"))
                .AddColumn(Lang.T(lang, "说明", "message")).AddColumn(Lang.T(lang, "位置", "location"));
            foreach (var x in single.Findings)
            {
                var where = ReviewReportText.Location(x.Location, single.Report, lang, Template.ReportTemplate.Embedded);
                var cells = Shorten(ReviewReportText.Cells(x.Location, single.Report, lang, Template.ReportTemplate.Embedded), lang);
                f.AddRow(Markup.Escape(x.Code), ReportTextRenderer.Severity(x.Severity, lang), Markup.Escape(x.Message(lang)),
                    Markup.Escape(cells.Length == 0 ? where : where.Length == 0 ? cells : where + "\n" + cells));
            }
            console.Write(f);
        }
    }

    public static string Totals(IReadOnlyList<ReviewUnit> units, string lang)
    {
        int unreadable = units.Count(u => !u.Readable), withErrors = units.Count(u => u.Readable && u.Errors > 0);
        int e = units.Sum(u => u.Errors), w = units.Sum(u => u.Warnings), i = units.Sum(u => u.Infos);
        return Lang.T(lang,
            $"共 {units.Count} 个文件：{withErrors} 个有错误，{unreadable} 个无法读取；错误 {e}，警告 {w}，提示 {i}",
            $"{units.Count} files: {withErrors} with errors, {unreadable} unreadable; {e} errors, {w} warnings, {i} infos");
    }

    /// <summary>A sum can involve 25 cells: the terminal shows the first three and the count; the 问题清单 has them all.</summary>
    static string Shorten(string cells, string lang)
    {
        var lines = cells.Split('\n');
        return lines.Length <= MaxCells ? cells
            : string.Join('\n', lines.Take(MaxCells)) + "\n" + Lang.T(lang, $"……（共 {lines.Length} 个单元格）", $"… ({lines.Length} cells in all)");
    }

    const int MaxCells = 3;

    static string Count(int n, string colour) => n == 0 ? "0" : $"[{colour}]{n}[/]";
}
