using Nianbao.Model;
using Nianbao.Output;
using Nianbao.Template;
using Spectre.Console;

namespace Nianbao.Cli.Rendering;

/// <summary>Draws a parsed report for a person: metadata, the three tables aligned with their printed labels, findings.</summary>
static class ReportTextRenderer
{
    // Spectre.Console 0.49 fails when it must fold a run of wide (CJK) characters into a narrow column, so the
    // tables get the width they need and long row labels are shortened for display.
    const int MinWidth = 170;
    const int MaxLabel = 18;

    public static void Render(IAnsiConsole console, Report report, string lang, bool provenance)
    {
        if (console.Profile.Width < MinWidth) console.Profile.Width = MinWidth;
        var template = ReportTemplate.Embedded;
        var head = new Grid().AddColumn().AddColumn();
        void Row(string zh, string en, string? value) => head.AddRow(SafeText.Markup(Lang.T(lang, zh, en)), SafeText.Markup(value ?? "—"));
        Row("文件", "file", report.Source);
        Row("机关", "agency", report.Agency);
        Row("年度", "year", report.Year?.ToString());
        Row("格式", "format", report.Format?.Value);
        foreach (var m in report.Metadata.Values) head.AddRow(SafeText.Markup(template.MetadataLabelOf(m.Key, lang)), SafeText.Markup(m.Value));
        console.Write(new Rule(SafeText.Markup(report.Metadata.GetValueOrDefault(Keys.Metadata.Title)?.Value ?? report.Source)).LeftJustified());
        console.Write(head);

        foreach (var (key, values) in report.Tables)
        {
            var def = template.Table(key, values.Layout) ?? template.Layouts(key).First();
            var table = new Table().Border(TableBorder.Rounded).Title(SafeText.Markup(template.LabelOf(key, lang: lang, layout: values.Layout)));
            var rows = def.RowsFor(values.Layout).ToList();
            var columns = def.Columns ?? rows.SelectMany(r => def.ColumnsOf(r)).DistinctBy(c => c.Key).ToList();
            table.AddColumn(Lang.T(lang, "项目", "row"));
            foreach (var c in columns) table.AddColumn(new TableColumn(SafeText.Markup(template.LabelOf(key, null, c.Key, lang, values.Layout))).RightAligned());
            string? group = null;
            foreach (var row in rows)
            {
                // A numbered row (1.属于国家秘密) belongs under its parent (（三）不予公开): the parent is printed as a
                // heading so the numbers keep their context.
                if (row.Group is { } g && g != group && g != row.Label)
                    table.AddRow([$"[bold]{SafeText.Markup(g)}[/]", .. columns.Select(_ => "")]);
                group = row.Group;
                var label = template.LabelOf(key, row.Key, lang: lang, layout: values.Layout);
                var cells = new List<string> { SafeText.Markup(lang == "en" ? label : Short(label)) };
                foreach (var c in columns)
                {
                    var v = values[row.Key, c.Key];
                    var text = v.Integer?.ToString() ?? (v.Text is { } t ? SafeText.Markup(t) : null) ?? (def.ColumnsOf(row).Any(x => x.Key == c.Key) ? Blank(v) : "");
                    if (provenance && v.Source is not null) text += $"\n[grey]{SafeText.Markup(v.Source.ToString())}[/]";
                    cells.Add(text);
                }
                table.AddRow(cells.ToArray());
            }
            console.Write(table);
        }
        if (report.Findings.Count > 0)
        {
            var f = new Table().Border(TableBorder.Simple).Title(Lang.T(lang, "发现的问题", "findings"));
            f.AddColumn(Lang.T(lang, "代码", "code")).AddColumn(Lang.T(lang, "级别", "severity")).AddColumn(Lang.T(lang, "说明", "message"));
            f.Columns[2].Width(110);
            foreach (var x in report.Findings)
                f.AddRow(SafeText.Markup(x.Code), Severity(x.Severity, lang), SafeText.Markup(x.Message(lang)));
            console.Write(f);
        }
    }

    static string Short(string label) => label.Length <= MaxLabel ? label : label[..(MaxLabel - 1)] + "…";

    static string Blank(CellValue v) => v.State switch
    {
        ValueState.Blank => "[grey]（空）[/]",
        ValueState.BlankMark => $"[grey]{SafeText.Markup(v.Raw ?? "")}[/]",
        ValueState.Unreadable => "[red]?[/]",
        _ => "[grey]—[/]",
    };

    /// <summary>The severity's name (the 问题清单's wording) in its colour.</summary>
    public static string Severity(Severity s, string lang) => s switch
    {
        Model.Severity.Error => $"[red]{ReviewReportText.Severity(s, lang)}[/]",
        Model.Severity.Warning => $"[yellow]{ReviewReportText.Severity(s, lang)}[/]",
        _ => $"[blue]{ReviewReportText.Severity(s, lang)}[/]",
    };
}
