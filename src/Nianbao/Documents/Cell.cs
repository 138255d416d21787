using Nianbao.Model;
using Nianbao.Normalizing;

namespace Nianbao.Documents;

/// <summary>
/// One piece of source text: a table cell, or a whole line/paragraph. Raw is the original text (for display and
/// provenance), Text its matching copy. A span copy stands in for a grid position covered by a row/column span.
/// </summary>
public sealed class Cell(string raw, string text, Provenance source, bool spanCopy = false)
{
    string? key;

    /// <summary>The original text as decoded from the source, for display and provenance.</summary>
    public string Raw { get; } = raw;
    /// <summary>The matching copy of <see cref="Raw"/>: simplified Chinese, half-width (docs/format.md §9.3).</summary>
    public string Text { get; } = text;
    /// <summary>Where the cell or line is in the source.</summary>
    public Provenance Source { get; } = source;
    /// <summary>True when this cell only repeats a row/column-spanning cell in a further grid position.</summary>
    public bool SpanCopy { get; } = spanCopy;
    /// <summary>The source may have lost part of this text (a PDF word cut at the page edge), or OCR could not read it
    /// with certainty (a scanned cell: a number it is unsure of, or ink it could not read at all, whose
    /// <see cref="Text"/> is then empty): no value is read from it.</summary>
    public bool Uncertain { get; init; }
    /// <summary>A scanned cell whose first OCR reading (this text) was no number, read again on its own by digits
    /// alone and accepted from that (docs/ocr.md §3): a value with a finding that says so. Null for every other cell.</summary>
    public string? Reread { get; init; }
    /// <summary>A line of running text read by OCR: Tesseract's confidence (0–100) of the word each character of
    /// <see cref="Raw"/> belongs to (100 for a space the reader put between two words). Null for every other source.</summary>
    public IReadOnlyList<byte>? Confidence { get; init; }

    /// <summary>The lowest OCR confidence over the characters <paramref name="start"/> … <paramref name="start"/> +
    /// <paramref name="length"/> of <see cref="Raw"/> (clipped to it); null when the cell was not read by OCR.</summary>
    /// <param name="start">First character.</param>
    /// <param name="length">Number of characters.</param>
    /// <returns>The lowest confidence, or null.</returns>
    public int? LowestConfidence(int start, int length)
    {
        if (Confidence is not { } c) return null;
        int? low = null;
        for (var i = Math.Max(0, start); i < Math.Min(c.Count, start + length); i++) low = Math.Min(low ?? 100, c[i]);
        return low;
    }

    /// <summary>The label key (whitespace and punctuation removed).</summary>
    public string Key => key ??= LabelKey.Of(Text);

    /// <summary>True when the matching copy is empty or whitespace: a blank cell.</summary>
    public bool IsEmpty => string.IsNullOrWhiteSpace(Text);

    /// <summary>The original text.</summary>
    public override string ToString() => Raw;
}
