namespace Nianbao.Reading.Pdf;

/// <summary>One word of a PDF text layer with its box in points (origin top left), as pdftotext -bbox-layout
/// gives it. In CJK text a word is usually a whole line of a cell, since only spaces separate words.</summary>
/// Clipped: the word crosses the page edge, so characters past it are lost from the text layer.
readonly record struct PdfWord(string Text, double XMin, double YMin, double XMax, double YMax, bool Clipped = false)
{
    public double Cy => (YMin + YMax) / 2;
    public double Height => YMax - YMin;
    public bool OverlapsX(in PdfWord o) => XMin < o.XMax && o.XMin < XMax;
}

/// <summary>A page of words in the order pdftotext gives them; its height and width in points.</summary>
sealed record PdfPage(int Number, double Height, IReadOnlyList<PdfWord> Words, double Width = 0);
