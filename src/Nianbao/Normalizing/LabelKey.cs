namespace Nianbao.Normalizing;

/// <summary>
/// The key a printed label is compared by: its matching copy with whitespace and punctuation removed
/// (docs/format.md §9.3 step 7: wrapped labels, spaced labels and half/full-width punctuation all compare equal).
/// </summary>
internal static class LabelKey
{
    const string Dropped = "()[]{}【】〔〕.．。、,，:：;；“”\"'‘’《》<>〈〉·•-－—_/\\|*?？!！~～ \t\n\r\u3000";

    public static string Of(string matchText)
    {
        Span<char> buffer = matchText.Length <= 256 ? stackalloc char[matchText.Length] : new char[matchText.Length];
        var n = 0;
        foreach (var c in matchText)
            if (!char.IsWhiteSpace(c) && !Dropped.Contains(c)) buffer[n++] = c;
        return new string(buffer[..n]);
    }

    /// <summary>The key of printed template text (normalised first).</summary>
    public static string OfPrinted(string printed) => Printed.GetOrAdd(printed, p => Of(TextNormalizer.ForMatching(p)));

    // Template labels are few and asked for often.
    static readonly System.Collections.Concurrent.ConcurrentDictionary<string, string> Printed = new();
}
