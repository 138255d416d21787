using System.Globalization;

using Nianbao.Template;

namespace Nianbao.Extraction.Narrative;

/// <summary>
/// Finds the figures of figures.json in one line of matching text (docs/format.md §5.5): keyword → optional "then" word →
/// the nearest number within a few characters, never across a clause stop → an accepted unit. A number followed by
/// another unit (条, 人次, 项, %, 余…) is not the figure. Plain IndexOf scans, no regex: one pass per keyword.
/// </summary>
internal static class FigureScanner
{
    public static void Scan(string text, FigureCatalog catalog, List<FigureHit> hits)
    {
        var first = hits.Count;
        // A line without a digit can only state a figure through a zero phrase (未收到…申请).
        var digits = text.AsSpan().IndexOfAnyInRange('0', '9') >= 0;
        foreach (var def in catalog.Figures)
        {
            if (def.Context is { Scope: "paragraph" } c && !ContainsAny(text, c.Any, 0, text.Length)) continue;
            if (digits)
            foreach (var keyword in def.Keywords)
                for (var i = text.IndexOf(keyword, StringComparison.Ordinal); i >= 0; i = text.IndexOf(keyword, i + 1, StringComparison.Ordinal))
                    if (Number(text, def, i, keyword.Length, catalog) is { } hit && InContext(text, def, hit.Start, catalog)) Add(hits, first, hit, text, catalog);
            foreach (var zero in def.Zero ?? [])
                foreach (var word in zero.Words)
                    for (var i = text.IndexOf(word, StringComparison.Ordinal); i >= 0; i = text.IndexOf(word, i + 1, StringComparison.Ordinal))
                        if (ZeroPhrase(text, def, zero, i, word.Length, catalog) is { } hit && InContext(text, def, hit.Start, catalog)) Add(hits, first, hit, text, catalog);
        }
    }

    /// <summary>keyword [then-word] gap number unit, starting at the keyword found at <paramref name="at"/>.</summary>
    static FigureHit? Number(string text, FigureDef def, int at, int length, FigureCatalog catalog)
    {
        foreach (var before in def.UnlessBefore ?? [])
            if (at >= before.Length && string.CompareOrdinal(text, at - before.Length, before, 0, before.Length) == 0) return null;
        var p = at + length;
        if (def.Then is { Count: > 0 } then)
        {
            var t = FindWithin(text, p, def.ThenWithin, then, catalog.Stops);
            if (t < 0) return null;
            p = t;
        }
        var q = p;
        while (q < text.Length && q - p <= def.Within && !char.IsAsciiDigit(text[q]))
        {
            if (catalog.Stops.Contains(text[q])) return null;
            q++;
        }
        if (q >= text.Length || q - p > def.Within || !char.IsAsciiDigit(text[q])) return null;
        var end = NumberEnd(text, q);
        var u = end < text.Length && text[end] == ' ' ? end + 1 : end;
        foreach (var unit in def.Units)
        {
            if (string.CompareOrdinal(text, u, unit, 0, unit.Length) != 0) continue;
            if (Digits(text, q, end) > Reading.InputLimits.MaxValueDigits)
                return new FigureHit(def, 0, unit, q, u + unit.Length, false) { TooManyDigits = true };
            var value = decimal.Parse(text.AsSpan(q, end - q).ToString().Replace(",", ""), NumberStyles.Number, CultureInfo.InvariantCulture);
            // 万元 is an exact multiple of 元: the figure is kept in the definition's unit.
            if (unit.StartsWith('万') && !def.Unit.StartsWith('万')) { value *= 10000; return new FigureHit(def, value, def.Unit, q, u + unit.Length, false); }
            return new FigureHit(def, value, unit, q, u + unit.Length, false);
        }
        return null;
    }

    static FigureHit? ZeroPhrase(string text, FigureDef def, ZeroDef zero, int at, int length, FigureCatalog catalog)
    {
        var from = at + length;
        foreach (var then in zero.Then)
        {
            var t = text.IndexOf(then, from, Math.Min(text.Length - from, zero.Within + then.Length), StringComparison.Ordinal);
            if (t < 0 || ContainsStop(text, from, t, catalog.Stops)) continue;
            if (zero.Unless is { } unless && ContainsAny(text, unless, from, t)) continue;
            return new FigureHit(def, 0, def.Unit, at, t + then.Length, true);
        }
        return null;
    }

    /// <summary>End (exclusive) of the first of <paramref name="words"/> starting within <paramref name="within"/>
    /// characters of <paramref name="from"/> with no clause stop before it; -1 if none.</summary>
    static int FindWithin(string text, int from, int within, IReadOnlyList<string> words, string stops)
    {
        var best = -1;
        foreach (var w in words)
        {
            var t = text.IndexOf(w, from, Math.Min(text.Length - from, within + w.Length), StringComparison.Ordinal);
            if (t >= 0 && !ContainsStop(text, from, t, stops) && (best < 0 || t + w.Length < best)) best = t + w.Length;
        }
        return best;
    }

    /// <summary>Digits with optional thousands groups (10,311) and decimals (406.61).</summary>
    static int NumberEnd(string text, int q)
    {
        var e = q;
        while (e < text.Length && char.IsAsciiDigit(text[e])) e++;
        while (e < text.Length && text[e] == ',' && AllDigits(text, e + 1, 3) && (e + 4 >= text.Length || !char.IsAsciiDigit(text[e + 4]))) e += 4;
        if (e + 1 < text.Length && text[e] == '.' && char.IsAsciiDigit(text[e + 1]))
        {
            e++;
            while (e < text.Length && char.IsAsciiDigit(text[e])) e++;
        }
        return e;
    }

    static int Digits(string text, int from, int to)
    {
        var n = 0;
        for (var i = from; i < to; i++) if (char.IsAsciiDigit(text[i])) n++;
        return n;
    }

    static bool AllDigits(string text, int from, int count)
    {
        if (from + count > text.Length) return false;
        for (var i = from; i < from + count; i++) if (!char.IsAsciiDigit(text[i])) return false;
        return true;
    }

    static bool InContext(string text, FigureDef def, int at, FigureCatalog catalog)
    {
        if (def.Context is not { Scope: "sentence" } c) return true;
        var (s, e) = Sentence.Bounds(text, at, catalog.SentenceEnds);
        return ContainsAny(text, c.Any, s, e);
    }

    /// <summary>One statement counts once: the same figure and value in the same sentence (overlapping keywords
    /// such as 答复完成 / 答复, or a number and a zero phrase saying the same) is kept only the first time.</summary>
    static void Add(List<FigureHit> hits, int first, FigureHit hit, string text, FigureCatalog catalog)
    {
        var (s, e) = Sentence.Bounds(text, hit.Start, catalog.SentenceEnds);
        for (var i = first; i < hits.Count; i++)
            if (hits[i].Def.Key == hit.Def.Key && hits[i].Value == hit.Value && hits[i].TooManyDigits == hit.TooManyDigits
                && hits[i].Start >= s && hits[i].Start < e) return;
        hits.Add(hit);
    }

    static bool ContainsStop(string text, int from, int to, string stops)
    {
        for (var i = from; i < to; i++) if (stops.Contains(text[i])) return true;
        return false;
    }

    static bool ContainsAny(string text, IReadOnlyList<string> words, int from, int to)
    {
        foreach (var w in words)
            if (to - from >= w.Length && text.IndexOf(w, from, to - from, StringComparison.Ordinal) >= 0) return true;
        return false;
    }
}
