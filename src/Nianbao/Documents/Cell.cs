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

    /// <summary>The label key (whitespace and punctuation removed).</summary>
    public string Key => key ??= LabelKey.Of(Text);

    /// <summary>True when the matching copy is empty or whitespace: a blank cell.</summary>
    public bool IsEmpty => string.IsNullOrWhiteSpace(Text);

    /// <summary>The original text.</summary>
    public override string ToString() => Raw;
}
