using Nianbao.Cli.Rendering;
using Nianbao.Output;
using Spectre.Console;

namespace Nianbao.Cli.Checking;

/// <summary>The text output of nianbao check: a summary table with one row per file and the totals; for a single
/// file also its findings with their location (printed labels and source position).</summary>
static class CheckTextRenderer
{
    /// <summary>The summary collected as units stream past: a short row per file (not the report), the totals, and
    /// the one unit whose findings are listed when the run has a single file.</summary>
    public sealed class Summary(string lang)
    {
        readonly List<string[]> rows = [];
        readonly Totals totals = new();
        ReviewUnit? first;

        public void Add(ReviewUnit u)
        {
            if (rows.Count == 0) first = u; else first = null;
            var r = u.Report;
            rows.Add([
                SafeText.Markup(u.File),
                SafeText.Markup(r?.Agency ?? "—"),
                r?.Year?.ToString() ?? "—",
                u.Readable ? SafeText.Markup(r!.Format?.Value ?? "—") : $"[red]{Lang.T(lang, "无法读取", "unreadable")}[/]",
                u.Readable ? Count(u.Errors, "red") : "—", u.Readable ? Count(u.Warnings, "yellow") : "—", u.Readable ? Count(u.Infos, "blue") : "—"]);
            totals.Add(u);
        }

        public void Render(IAnsiConsole console)
        {
            var table = new Table().Border(TableBorder.Rounded);
            table.AddColumn(Lang.T(lang, "文件", "file"))
                .AddColumn(Lang.T(lang, "机关", "agency"))
                .AddColumn(Lang.T(lang, "年度", "year"))
                .AddColumn(Lang.T(lang, "格式", "format"))
                .AddColumn(new TableColumn(Lang.T(lang, "错误", "errors")).RightAligned())
                .AddColumn(new TableColumn(Lang.T(lang, "警告", "warnings")).RightAligned())
                .AddColumn(new TableColumn(Lang.T(lang, "提示", "infos")).RightAligned());
            foreach (var row in rows) table.AddRow(row);
            console.Write(table);
            console.MarkupLine(Markup.Escape(totals.Text(lang)));
            if (first is { Readable: true, Findings.Count: > 0 } single) Findings(console, single, lang);
        }
    }

    /// <summary>Files, files with errors, unreadable files; the finding counts of the readable ones (an unreadable
    /// file's one finding says why it was not read; it is not an error found in a report).</summary>
    public sealed class Totals
    {
        int files, unreadable, withErrors, errors, warnings, infos;

        public void Add(ReviewUnit u)
        {
            files++;
            if (!u.Readable) { unreadable++; return; }
            if (u.Errors > 0) withErrors++;
            errors += u.Errors;
            warnings += u.Warnings;
            infos += u.Infos;
        }

        public string Text(string lang) => Lang.T(lang,
            $"共 {files} 个文件：{withErrors} 个有错误，{unreadable} 个无法读取；错误 {errors}，警告 {warnings}，提示 {infos}",
            $"{files} files: {withErrors} with errors, {unreadable} unreadable; {errors} errors, {warnings} warnings, {infos} infos");
    }

    static void Findings(IAnsiConsole console, ReviewUnit single, string lang)
    {
        var f = new Table().Border(TableBorder.Simple).Title(Lang.T(lang, "发现的问题", "findings"));
        f.AddColumn(Lang.T(lang, "代码", "code")).AddColumn(Lang.T(lang, "级别", "severity"))
            .AddColumn(Lang.T(lang, "说明", "message")).AddColumn(Lang.T(lang, "位置", "location"));
        foreach (var x in single.Findings)
        {
            var where = ReviewReportText.Location(x.Location, single.Report, lang, Template.ReportTemplate.Embedded);
            var cells = Shorten(ReviewReportText.Cells(x.Location, single.Report, lang, Template.ReportTemplate.Embedded), lang);
            f.AddRow(SafeText.Markup(x.Code), ReportTextRenderer.Severity(x.Severity, lang), SafeText.Markup(x.Message(lang)),
                SafeText.Markup(cells.Length == 0 ? where : where.Length == 0 ? cells : where + "\n" + cells));
        }
        console.Write(f);
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
