using Nianbao.Documents;
using Nianbao.Model;
using Nianbao.Normalizing;

namespace Nianbao.Reading.Pdf;

/// <summary>
/// A PDF with a text layer (docs/format.md §9.1 A17): word boxes from pdftotext, tables rebuilt page by page from the
/// words' positions (<see cref="TextLayerLayout"/>); provenance is page, line and position in points. A PDF without
/// any text (a scan) is read through OCR (<see cref="Scan.ScanReader"/>, docs/ocr.md), or reported as scanned where
/// Tesseract is not installed, rather than read as an empty report.
/// </summary>
internal static class PdfSourceReader
{
    public static SourceDocument Read(byte[] bytes, string source, InputLimits? limits = null) => Read(bytes, source, new PdfToText(), limits);

    public static SourceDocument Read(byte[] bytes, string source, PdfToText tool, InputLimits? limits = null)
    {
        var pages = tool.Pages(bytes, limits ?? InputLimits.Default);
        // No text layer, or next to none (a scan with a stamped page number): read the pages by OCR.
        if (pages.Sum(p => p.Words.Count) < 3 * pages.Count) return Scan.ScanReader.Read(bytes, source, pages, limits ?? InputLimits.Default, tool.SearchPath);
        var strip = PinyinAnnotations.ShouldStrip(string.Join("\n", pages.SelectMany(p => p.Words).Select(w => w.Text)));
        string Normalize(string s) => TextNormalizer.Normalize(s, strip).Text;
        // Ruled tables are read from their rules; without any (or without pdftoppm), from the words' positions.
        var grids = RuledPages.Find(bytes, pages.Count, tool.SearchPath, tool.Timeout);
        var blocks = grids is null || grids.All(g => g.Count == 0) ? TextLayerLayout.Read(pages, Normalize) : GridWords.Read(pages, grids, Normalize);
        return new SourceDocument { Source = source, Kind = "pdf", Blocks = blocks };
    }
}
