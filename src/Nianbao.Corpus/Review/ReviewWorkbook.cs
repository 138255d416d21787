using System.Globalization;
using System.Text.Json;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using Nianbao.Corpus.Query;
using Nianbao.Corpus.Storage;
using Nianbao.Model;
using Nianbao.Output;
using XText = DocumentFormat.OpenXml.Spreadsheet.Text;
using CellValue = DocumentFormat.OpenXml.Spreadsheet.CellValue;

namespace Nianbao.Corpus.Review;

/// <summary>What `review --apply` did.</summary>
public sealed record ApplyResult(int Applied, int Unchanged, IReadOnlyList<(string Code, IReadOnlyDictionary<string, object?> Args)> Skipped);

/// <summary>
/// The reviewer's 问题清单 from the corpus (docs/corpus.md "Review"): sheet 汇总 with one row per unit (report) and
/// its counts of errors, warnings and review status; sheet 问题 with one row per finding (unit, code, severity,
/// message, cells, hint, decision, comment) under an autofilter, the decision column a drop-down. Two sheets
/// whatever the corpus size (a sheet per unit does not scale). Decisions and comments typed into 问题 are read back
/// by <see cref="Apply"/>; the key columns (report id, code, location) say which finding a row is.
/// </summary>
public static class ReviewWorkbook
{
    const uint Plain = 0, Header = 1, Wrap = 2;

    static readonly (string Zh, string En, double Width)[] FindingColumns =
    [
        ("报告编号", "report id", 9), ("机关", "agency", 28), ("年度", "year", 7), ("文件", "file", 26), ("代码", "code", 18),
        ("级别", "severity", 7), ("说明", "message", 70), ("涉及单元格", "cells", 30), ("修改提示", "hint", 50),
        ("审核意见", "decision", 10), ("备注", "comment", 30), ("审核人", "reviewer", 10), ("位置键", "location key", 28),
    ];

    const int DecisionColumn = 9, CommentColumn = 10, LocationColumn = 12, ReportColumn = 0, CodeColumn = 4;

    public static int Write(CorpusDb db, ReportFilter filter, string path, string lang)
    {
        string T(string zh, string en) => lang == "en" ? en : zh;
        var units = CorpusQuery.Reports(db, filter).ToList();
        using var doc = SpreadsheetDocument.Create(path, SpreadsheetDocumentType.Workbook);
        var book = doc.AddWorkbookPart();
        book.AddNewPart<WorkbookStylesPart>().Stylesheet = SheetCells.Styles();
        var summary = book.AddNewPart<WorksheetPart>();
        var findings = book.AddNewPart<WorksheetPart>();
        var findingsName = T("问题", "Findings");

        using var c = db.Connect();
        var counts = new Dictionary<long, (int Open, int Confirmed, int Dismissed)>();
        var rows = 0;
        using (var w = OpenXmlWriter.Create(findings))
        {
            w.WriteStartElement(new Worksheet());
            w.WriteElement(Frozen());
            w.WriteElement(SheetCells.Widths(FindingColumns.Select(x => x.Width)));
            w.WriteStartElement(new SheetData());
            WriteRow(w, 1, FindingColumns.Select(x => Cell(T(x.Zh, x.En), Header)));
            uint r = 2;
            var byId = units.ToDictionary(u => u.Id);
            Dictionary<(long, int), Dictionary<string, string>> args;
            using (var argsCmd = c.CreateCommand()) args = Args(argsCmd, CorpusQuery.Ids(argsCmd, filter));
            var findingsCmd = c.CreateCommand();
            foreach (var f in StoredReport.FindingsOf(c, $"f.report_id IN ({CorpusQuery.Ids(findingsCmd, filter)})", findingsCmd))
            {
                var u = byId[f.ReportId];
                var status = f.Decision ?? Decisions.Open;
                var (o, cf, d) = counts.GetValueOrDefault(f.ReportId);
                counts[f.ReportId] = status switch { Decisions.Confirmed => (o, cf + 1, d), Decisions.Dismissed => (o, cf, d + 1), _ => (o + 1, cf, d) };
                var hint = args.GetValueOrDefault((f.ReportId, f.Ordinal))?.GetValueOrDefault(lang == "en" ? "hint_en" : "hint");
                var message = f.Message(lang);
                if (hint is { Length: > 0 } && message.EndsWith(hint, StringComparison.Ordinal)) message = message[..^hint.Length];
                WriteRow(w, r++, [
                    Number(u.Id), Cell(u.Agency ?? u.PrintedAgency), u.Year is int y ? Number(y) : Cell(null), Cell(u.FileName), Cell(f.Code),
                    Cell(Severity(f.Severity, lang)), Cell(message, Wrap), Cell(Cells(f.Cells), Wrap), Cell(hint?.TrimStart('。', '.', ' ', '；', ';'), Wrap),
                    Cell(f.Decision is null ? null : Decisions.Label(f.Decision, lang)), Cell(f.Comment, Wrap), Cell(f.DecidedBy), Cell(f.LocationKey)]);
                rows++;
            }
            w.WriteEndElement();
            w.WriteElement(new AutoFilter { Reference = $"A1:{Letter(FindingColumns.Length - 1)}{Math.Max(1, r - 1)}" });
            if (r > 2)
            {
                var options = string.Join(",", Decisions.Statuses.Select(s => Decisions.Label(s, lang)));
                w.WriteElement(new DataValidations(new DataValidation(new Formula1($"\"{options}\""))
                {
                    Type = DataValidationValues.List, AllowBlank = true, ShowErrorMessage = true,
                    SequenceOfReferences = new ListValue<StringValue> { InnerText = $"{Letter(DecisionColumn)}2:{Letter(DecisionColumn)}{r - 1}" },
                }) { Count = 1 });
            }
            w.WriteEndElement();
        }

        using (var w = OpenXmlWriter.Create(summary))
        {
            w.WriteStartElement(new Worksheet());
            w.WriteElement(Frozen());
            w.WriteElement(SheetCells.Widths([9, 30, 10, 7, 8, 28, 7, 7, 7, 8, 8, 8, 12]));
            w.WriteStartElement(new SheetData());
            string[] headers = lang == "en"
                ? ["report id", "agency", "region", "year", "format", "file", "errors", "warnings", "infos", "open", "confirmed", "dismissed", "review status"]
                : ["报告编号", "机关", "区划", "年度", "格式", "文件", "错误", "警告", "提示", "待定", "确认", "排除", "审核状态"];
            WriteRow(w, 1, headers.Select(h => Cell(h, Header)));
            uint r = 2;
            foreach (var u in units)
            {
                var (o, cf, d) = counts.GetValueOrDefault(u.Id);
                var state = o + cf + d == 0 ? T("无问题", "no findings") : o == 0 ? T("已审完", "reviewed") : cf + d == 0 ? T("未审", "not reviewed") : T("审核中", "in review");
                WriteRow(w, r++, [Number(u.Id), Cell(u.Agency ?? u.PrintedAgency), Cell(u.RegionCode), u.Year is int y ? Number(y) : Cell(null), Cell(u.Format),
                    Cell(u.FileName), Number(u.Errors), Number(u.Warnings), Number(u.Infos), Number(o), Number(cf), Number(d), Cell(state)]);
            }
            w.WriteEndElement();
            w.WriteElement(new AutoFilter { Reference = $"A1:M{Math.Max(1, r - 1)}" });
            w.WriteEndElement();
        }
        var summaryName = T("汇总", "Summary");
        var sheets = new Sheets(
            new Sheet { Name = summaryName, SheetId = 1, Id = book.GetIdOfPart(summary) },
            new Sheet { Name = findingsName, SheetId = 2, Id = book.GetIdOfPart(findings) });
        book.Workbook = new Workbook(new BookViews(new WorkbookView()), sheets,
            new DefinedNames(new DefinedName { Name = "_xlnm._FilterDatabase", LocalSheetId = 1, Hidden = true, Text = $"'{findingsName}'!$A$1:${Letter(FindingColumns.Length - 1)}${Math.Max(1, rows + 1)}" }));
        book.Workbook.Save();
        return rows;
    }

    /// <summary>Reads decisions and comments back from a workbook written by <see cref="Write"/>.</summary>
    public static ApplyResult Apply(CorpusDb db, string path, string? by)
    {
        SpreadsheetDocument doc;
        try { doc = SpreadsheetDocument.Open(path, false); }
        catch (Exception e) when (e is IOException or OpenXmlPackageException or InvalidDataException or UnauthorizedAccessException)
        {
            throw new CorpusException("NB-REVIEW-SHEET", ("path", path), ("reason", e.Message));
        }
        using (doc)
        {
            var book = doc.WorkbookPart ?? throw new CorpusException("NB-REVIEW-SHEET", ("path", path), ("reason", "no workbook"));
            var sheet = book.Workbook.Sheets?.Elements<Sheet>().FirstOrDefault(s => s.Name?.Value is "问题" or "Findings")
                ?? throw new CorpusException("NB-REVIEW-SHEET", ("path", path), ("reason", "no sheet 问题 / Findings"));
            var part = (WorksheetPart)book.GetPartById(sheet.Id!.Value!);
            var shared = book.SharedStringTablePart?.SharedStringTable.Elements<SharedStringItem>().Select(s => s.InnerText).ToList() ?? [];
            var applied = 0;
            var unchanged = 0;
            var skipped = new List<(string, IReadOnlyDictionary<string, object?>)>();
            var current = new Dictionary<(long, string, string), (string? Status, string? Comment)>();
            var header = true;
            foreach (var row in part.Worksheet.Descendants<Row>())
            {
                var cells = row.Elements<Cell>().ToDictionary(x => Column(x.CellReference!.Value!), x => Value(x, shared));
                string? Get(int i) => cells.TryGetValue(i, out var v) && v.Length > 0 ? v : null;
                if (header)
                {
                    header = false;
                    for (var i = 0; i < FindingColumns.Length; i++)
                        if (Get(i) is not { } h || h != FindingColumns[i].Zh && h != FindingColumns[i].En)
                            throw new CorpusException("NB-REVIEW-SHEET", ("path", path), ("reason", $"column {Letter(i)} is not {FindingColumns[i].Zh} / {FindingColumns[i].En}"));
                    continue;
                }
                var rowNumber = row.RowIndex?.Value ?? 0;
                if (!long.TryParse(Get(ReportColumn), out var report) || Get(CodeColumn) is not { } code) continue;
                var location = Get(LocationColumn) ?? "";
                var decisionText = Get(DecisionColumn);
                var comment = Get(CommentColumn);
                if (decisionText is null && comment is null) continue;
                var status = decisionText is null ? Decisions.Open : Decisions.Parse(decisionText);
                if (status is null)
                {
                    skipped.Add(("NB-REVIEW-DECISION", new Dictionary<string, object?> { ["path"] = path, ["row"] = rowNumber, ["value"] = decisionText }));
                    continue;
                }
                if (Stored(db, report, code, location) is not { } stored)
                {
                    skipped.Add(("NB-REVIEW-STALE", new Dictionary<string, object?> { ["path"] = path, ["row"] = rowNumber, ["code"] = code }));
                    continue;
                }
                if ((stored.Status ?? Decisions.Open) == status && stored.Comment == comment) { unchanged++; continue; }
                Decisions.Set(db, report, code, location, status, comment, by);
                applied++;
            }
            return new ApplyResult(applied, unchanged, skipped);
        }
    }

    /// <summary>The finding's current decision, or null when the corpus no longer has the finding.</summary>
    static (string? Status, string? Comment)? Stored(CorpusDb db, long report, string code, string location)
    {
        using var c = db.Connect();
        using var cmd = Db.Command(c, null, """
            SELECT d.status, d.comment FROM findings f
            LEFT JOIN review_decisions d ON d.report_id = f.report_id AND d.code = f.code AND d.location_key = f.location_key
            WHERE f.report_id = @r AND f.code = @c AND f.location_key = @l
            """);
        Db.Param(cmd, "r", report);
        Db.Param(cmd, "c", code);
        Db.Param(cmd, "l", location);
        using var r = cmd.ExecuteReader();
        return r.Read() ? (Db.Str(r, 0), Db.Str(r, 1)) : null;
    }

    /// <summary>Finding arguments (report, ordinal) → string-valued arguments, for the hint column.</summary>
    static Dictionary<(long, int), Dictionary<string, string>> Args(System.Data.Common.DbCommand cmd, string ids)
    {
        cmd.CommandText = $"SELECT report_id, ordinal, args FROM findings WHERE report_id IN ({ids}) AND args LIKE '%hint%'";
        using var r = cmd.ExecuteReader();
        var result = new Dictionary<(long, int), Dictionary<string, string>>();
        while (r.Read())
        {
            using var json = JsonDocument.Parse(r.GetString(2));
            result[(r.GetInt64(0), r.GetInt32(1))] = json.RootElement.EnumerateObject()
                .Where(p => p.Value.ValueKind == JsonValueKind.String).ToDictionary(p => p.Name, p => p.Value.GetString()!);
        }
        return result;
    }

    static string Cells(string? json) => json is null ? "" : string.Join("\n", JsonSerializer.Deserialize<string[]>(json) ?? []);

    static string Severity(Severity s, string lang) => s switch
    {
        Model.Severity.Error => lang == "en" ? "error" : "错误",
        Model.Severity.Warning => lang == "en" ? "warning" : "警告",
        _ => lang == "en" ? "info" : "提示",
    };

    static string Value(Cell c, List<string> shared) =>
        c.DataType?.Value == CellValues.SharedString && int.TryParse(c.CellValue?.Text, out var i) && i < shared.Count ? shared[i]
        : c.DataType?.Value == CellValues.InlineString ? c.InlineString?.InnerText ?? ""
        : c.CellValue?.Text ?? c.InnerText;

    static int Column(string reference)
    {
        var n = 0;
        foreach (var ch in reference.TakeWhile(char.IsLetter)) n = n * 26 + (char.ToUpperInvariant(ch) - 'A' + 1);
        return n - 1;
    }

    static string Letter(int i) => SheetCells.ColumnName(i);

    static SheetViews Frozen() => new(new SheetView(
        new Pane { VerticalSplit = 1, TopLeftCell = "A2", ActivePane = PaneValues.BottomLeft, State = PaneStateValues.Frozen },
        new Selection { Pane = PaneValues.BottomLeft }) { WorkbookViewId = 0 });

    static void WriteRow(OpenXmlWriter w, uint index, IEnumerable<Cell> cells) => SheetCells.WriteRow(w, index, cells);

    static Cell Cell(string? s, uint style = Plain) => SheetCells.Text(s, style);

    static Cell Number(long n) => SheetCells.Number(n);
}
