using System.Text;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Wordprocessing;

namespace Nianbao.Reading.Docx;

/// <summary>
/// The text of a paragraph's runs: <c>w:t</c> as written, <c>w:tab</c> and <c>w:ptab</c> as a tab, <c>w:br</c> and
/// <c>w:cr</c> as a line end. Deleted revisions, field codes and properties are not text. Of an
/// <c>mc:AlternateContent</c> only one branch is read (Word writes the same text box twice: DrawingML and VML).
/// </summary>
static class DocxInline
{
    const string W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";

    /// <summary>Appends the inline text of <paramref name="parent"/>; text boxes go to <paramref name="boxes"/>
    /// when given (to be read as blocks), else their paragraphs are appended as lines.</summary>
    public static void Append(OpenXmlElement parent, StringBuilder sb, List<OpenXmlElement>? boxes)
    {
        System.Runtime.CompilerServices.RuntimeHelpers.EnsureSufficientExecutionStack();
        foreach (var child in parent.ChildElements)
        {
            switch (child)
            {
                case Text t:
                    sb.Append(t.Text);
                    break;
                case TabChar or PositionalTab:
                    sb.Append('\t');
                    break;
                case Break or CarriageReturn:
                    sb.Append('\n');
                    break;
                case NoBreakHyphen:
                    sb.Append('-');
                    break;
                case AlternateContent ac:
                    if ((ac.GetFirstChild<AlternateContentChoice>() ?? ac.FirstChild) is { } branch)
                        Append(branch, sb, boxes);
                    break;
                case Paragraph p:   // inside a text box read inline (a table cell)
                    if (sb.Length > 0 && sb[^1] != '\n') sb.Append('\n');
                    Append(p, sb, boxes);
                    sb.Append('\n');
                    break;
                case var e when IsTextBox(e) && boxes is not null:
                    boxes.Add(e);
                    break;
                case var e when IsSkipped(e):
                    break;
                default:
                    Append(child, sb, boxes);   // runs, hyperlinks, simple fields, inserted revisions, content controls, drawings
                    break;
            }
        }
    }

    static bool IsTextBox(OpenXmlElement e) => e.LocalName == "txbxContent" && e.NamespaceUri == W;

    /// <summary>Elements that hold no reading text.</summary>
    public static bool IsSkipped(OpenXmlElement e) => e is ParagraphProperties or RunProperties or TableProperties
        or SectionProperties or DeletedRun or DeletedText or DeletedFieldCode or FieldCode or MoveFromRun
        or SdtProperties or SdtEndCharProperties or AlternateContentFallback
        || e.LocalName is "moveFromRangeStart" or "instrText" or "delInstrText" or "pPrChange" or "rPrChange";

}
