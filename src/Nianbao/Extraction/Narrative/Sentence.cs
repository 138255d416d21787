namespace Nianbao.Extraction.Narrative;

/// <summary>Sentence bounds inside one line: from after the previous sentence end (。；！？) to after the next.</summary>
internal static class Sentence
{
    public static (int Start, int End) Bounds(string text, int at, string ends)
    {
        var s = at;
        while (s > 0 && !ends.Contains(text[s - 1])) s--;
        var e = at;
        while (e < text.Length && !ends.Contains(text[e])) e++;
        return (s, Math.Min(text.Length, e + 1));
    }
}
