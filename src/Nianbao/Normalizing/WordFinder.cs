using System.Buffers;

namespace Nianbao.Normalizing;

/// <summary>
/// Where any of a fixed set of words starts in a text (ordinal): the places are found by their first character, with
/// one vectorised search for all first characters, then each word starting with it is compared there. What the
/// template's printed words need (a few dozen to a few hundred short Chinese strings searched in every line): one pass
/// over the text instead of one search per word. No word may be empty.
/// </summary>
internal sealed class WordFinder
{
    readonly SearchValues<char> firsts;
    readonly Dictionary<char, int[]> byFirst;

    /// <summary>The words, in the order given (<see cref="Candidates"/> gives their indices in this order).</summary>
    public string[] Words { get; }

    /// <param name="words">The words; none empty.</param>
    public WordFinder(IEnumerable<string> words)
    {
        Words = [.. words];
        if (Words.Any(w => w.Length == 0)) throw new ArgumentException("a word is empty", nameof(words));
        byFirst = Words.Select((w, i) => (w, i)).GroupBy(x => x.w[0]).ToDictionary(g => g.Key, g => g.Select(x => x.i).ToArray());
        firsts = SearchValues.Create([.. byFirst.Keys]);
    }

    /// <summary>The first place at or after <paramref name="from"/> where a word starts; -1 when none does.</summary>
    public int IndexOfAny(ReadOnlySpan<char> text, int from = 0)
    {
        for (var at = from; at < text.Length;)
        {
            var k = text[at..].IndexOfAny(firsts);
            if (k < 0) return -1;
            at += k;
            if (StartsAt(text, at)) return at;
            at++;
        }
        return -1;
    }

    /// <summary>The last place where a word starts; -1 when none does.</summary>
    public int LastIndexOfAny(ReadOnlySpan<char> text)
    {
        for (var end = text.Length; end > 0;)
        {
            var at = text[..end].LastIndexOfAny(firsts);
            if (at < 0) return -1;
            if (StartsAt(text, at)) return at;
            end = at;
        }
        return -1;
    }

    /// <summary>Whether a word starts at <paramref name="at"/>.</summary>
    public bool StartsAt(ReadOnlySpan<char> text, int at)
    {
        if (!byFirst.TryGetValue(text[at], out var ids)) return false;
        var rest = text[at..];
        foreach (var id in ids)
            if (rest.StartsWith(Words[id], StringComparison.Ordinal)) return true;
        return false;
    }

    /// <summary>The candidate words for the character at a place (those starting with it), in the order given.</summary>
    public ReadOnlySpan<int> Candidates(char first) => byFirst.TryGetValue(first, out var ids) ? ids : [];
}
