using System.Globalization;
using System.Text.RegularExpressions;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using Nianbao.Model;
using Nianbao.Template;
using XCell = DocumentFormat.OpenXml.Spreadsheet.Cell;

namespace Nianbao.Writing;

/// <summary>
/// The fill-in workbook: a first sheet for the format version, year and agency, then one sheet per national table laid
/// out exactly as the printed grid (<see cref="GridBuilder"/>: the same rows, columns, merges and the 勾稽 note). Each
/// total that an identity defines as a sum (T3-HSUM, T3-VSUM, T4-GRP) is a SUM formula; the other value cells accept
/// only non-negative integers (signed integers for 本年增/减, decimals for money). Reading maps the same grid back.
/// </summary>
static partial class FillInXlsx
{
    const string InfoSheet = "填报信息";
    static readonly string[] InfoKeys = ["format", "year", "agency"];
    static readonly string[] InfoLabels = ["格式版本（勿改）", "报告年度", "机关名称"];

    public static byte[] Template(ReportTemplate template, FormatId format)
    {
        using var stream = new MemoryStream();
        using (var doc = SpreadsheetDocument.Create(stream, SpreadsheetDocumentType.Workbook))
        {
            var book = doc.AddWorkbookPart();
            book.Workbook = new Workbook(new Sheets());
            var styles = book.AddNewPart<WorkbookStylesPart>();
            styles.Stylesheet = Styles();
            uint id = 1;
            var info = new SheetData();
            for (var i = 0; i < InfoKeys.Length; i++)
                info.Append(new Row(TextCell($"A{i + 1}", InfoLabels[i], 1), i == 0 ? TextCell($"B{i + 1}", format.Value, 0) : new XCell { CellReference = $"B{i + 1}", StyleIndex = 3 }) { RowIndex = (uint)(i + 1) });
            AddSheet(book, id++, InfoSheet, info, [], null, [30, 40]);
            foreach (var grid in Grids(template, format))
            {
                var formulas = Formulas(template, format, grid);
                var data = new SheetData();
                var validate = new List<(string Range, string Kind)>();
                var merges = new List<string>();
                for (var r = 0; r < grid.RowCount; r++)
                {
                    var row = new Row { RowIndex = (uint)(r + 1) };
                    for (var c = 0; c < grid.ColumnCount; c++)
                    {
                        var at = Address(r, c);
                        if (grid.At(r, c) is not { } cell) { row.Append(new XCell { CellReference = at, StyleIndex = 1 }); continue; }
                        if (cell.RowSpan > 1 || cell.ColSpan > 1) merges.Add($"{at}:{Address(r + cell.RowSpan - 1, c + cell.ColSpan - 1)}");
                        if (cell.Ref is { } cr)
                        {
                            if (formulas.TryGetValue(cr, out var f)) row.Append(new XCell(new CellFormula(f)) { CellReference = at, StyleIndex = 2 });
                            else
                            {
                                row.Append(new XCell { CellReference = at, StyleIndex = 3 });
                                validate.Add((at, template.Table(cr.Table, format)!.ColumnsOf(template.Table(cr.Table, format)!.Row(cr.Row)!).First(x => x.Key == cr.Column).ValueKind));
                            }
                        }
                        else row.Append(TextCell(at, cell.Text, 1));
                    }
                    data.Append(row);
                }
                var widths = grid.Widths.Select(w => w * 4.0).ToArray();
                AddSheet(book, id++, SheetName(template.LabelOf(grid.Table, layout: format)), data, merges, Validations(validate), widths);
            }
        }
        return stream.ToArray();
    }

    /// <summary>The printed grids of the format's tables (no values).</summary>
    static IEnumerable<LayoutGrid> Grids(ReportTemplate template, FormatId format) =>
        template.TableKeys.Select(k => template.Table(k, format)).OfType<TableDef>().Select(d => GridBuilder.Build(d, format, null));

    /// <summary>Totals an identity defines as the sum of other cells: the total's formula over their addresses.</summary>
    static Dictionary<CellRef, string> Formulas(ReportTemplate template, FormatId format, LayoutGrid grid)
    {
        var at = new Dictionary<CellRef, string>();
        for (var r = 0; r < grid.RowCount; r++) for (var c = 0; c < grid.ColumnCount; c++) if (grid.At(r, c)?.Ref is { } cr) at[cr] = Address(r, c);
        return SumTotals(template, format, grid).ToDictionary(t => t.Key, t => "SUM(" + string.Join(",", t.Value.Select(x => at[x])) + ")");
    }

    /// <summary>Totals an identity defines as the sum of other cells of the grid (T3-HSUM, T3-VSUM, T4-GRP: the first
    /// found for each total), with their parts; a part that is itself such a total is never summed, so filling in
    /// never goes in circles. The fill-in workbook's formulas and the web form's computed totals.</summary>
    internal static Dictionary<CellRef, IReadOnlyList<CellRef>> SumTotals(ReportTemplate template, FormatId format, LayoutGrid grid)
    {
        var inGrid = new HashSet<CellRef>();
        for (var r = 0; r < grid.RowCount; r++) for (var c = 0; c < grid.ColumnCount; c++) if (grid.At(r, c)?.Ref is { } cr) inGrid.Add(cr);
        var result = new Dictionary<CellRef, IReadOnlyList<CellRef>>();
        foreach (var identity in template.IdentitiesFor(format).Where(i => i.Table == grid.Table && i.Left.Count == 1 && i.Right.Count > 1))
        {
            var total = identity.Left[0];
            if (result.ContainsKey(total) || !inGrid.Contains(total) || identity.Right.Any(x => !inGrid.Contains(x))) continue;
            // A part that is itself a total would make the sheet circular: only sums of parts that are filled in.
            if (identity.Right.Any(result.ContainsKey)) continue;
            result[total] = identity.Right.ToList();
        }
        return result;
    }

    static DataValidations Validations(List<(string Range, string Kind)> cells)
    {
        var v = new DataValidations();
        foreach (var group in cells.GroupBy(c => c.Kind))
        {
            var (type, op, min, title) = group.Key switch
            {
                ValueKinds.Signed => (DataValidationValues.Whole, DataValidationOperatorValues.Between, "-999999999", "整数"),
                ValueKinds.Decimal => (DataValidationValues.Decimal, DataValidationOperatorValues.GreaterThanOrEqual, "0", "非负数"),
                ValueKinds.Amount => (DataValidationValues.None, DataValidationOperatorValues.Between, "", ""),
                _ => (DataValidationValues.Whole, DataValidationOperatorValues.GreaterThanOrEqual, "0", "非负整数"),
            };
            if (type == DataValidationValues.None) continue;
            var dv = new DataValidation
            {
                Type = type, Operator = op, AllowBlank = true, ShowErrorMessage = true, ErrorTitle = title, Error = $"请填写{title}（空白表示未填）",
                SequenceOfReferences = new ListValue<StringValue>(group.Select(g => new StringValue(g.Range))),
            };
            dv.Append(new Formula1(min));
            if (op == DataValidationOperatorValues.Between) dv.Append(new Formula2("999999999"));
            v.Append(dv);
        }
        v.Count = (uint)v.ChildElements.Count;
        return v;
    }

    static void AddSheet(WorkbookPart book, uint id, string name, SheetData data, List<string> merges, DataValidations? validations, IReadOnlyList<double> widths)
    {
        var part = book.AddNewPart<WorksheetPart>();
        var columns = new Columns(widths.Select((w, i) => new Column { Min = (uint)(i + 1), Max = (uint)(i + 1), Width = Math.Max(w, 8), CustomWidth = true }));
        var sheet = new Worksheet(columns, data);
        if (merges.Count > 0) sheet.Append(new MergeCells(merges.Select(m => new MergeCell { Reference = m })));
        if (validations is { Count.Value: > 0 }) sheet.Append(validations);
        part.Worksheet = sheet;
        book.Workbook.Sheets!.Append(new Sheet { Id = book.GetIdOfPart(part), SheetId = id, Name = name });
    }

    static string SheetName(string label) => new string(label.Where(c => !"[]:*?/\\".Contains(c)).Take(31).ToArray());

    static XCell TextCell(string at, string text, uint style) =>
        new(new InlineString(new Text(text))) { CellReference = at, DataType = CellValues.InlineString, StyleIndex = style };

    /// <summary>0 plain, 1 label (wrapped, bordered), 2 formula (grey, bordered), 3 input (bordered).</summary>
    static Stylesheet Styles() => new(
        new Fonts(new Font(new FontSize { Val = 10 }, new FontName { Val = "宋体" })),
        new Fills(new Fill(new PatternFill { PatternType = PatternValues.None }), new Fill(new PatternFill { PatternType = PatternValues.Gray125 }),
            new Fill(new PatternFill(new ForegroundColor { Rgb = "FFE7E6E6" }) { PatternType = PatternValues.Solid })),
        new Borders(new Border(), new Border(new LeftBorder { Style = BorderStyleValues.Thin }, new RightBorder { Style = BorderStyleValues.Thin },
            new TopBorder { Style = BorderStyleValues.Thin }, new BottomBorder { Style = BorderStyleValues.Thin }, new DiagonalBorder())),
        new CellFormats(
            new CellFormat(),
            new CellFormat(new Alignment { WrapText = true, Vertical = VerticalAlignmentValues.Center }) { BorderId = 1, ApplyBorder = true, ApplyAlignment = true },
            new CellFormat { BorderId = 1, FillId = 2, ApplyBorder = true, ApplyFill = true },
            new CellFormat { BorderId = 1, ApplyBorder = true }));

    public static string Address(int row, int column)
    {
        var letters = "";
        for (var c = column + 1; c > 0; c = (c - 1) / 26) letters = (char)('A' + (c - 1) % 26) + letters;
        return letters + (row + 1).ToString(CultureInfo.InvariantCulture);
    }

    [GeneratedRegex(@"^SUM\(([A-Z]+[0-9]+(?:,[A-Z]+[0-9]+)*)\)$")]
    private static partial Regex SumFormula();

    /// <exception cref="InputException">Not a fill-in workbook, or a value that is not a number of its kind.</exception>
    public static Report Read(byte[] bytes, string source, ReportTemplate template)
    {
        try
        {
            using var doc = SpreadsheetDocument.Open(new MemoryStream(bytes), false);
            var book = doc.WorkbookPart ?? throw new InputException("NB-FILL-KIND", ("name", source));
            var sheets = book.Workbook.Sheets!.Elements<Sheet>().ToList();
            Dictionary<string, string> Cells(Sheet s)
            {
                var part = (WorksheetPart)book.GetPartById(s.Id!);
                var shared = book.SharedStringTablePart?.SharedStringTable;
                var d = new Dictionary<string, string>();
                var formulas = new Dictionary<string, string>();
                foreach (var c in part.Worksheet.Descendants<XCell>())
                {
                    var at = c.CellReference!.Value!;
                    var text = c.DataType?.Value == CellValues.SharedString && shared is not null
                        ? shared.ElementAt(int.Parse(c.CellValue!.Text, CultureInfo.InvariantCulture)).InnerText
                        : c.DataType?.Value == CellValues.InlineString ? c.InlineString?.InnerText : c.CellValue?.Text;
                    if (c.CellFormula is { } f && string.IsNullOrEmpty(text)) formulas[at] = f.Text;
                    else if (text is not null) d[at] = text;
                }
                // A total written by a program that does not calculate has no cached value: sum its parts here.
                foreach (var (at, f) in formulas)
                    if (SumFormula().Match(f.Replace(" ", "")) is { Success: true } m)
                    {
                        var parts = m.Groups[1].Value.Split(',').Select(p => d.GetValueOrDefault(p)).ToList();
                        if (parts.All(p => long.TryParse(p, out _)) ) d[at] = parts.Sum(p => long.Parse(p!, CultureInfo.InvariantCulture)).ToString(CultureInfo.InvariantCulture);
                    }
                return d;
            }
            var info = sheets.FirstOrDefault(s => s.Name == InfoSheet) ?? throw new InputException("NB-FILL-KIND", ("name", source));
            var infoCells = Cells(info);
            var format = new FormatId(infoCells.GetValueOrDefault("B1") ?? "");
            if (template.Format(format) is not { Tables: true })
                throw new InputException("NB-FILL-FORMAT", ("format", format.Value), ("known", string.Join(", ", template.Formats.Where(x => x.Tables).Select(x => x.Id.Value))));
            var report = new Report
            {
                Source = source, Format = format,
                Year = int.TryParse(infoCells.GetValueOrDefault("B2"), NumberStyles.None, CultureInfo.InvariantCulture, out var y) ? y : null,
                Agency = infoCells.GetValueOrDefault("B3") is { Length: > 0 } a ? a.Trim() : null,
            };
            foreach (var grid in Grids(template, format))
            {
                var sheet = sheets.FirstOrDefault(s => s.Name == SheetName(template.LabelOf(grid.Table, layout: format)));
                if (sheet is null) continue;
                var cells = Cells(sheet);
                var def = template.Table(grid.Table, format)!;
                var values = new Model.TableValues { Layout = format };
                for (var r = 0; r < grid.RowCount; r++)
                    for (var c = 0; c < grid.ColumnCount; c++)
                        if (grid.At(r, c)?.Ref is { } cr)
                            values[cr.Row, cr.Column] = FilledValue.Of(cr, def.ColumnsOf(def.Row(cr.Row)!).First(x => x.Key == cr.Column),
                                cells.GetValueOrDefault(Address(r, c)), template, format);
                report.Tables[grid.Table] = values;
            }
            return report;
        }
        catch (Exception e) when (e is OpenXmlPackageException or InvalidDataException or FormatException or FileFormatException)
        {
            throw new InputException("NB-FILL-KIND", ("name", source));
        }
    }
}
