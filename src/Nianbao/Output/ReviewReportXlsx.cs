using System.Globalization;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using Nianbao.Model;
using ReportTemplate = Nianbao.Template.ReportTemplate;
using XCellValue = DocumentFormat.OpenXml.Spreadsheet.CellValue;

namespace Nianbao.Output;

/// <summary>
/// The reviewer's 问题清单 as an XLSX workbook: sheet 汇总 (one row per unit, linked to its sheet) and one sheet per
/// unit with its findings, locations and the cells involved. Worksheets are streamed with OpenXmlWriter so a batch
/// of thousands of units stays fast; strings are inline (no shared-string table to hold in memory).
/// </summary>
public static class ReviewReportXlsx
{
    // Cell styles of the stylesheet below.
    const uint Plain = 0, Header = 1, Wrap = 2, Link = 3;

    /// <summary>Writes the workbook for these units to the stream, labels from <paramref name="template"/>, text in <paramref name="lang"/> ("zh" or "en").</summary>
    public static void Write(Stream stream, IReadOnlyList<ReviewUnit> units, string lang, ReportTemplate template)
    {
        using var doc = SpreadsheetDocument.Create(stream, SpreadsheetDocumentType.Workbook);
        var book = doc.AddWorkbookPart();
        book.AddNewPart<WorkbookStylesPart>().Stylesheet = SheetCells.Styles();
        var sheets = new Sheets();
        var summaryName = lang == "en" ? "Summary" : "汇总";
        var names = ReviewReportSheetNames.For(units.Select(u => Path.GetFileNameWithoutExtension(u.File)), summaryName);

        var summary = book.AddNewPart<WorksheetPart>();
        WriteSummary(summary, units, names, lang);
        sheets.Append(new Sheet { Name = summaryName, SheetId = 1, Id = book.GetIdOfPart(summary) });
        for (var i = 0; i < units.Count; i++)
        {
            var part = book.AddNewPart<WorksheetPart>();
            WriteUnit(part, units[i], summaryName, lang, template);
            sheets.Append(new Sheet { Name = names[i], SheetId = (uint)(i + 2), Id = book.GetIdOfPart(part) });
        }
        book.Workbook = new Workbook(new BookViews(new WorkbookView()), sheets);
        book.Workbook.Save();
    }

    static void WriteSummary(WorksheetPart part, IReadOnlyList<ReviewUnit> units, IReadOnlyList<string> names, string lang)
    {
        using var w = OpenXmlWriter.Create(part);
        w.WriteStartElement(new Worksheet());
        w.WriteElement(new SheetViews(new SheetView(
            new Pane { VerticalSplit = 1, TopLeftCell = "A2", ActivePane = PaneValues.BottomLeft, State = PaneStateValues.Frozen },
            new Selection { Pane = PaneValues.BottomLeft })
        { TabSelected = true, WorkbookViewId = 0 }));
        w.WriteElement(SheetCells.Widths(6, 40, 36, 8, 8, 8, 8, 8, 8, 60));
        w.WriteStartElement(new SheetData());
        var headers = ReviewReportText.SummaryHeaders(lang);
        WriteRow(w, 1, headers.Select(h => Text(h, Header)));
        for (var i = 0; i < units.Count; i++)
        {
            var u = units[i];
            var r = u.Report;
            WriteRow(w, (uint)(i + 2), [
                Number(i + 1), Text(u.File, Link), Text(r?.Agency), r?.Year is int y ? Number(y) : Text(null), Text(r?.Format?.Value),
                Number(u.Errors), Number(u.Warnings), Number(u.Infos), Text(ReviewReportText.YesNo(u.Readable, lang)),
                Text(ReviewReportText.Note(u, lang), Wrap)]);
        }
        w.WriteEndElement();
        // Each file name links to its unit's sheet (an in-workbook location needs no relationship).
        if (units.Count > 0)
        {
            w.WriteStartElement(new Hyperlinks());
            for (var i = 0; i < units.Count; i++)
                w.WriteElement(new Hyperlink { Reference = "B" + (i + 2), Location = $"'{names[i].Replace("'", "''")}'!A1", Display = units[i].File });
            w.WriteEndElement();
        }
        w.WriteEndElement();
    }

    static void WriteUnit(WorksheetPart part, ReviewUnit u, string summaryName, string lang, ReportTemplate template)
    {
        string T(string zh, string en) => lang == "en" ? en : zh;
        var r = u.Report;
        using var w = OpenXmlWriter.Create(part);
        w.WriteStartElement(new Worksheet());
        w.WriteElement(SheetCells.Widths(6, 22, 8, 60, 50, 70));
        w.WriteStartElement(new SheetData());
        uint row = 1;
        WriteRow(w, row++, [Text(T("文件", "file"), Header), Text(u.File, Link)]);
        WriteRow(w, row++, [Text(T("机关", "agency"), Header), Text(r?.Agency)]);
        WriteRow(w, row++, [Text(T("年度", "year"), Header), r?.Year is int y ? Number(y) : Text(null)]);
        WriteRow(w, row++, [Text(T("格式", "format"), Header), Text(r?.Format?.Value)]);
        WriteRow(w, row++, [Text(T("可读取", "readable"), Header), Text(ReviewReportText.YesNo(u.Readable, lang))]);
        WriteRow(w, row++, [Text(T("问题", "findings"), Header),
            Text(T($"错误 {u.Errors}，警告 {u.Warnings}，提示 {u.Infos}", $"{u.Errors} errors, {u.Warnings} warnings, {u.Infos} infos"))]);
        row++;
        WriteRow(w, row++, ReviewReportText.FindingHeaders(lang).Select(h => Text(h, Header)));
        var n = 0;
        foreach (var f in u.Findings)
            WriteRow(w, row++, [
                Number(++n), Text(f.Code), Text(ReviewReportText.Severity(f.Severity, lang)), Text(f.Message(lang), Wrap),
                Text(ReviewReportText.Location(f.Location, r, lang, template), Wrap), Text(ReviewReportText.Cells(f.Location, r, lang, template), Wrap)]);
        if (n == 0) WriteRow(w, row++, [Text(null), Text(T("没有发现问题", "no findings"))]);
        w.WriteEndElement();
        w.WriteStartElement(new Hyperlinks());
        w.WriteElement(new Hyperlink { Reference = "B1", Location = $"'{summaryName}'!A1", Display = summaryName });
        w.WriteEndElement();
        w.WriteEndElement();
    }

    static void WriteRow(OpenXmlWriter w, uint index, IEnumerable<Cell> cells) => SheetCells.WriteRow(w, index, cells);

    static string ColumnName(int i) => SheetCells.ColumnName(i);

    static Cell Text(string? s, uint style = Plain) => SheetCells.Text(s, style);

    static Cell Number(long n) => SheetCells.Number(n);
}
