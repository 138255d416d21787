namespace Nianbao.Normalizing;

/// <summary>
/// The matching copy of a text (docs/format.md §9.3): simplified, half-width, artefacts removed. Map[i] is the index
/// in the original of the i-th character, so every match points back at the original text.
/// </summary>
/// A null map means nothing was dropped: indices are the same in both.
internal sealed class MatchText(string text, int[]? map, int originalLength)
{
    public string Text { get; } = text;

    public int ToOriginal(int index) => index >= Text.Length ? originalLength : map is null ? index : map[index];

    /// <summary>The original span [start, end) covering match-text span [start, end).</summary>
    public (int Start, int End) OriginalSpan(int start, int end) =>
        end <= start ? (ToOriginal(start), ToOriginal(start)) : (ToOriginal(start), ToOriginal(end - 1) + 1);
}
