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

    public string Raw { get; } = raw;
    public string Text { get; } = text;
    public Provenance Source { get; } = source;
    public bool SpanCopy { get; } = spanCopy;
    /// <summary>The source may have lost part of this text (a PDF word cut at the page edge): no value is read from it.</summary>
    public bool Uncertain { get; init; }

    /// <summary>The label key (whitespace and punctuation removed).</summary>
    public string Key => key ??= LabelKey.Of(Text);

    public bool IsEmpty => string.IsNullOrWhiteSpace(Text);

    public override string ToString() => Raw;
}
