using System.CommandLine;
using Nianbao.Cli.Commands;
using Nianbao.Cli.Rendering;
using Nianbao.Corpus.Export;
using Nianbao.Corpus.Query;
using Nianbao.Corpus.Review;
using Nianbao.Corpus.Storage;
using Nianbao.Template;
using Spectre.Console;

namespace Nianbao.Cli.Corpus;

/// <summary>nianbao list [filters], nianbao show ID|SHA256, nianbao export --to FORMAT --out FILE [filters].</summary>
static class ListCommands
{
    public static Command List(string lang)
    {
        var db = CorpusOptions.Db(lang);
        var filters = new FilterOptions(lang);
        var langOption = CommonOptions.Lang(lang);
        var command = new Command("list", Lang.T(lang, "列出语料库中的报告（可筛选）", "list the corpus's reports (filtered)")) { db, langOption };
        filters.AddTo(command);
        command.SetAction(r => CorpusOptions.Guard(r.GetValue(langOption)!, () =>
        {
            var l = r.GetValue(langOption)!;
            var store = CorpusDb.Open(r.GetValue(db)!, create: false);
            var table = new Table().Border(TableBorder.Simple);
            // Types, levels and scopes by their labels in agency.json (Chinese by default, English with --lang en).
            var labels = Nianbao.Template.ReportTemplate.Embedded.Naming.Labels;
            foreach (var h in new[] { ("编号", "id"), ("机关", "agency"), ("区划", "region"), ("类型", "type"), ("层级", "level"), ("年度", "year"), ("格式", "format"),
                         ("范围", "scope"), ("错误", "errors"), ("警告", "warnings"), ("提示", "infos"), ("文件", "file") })
                table.AddColumn(Lang.T(l, h.Item1, h.Item2));
            var n = 0;
            foreach (var x in CorpusQuery.Reports(store, filters.Read(r)))
            {
                n++;
                table.AddRow(Esc(x.Id), Esc(x.Agency ?? x.PrintedAgency), Esc(x.RegionCode), Esc(NamingLabels.Of(labels.Type, x.Type, l)),
                    Esc(NamingLabels.Of(labels.Level, x.Level, l)), Esc(x.Year), Esc(x.Format), Esc(NamingLabels.Of(labels.Scope, x.Scope, l)),
                    Esc(x.Errors), Esc(x.Warnings), Esc(x.Infos), Esc(x.FileName + (x.SourceStatus == "failed" ? Lang.T(l, "（重新读取失败）", " (re-read failed)") : "")));
            }
            var console = Consoles.Stdout();
            console.Write(table);
            console.WriteLine(Lang.T(l, $"共 {n} 份报告", $"{n} reports"));
            return 0;
        }));
        return command;
    }

    static string Esc(object? v) => Markup.Escape(Convert.ToString(v, System.Globalization.CultureInfo.InvariantCulture) ?? "—");

    public static Command Show(string lang)
    {
        var id = new Argument<string>("REPORT") { Description = Lang.T(lang, "报告编号或原文件 SHA-256 的开头（至少 8 位）", "report id, or the start of its source's SHA-256 (8+ characters)") };
        var db = CorpusOptions.Db(lang);
        var provenance = new Option<bool>("--provenance") { Description = Lang.T(lang, "同时输出每个数值在原文中的位置", "also show where each value was read") };
        var langOption = CommonOptions.Lang(lang);
        var command = new Command("show", Lang.T(lang, "显示语料库中的一份报告：数值、问题及审核意见", "show one report of the corpus: values, findings and reviewers' decisions"))
        { id, db, provenance, langOption };
        command.SetAction(r => CorpusOptions.Guard(r.GetValue(langOption)!, () =>
        {
            var l = r.GetValue(langOption)!;
            var store = CorpusDb.Open(r.GetValue(db)!, create: false);
            var found = StoredReport.Find(store, r.GetValue(id)!);
            if (found is null)
            {
                Console.Error.WriteLine(Lang.T(l, $"语料库中没有报告 {r.GetValue(id)}", $"no report {r.GetValue(id)} in the corpus"));
                return 2;
            }
            var console = Consoles.Stdout();
            ReportTextRenderer.Render(console, found.Report, l, r.GetValue(provenance));
            var x = found.Row;
            var scope = NamingLabels.Of(Nianbao.Template.ReportTemplate.Embedded.Naming.Labels.Scope, x.Scope, l);
            console.WriteLine(Lang.T(l, $"机关 {x.Agency}（编号 {x.AgencyId}，区划 {x.RegionCode ?? "—"} {x.RegionName}）范围 {scope ?? "未知"}，SHA-256 {x.Sha256}，解析器 {x.ParserVersion}",
                $"agency {x.Agency} (id {x.AgencyId}, region {x.RegionCode ?? "—"} {x.RegionName}), scope {scope ?? "unknown"}, SHA-256 {x.Sha256}, parser {x.ParserVersion}"));
            var f = new Table().Border(TableBorder.Simple).Title(Lang.T(l, "问题及审核意见", "findings and decisions"));
            foreach (var h in new[] { ("代码", "code"), ("级别", "severity"), ("位置", "location"), ("说明", "message"), ("审核", "decision"), ("意见", "comment") })
                f.AddColumn(Lang.T(l, h.Item1, h.Item2));
            f.Columns[3].Width(80);
            foreach (var s in found.Findings)
                f.AddRow(Esc(s.Code), ReportTextRenderer.Severity(s.Severity, l), Esc(s.LocationKey), Esc(s.Message(l)),
                    Esc(Decisions.Label(s.Decision ?? Decisions.Open, l)), Esc(s.Comment is null ? "" : $"{s.Comment}（{s.DecidedBy}）"));
            console.Write(f);
            if (found.Report.NarrativeFigures.Count > 0)
            {
                var n = new Table().Border(TableBorder.Simple).Title(Lang.T(l, "叙述中的数字", "figures stated in the narrative"));
                foreach (var h in new[] { ("数字", "figure"), ("数值", "value"), ("单位", "unit"), ("部分", "section"), ("原句", "sentence") })
                    n.AddColumn(Lang.T(l, h.Item1, h.Item2));
                n.Columns[4].Width(80);
                foreach (var g in found.Report.NarrativeFigures)
                    n.AddRow(Esc(g.Key), Esc(g.Value), Esc(g.Unit), Esc(g.Section), Esc(g.Text));
                console.Write(n);
            }
            return 0;
        }));
        return command;
    }

    public static Command Export(string lang)
    {
        var db = CorpusOptions.Db(lang);
        var to = new Option<string>("--to")
        {
            Description = Lang.T(lang, "格式：csv|csv-long|xlsx|jsonl|parquet|csv-figures（叙述中的数字，每个一行）",
                "format: csv|csv-long|xlsx|jsonl|parquet|csv-figures (the narrative's stated figures, one row each)"),
            Required = true,
        };
        to.AcceptOnlyFromAmong("csv", "csv-long", "xlsx", "jsonl", "parquet", "csv-figures");
        var output = new Option<string>("--out", "-o") { Description = Lang.T(lang, "输出文件；代码表写在旁边（NAME.codebook.csv）", "output file; the codebook goes beside it (NAME.codebook.csv)"), Required = true };
        var bom = new Option<bool>("--bom") { Description = Lang.T(lang, "CSV 加 UTF-8 BOM（便于 Excel 打开）", "write a UTF-8 byte-order mark in CSV files (for Excel)") };
        var filters = new FilterOptions(lang);
        var langOption = CommonOptions.Lang(lang);
        var command = new Command("export", Lang.T(lang,
            "导出数据集：每份报告一行、代码表键名为列（csv、xlsx、jsonl、parquet），或每个数值一行并附来源（csv-long）；空白为空，绝不为 0；旁附代码表",
            "export a dataset: one row per report with codebook keys as columns (csv, xlsx, jsonl, parquet), or one row per value with provenance (csv-long); blank is empty, never 0; a codebook file beside it"))
        { db, to, output, bom, langOption };
        filters.AddTo(command);
        command.SetAction(r => CorpusOptions.Guard(r.GetValue(langOption)!, () =>
        {
            var l = r.GetValue(langOption)!;
            var store = CorpusDb.Open(r.GetValue(db)!, create: false);
            var path = r.GetValue(output)!;
            ExportResult result;
            try { result = Exporter.Export(store, filters.Read(r), Exporter.ParseFormat(r.GetValue(to)!)!.Value, path, r.GetValue(bom)); }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException or InvalidOperationException or InvalidDataException)
            {
                Console.Error.WriteLine(Lang.T(l, $"无法导出到 {path}：{e.Message}", $"cannot export to {path}: {e.Message}"));
                return 2;
            }
            Console.WriteLine(Lang.T(l, $"已导出 {result.Rows} 行、{result.Columns} 列到 {result.Path}；代码表：{result.CodebookPath}",
                $"exported {result.Rows} rows, {result.Columns} columns to {result.Path}; codebook: {result.CodebookPath}"));
            return 0;
        }));
        return command;
    }
}
