using Nianbao.Documents;
using Nianbao.Model;
using Nianbao.Normalizing;

namespace Nianbao.Tokenizing;

/// <summary>
/// A decoded text and its matching copy, split into lines. Makes cells from spans of the matching copy, each
/// carrying the original text and its line/column provenance.
/// </summary>
internal sealed class SourceLines
{
    readonly string original;
    readonly MatchText match;
    readonly int[] originalLineStarts;
    readonly int lineOffset;
    int lastLine;

    /// <summary>Start and end (exclusive, before '\n') of each line in the matching copy.</summary>
    public IReadOnlyList<(int Start, int End)> Lines { get; }

    /// <param name="original">The decoded original text.</param>
    /// <param name="match">Its matching copy.</param>
    /// <param name="lineOffset">Added to every line number (a page's first line in a longer file).</param>
    public SourceLines(string original, MatchText match, int lineOffset = 0)
    {
        this.original = original;
        this.match = match;
        this.lineOffset = lineOffset;
        // Sized once from the count of line breaks (no list growing through a long file).
        originalLineStarts = new int[original.AsSpan().Count('\n') + 1];
        var n = 1;
        for (var i = original.IndexOf('\n'); i >= 0; i = original.IndexOf('\n', i + 1)) originalLineStarts[n++] = i + 1;
        var text = match.Text;
        var lines = new List<(int, int)>(text.AsSpan().Count('\n') + 1);
        var s = 0;
        for (var i = text.IndexOf('\n'); i >= 0; i = text.IndexOf('\n', i + 1)) { lines.Add((s, i)); s = i + 1; }
        if (s < text.Length) lines.Add((s, text.Length));
        Lines = lines;
    }

    public string Text => match.Text;

    // Each line's kind, classified once (the region readers ask again for the lines they look ahead at): kind + 1, 0 = not yet.
    byte[]? kinds;

    /// <summary>The kind of line <paramref name="i"/> (<see cref="LineClassifier.Classify"/>).</summary>
    public LineKind Kind(int i)
    {
        kinds ??= new byte[Lines.Count];
        if (kinds[i] == 0) kinds[i] = (byte)(LineClassifier.Classify(Span(Lines[i].Start, Lines[i].End)) + 1);
        return (LineKind)(kinds[i] - 1);
    }

    public ReadOnlySpan<char> Span(int start, int end) => match.Text.AsSpan(start, end - start);

    /// <summary>A cell for the matching-copy span [start, end), trimmed of surrounding whitespace.</summary>
    public Cell Cell(int start, int end)
    {
        var text = match.Text;
        while (start < end && char.IsWhiteSpace(text[start])) start++;
        while (end > start && char.IsWhiteSpace(text[end - 1])) end--;
        var (os, oe) = match.OriginalSpan(start, end);
        // Cells come line by line: the line of the cell before is tried first.
        var line = lastLine;
        if (!(os >= originalLineStarts[line] && (line + 1 == originalLineStarts.Length || os < originalLineStarts[line + 1])))
        {
            line = Array.BinarySearch(originalLineStarts, os);
            if (line < 0) line = ~line - 1;
            lastLine = line;
        }
        var prov = Provenance.TextSpan(line + 1 + lineOffset, os - originalLineStarts[line], oe - os);
        // Raw and matching text are mostly the same characters (digits, simplified labels): share one string then.
        var raw = original[os..oe];
        return new Cell(raw, raw.AsSpan().SequenceEqual(text.AsSpan(start, end - start)) ? raw : text[start..end], prov);
    }

    /// <summary>A cell joining several spans (a label wrapped over lines); provenance is the first span's.</summary>
    public Cell Join(IReadOnlyList<Cell> parts)
    {
        if (parts.Count == 1) return parts[0];
        return new Cell(string.Join("\n", parts.Select(p => p.Raw)), string.Join("\n", parts.Select(p => p.Text)), parts[0].Source);
    }
}
