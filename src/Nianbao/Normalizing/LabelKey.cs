namespace Nianbao.Normalizing;

/// <summary>
/// The key a printed label is compared by: its matching copy with whitespace and punctuation removed
/// (docs/format.md §9.3 step 7: wrapped labels, spaced labels and half/full-width punctuation all compare equal).
/// </summary>
internal static class LabelKey
{
    const string Dropped = "()[]{}【】〔〕.．。、,，:：;；“”\"'‘’《》<>〈〉·•-－—_/\\|*?？!！~～ \t\n\r\u3000";

    // Every character a key leaves out: the punctuation above and every whitespace character.
    static readonly System.Buffers.SearchValues<char> Removed = System.Buffers.SearchValues.Create(
        [.. Enumerable.Range(0, char.MaxValue + 1).Select(i => (char)i).Where(c => char.IsWhiteSpace(c) || Dropped.Contains(c))]);

    public static string Of(string matchText)
    {
        // Most keys (numbers, labels without punctuation) leave nothing out: the text is its own key.
        var first = matchText.AsSpan().IndexOfAny(Removed);
        if (first < 0) return matchText;
        Span<char> buffer = matchText.Length <= 256 ? stackalloc char[matchText.Length] : new char[matchText.Length];
        matchText.AsSpan(0, first).CopyTo(buffer);
        var n = first;
        for (var i = first + 1; i < matchText.Length; i++)
            if (!Removed.Contains(matchText[i])) buffer[n++] = matchText[i];
        return new string(buffer[..n]);
    }

    /// <summary>The key of printed template text (normalised first).</summary>
    public static string OfPrinted(string printed) => Printed.GetOrAdd(printed, p => Of(TextNormalizer.ForMatching(p)));

    // Template labels are few and asked for often.
    static readonly System.Collections.Concurrent.ConcurrentDictionary<string, string> Printed = new();
}
