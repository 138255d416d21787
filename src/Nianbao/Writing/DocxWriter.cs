using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;

namespace Nianbao.Writing;

/// <summary>
/// The layout as a Word document the way published reports are set: A4, the title in 宋体 二号 bold centred, the
/// information block in 宋体 small, section headings in 黑体 三号, body text in 仿宋 三号 with a two-character
/// indent, and the national tables in 宋体 with merged cells as <c>w:gridSpan</c> and <c>w:vMerge</c> and their
/// header rows repeated on each page.
/// </summary>
static class DocxWriter
{
    const string Song = "宋体", FangSong = "仿宋", Hei = "黑体", Kai = "楷体";
    /// <summary>Text width of an A4 page with 2.8 cm side margins, in twentieths of a point.</summary>
    const int TextWidth = 11906 - 2 * 1588;

    public static byte[] Write(ReportLayout layout)
    {
        using var stream = new MemoryStream();
        using (var word = WordprocessingDocument.Create(stream, WordprocessingDocumentType.Document))
        {
            var main = word.AddMainDocumentPart();
            var body = new Body();
            foreach (var (label, value) in layout.Metadata) body.Append(Para($"{label}：{value}", Song, 21, indent: false));
            if (layout.Metadata.Count > 0) body.Append(Para("", Song, 21, indent: false));
            body.Append(Para(layout.Title, Song, 36, bold: true, indent: false, center: true, before: 240, after: 480));
            foreach (var part in layout.Body)
                switch (part)
                {
                    case HeadingPart p: body.Append(Para(p.Text, Hei, 32, indent: true, keepNext: true, before: 120)); break;
                    case ParagraphPart p: body.Append(Para(p.Text, p.Subheading ? Kai : FangSong, 32, indent: true)); break;
                    case GridPart g:
                        body.Append(Table(g.Grid));
                        body.Append(Para("", FangSong, 16, indent: false));
                        break;
                }
            body.Append(new SectionProperties(
                new PageSize { Width = 11906, Height = 16838 },
                new PageMargin { Top = 2098, Right = 1588, Bottom = 1984, Left = 1588, Header = 851, Footer = 992, Gutter = 0 }));
            main.Document = new Document(body);
            word.PackageProperties.Title = layout.Title;
            word.PackageProperties.Language = "zh-CN";
        }
        return stream.ToArray();
    }

    static RunProperties Font(string face, int halfPoints, bool bold = false)
    {
        var p = new RunProperties(new RunFonts { Ascii = face, HighAnsi = face, EastAsia = face, ComplexScript = face });
        if (bold) p.Append(new Bold());
        p.Append(new FontSize { Val = halfPoints.ToString() }, new FontSizeComplexScript { Val = halfPoints.ToString() });
        return p;
    }

    static Paragraph Para(string text, string face, int halfPoints, bool bold = false, bool indent = true, bool center = false,
        bool keepNext = false, int before = 0, int after = 0, bool line = true)
    {
        var props = new ParagraphProperties();
        if (keepNext) props.Append(new KeepNext());
        props.Append(new SpacingBetweenLines
        {
            Before = before.ToString(), After = after.ToString(),
            Line = line ? "560" : "240", LineRule = line ? LineSpacingRuleValues.Exact : LineSpacingRuleValues.Auto,
        });
        if (indent) props.Append(new Indentation { FirstLine = (halfPoints * 20).ToString(), FirstLineChars = 200 });
        props.Append(new Justification { Val = center ? JustificationValues.Center : JustificationValues.Both });
        var para = new Paragraph(props);
        if (text.Length > 0) para.Append(new Run(Font(face, halfPoints, bold), new Text(text) { Space = SpaceProcessingModeValues.Preserve }));
        return para;
    }

    static Table Table(LayoutGrid grid)
    {
        var total = grid.Widths.Sum();
        var widths = grid.Widths.Select(w => TextWidth * w / total).ToArray();
        var size = grid.ColumnCount > 12 ? 16 : grid.ColumnCount > 5 ? 18 : 21;   // 五号, 小五 for the wide tables
        var border = () => new TableBorders(
            new TopBorder { Val = BorderValues.Single, Size = 4 }, new LeftBorder { Val = BorderValues.Single, Size = 4 },
            new BottomBorder { Val = BorderValues.Single, Size = 4 }, new RightBorder { Val = BorderValues.Single, Size = 4 },
            new InsideHorizontalBorder { Val = BorderValues.Single, Size = 4 }, new InsideVerticalBorder { Val = BorderValues.Single, Size = 4 });
        var table = new Table(new TableProperties(
            new TableWidth { Width = TextWidth.ToString(), Type = TableWidthUnitValues.Dxa },
            new TableJustification { Val = TableRowAlignmentValues.Center },
            border(),
            new TableLayout { Type = TableLayoutValues.Fixed },
            new TableCellMarginDefault(
                new TopMargin { Width = "20", Type = TableWidthUnitValues.Dxa },
                new TableCellLeftMargin { Width = 40, Type = TableWidthValues.Dxa },
                new BottomMargin { Width = "20", Type = TableWidthUnitValues.Dxa },
                new TableCellRightMargin { Width = 40, Type = TableWidthValues.Dxa })));
        table.Append(new TableGrid(widths.Select(w => new GridColumn { Width = w.ToString() })));
        for (var r = 0; r < grid.RowCount; r++)
        {
            var row = new TableRow();
            var rowProps = new TableRowProperties(new CantSplit(), new TableRowHeight { Val = 380, HeightType = HeightRuleValues.AtLeast });
            if (r < grid.HeaderRows) rowProps.Append(new TableHeader());
            row.Append(rowProps);
            for (var c = 0; c < grid.ColumnCount;)
            {
                var (r0, c0) = grid.CoveringAt(r, c);
                var cell = grid.At(r0, c0)!;
                var width = widths.Skip(c0).Take(cell.ColSpan).Sum();
                var props = new TableCellProperties(new TableCellWidth { Width = width.ToString(), Type = TableWidthUnitValues.Dxa });
                if (cell.ColSpan > 1) props.Append(new GridSpan { Val = cell.ColSpan });
                if (cell.RowSpan > 1) props.Append(r0 == r ? new VerticalMerge { Val = MergedCellValues.Restart } : new VerticalMerge());
                props.Append(new TableCellVerticalAlignment { Val = TableVerticalAlignmentValues.Center });
                var tc = new TableCell(props);
                var left = cell.Kind is GridCellKind.Label or GridCellKind.Note;
                tc.Append(r0 == r
                    ? CellPara(cell.Text, size, left, cell.Kind == GridCellKind.Header && r < grid.HeaderRows)
                    : CellPara("", size, left, false));
                row.Append(tc);
                c += cell.ColSpan;
            }
            table.Append(row);
        }
        return table;
    }

    static Paragraph CellPara(string text, int halfPoints, bool left, bool bold)
    {
        var para = new Paragraph(new ParagraphProperties(
            new SpacingBetweenLines { Before = "0", After = "0", Line = "260", LineRule = LineSpacingRuleValues.Auto },
            new Justification { Val = left ? JustificationValues.Left : JustificationValues.Center }));
        if (text.Length > 0) para.Append(new Run(Font(Song, halfPoints, bold), new Text(text) { Space = SpaceProcessingModeValues.Preserve }));
        return para;
    }
}
