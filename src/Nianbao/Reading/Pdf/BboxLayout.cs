using System.Globalization;
using System.Xml;

namespace Nianbao.Reading.Pdf;

/// <summary>Reads the XHTML of <c>pdftotext -bbox-layout</c>: pages of words with their boxes. Blocks and lines
/// are ignored, since pdftotext mixes table cells of different columns in one block.</summary>
static class BboxLayout
{
    /// <param name="xhtml">The XHTML pdftotext wrote.</param>
    /// <param name="budget">Counts every word against the document's cell limit as it is read.</param>
    public static List<PdfPage> Parse(TextReader xhtml, CellBudget? budget = null)
    {
        var settings = new XmlReaderSettings { DtdProcessing = DtdProcessing.Ignore, XmlResolver = null, IgnoreWhitespace = true };
        // pdftotext copies the PDF's own strings (its metadata, a damaged font's text) into the XHTML as they are: a
        // control character there is no XML, but it is the PDF's text, not a fault of the page layout.
        using var reader = XmlReader.Create(new XmlCharacters(xhtml), settings);
        var pages = new List<PdfPage>();
        List<PdfWord>? words = null;
        var width = 0.0;
        reader.Read();
        while (!reader.EOF)
        {
            if (reader.NodeType != XmlNodeType.Element) { reader.Read(); continue; }
            if (reader.LocalName == "page")
            {
                words = [];
                width = double.Parse(reader.GetAttribute("width") ?? "0", CultureInfo.InvariantCulture);
                var height = double.Parse(reader.GetAttribute("height") ?? "0", CultureInfo.InvariantCulture);
                pages.Add(new PdfPage(pages.Count + 1, height, words, width));
            }
            else if (reader.LocalName == "word" && words is not null)
            {
                double A(string name) => double.Parse(reader.GetAttribute(name) ?? "0", CultureInfo.InvariantCulture);
                var (x0, y0, x1, y1) = (A("xMin"), A("yMin"), A("xMax"), A("yMax"));
                var text = reader.ReadElementContentAsString();
                // pdftotext drops the characters of a word that lie past the page edge: such a word may be cut short.
                var clipped = width > 0 && (x1 > width + 0.5 || x0 < -0.5);
                if (string.IsNullOrWhiteSpace(text)) continue;
                budget?.Take(1, "page", pages.Count);
                words.Add(new PdfWord(text, x0, y0, x1, y1, clipped));
                continue; // ReadElementContentAsString has moved past the element
            }
            reader.Read();
        }
        return pages;
    }
}
