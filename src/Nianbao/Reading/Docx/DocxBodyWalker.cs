using System.Text;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Wordprocessing;
using Nianbao.Documents;
using Nianbao.Model;
using Nianbao.Normalizing;

namespace Nianbao.Reading.Docx;

/// <summary>
/// Walks a DOCX body in reading order. Paragraphs become lines (a manual line break <c>w:br</c> starts a new line
/// of the same paragraph); a leaf table becomes its grid (<see cref="DocxTableGrid"/>); a table holding other
/// tables is layout and is read as a container; content controls (<c>w:sdt</c>) and text boxes
/// (<c>w:txbxContent</c>) are read where they stand. Raw text is gathered first, so that the pinyin decision
/// (docs/format.md §9.3 step 4) sees the whole document before any matching copy is made.
/// </summary>
sealed class DocxBodyWalker(CellBudget budget, int maxLine)
{
    readonly List<object> pending = [];   // string[] lines with their paragraph, or a grid of DocxTableGrid.Slot
    readonly List<int> lineParagraphs = [];
    int paragraphs;
    int tables;

    public static List<Block> Read(Body body, InputLimits limits)
    {
        var walker = new DocxBodyWalker(new CellBudget(limits.MaxCells), limits.MaxLineChars);
        walker.Blocks(body);
        var strip = PinyinAnnotations.ShouldStrip(body.InnerText);
        return walker.Finish(strip);
    }

    void Blocks(OpenXmlElement parent)
    {
        System.Runtime.CompilerServices.RuntimeHelpers.EnsureSufficientExecutionStack();
        foreach (var child in parent.ChildElements)
        {
            switch (child)
            {
                case Paragraph p:
                    Paragraph(p);
                    break;
                case Table t when t.Descendants<Table>().Any():
                    foreach (var row in DocxTableGrid.Rows(t))
                        foreach (var cell in DocxTableGrid.Cells(row))
                            Blocks(cell);
                    break;
                case Table t:
                    pending.Add(DocxTableGrid.Build(t, ++tables, budget));
                    break;
                default:
                    if (DocxInline.IsSkipped(child)) break;
                    Blocks(child);   // w:sdt / w:sdtContent, w:customXml, text-box content, mc:AlternateContent
                    break;
            }
        }
    }

    void Paragraph(Paragraph p)
    {
        var boxes = new List<OpenXmlElement>();
        var sb = new StringBuilder();
        DocxInline.Append(p, sb, boxes);
        if (sb.Length > maxLine)
            throw InputLimits.Exceeded("NB-INPUT-LIMIT-LINE", "line-chars", sb.Length, maxLine, ("line", paragraphs + 1));
        var number = 0;
        foreach (var piece in sb.ToString().Split('\n'))
        {
            var raw = CellWhitespace.Collapse(piece);
            if (raw.Length == 0) continue;
            if (number == 0) number = ++paragraphs;
            budget.Take(TextScan.CellsIn(raw), "paragraph", number);
            pending.Add(raw);
            lineParagraphs.Add(number);
        }
        // A text box anchored in the paragraph (a title banner, a note) is read after the paragraph's own text.
        foreach (var box in boxes) Blocks(box);
    }

    List<Block> Finish(bool strip)
    {
        var blocks = new List<Block>(pending.Count);
        var line = 0;
        foreach (var item in pending)
        {
            if (item is string raw)
            {
                var prov = new Provenance("docx") { Paragraph = lineParagraphs[line++] };
                blocks.Add(new LineBlock(new Cell(raw, TextNormalizer.Normalize(raw, strip).Text, prov)));
            }
            else blocks.Add(((DocxTableGrid)item).ToBlock(strip));
        }
        return blocks;
    }
}
