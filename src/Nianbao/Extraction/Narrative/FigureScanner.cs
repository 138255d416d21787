using System.Globalization;

using Nianbao.Normalizing;
using Nianbao.Template;

namespace Nianbao.Extraction.Narrative;

/// <summary>
/// Finds the figures of figures.json in one line of matching text (docs/format.md §5.5): keyword → optional "then" word →
/// the nearest number within a few characters, never across a clause stop → an accepted unit. A number followed by
/// another unit (条, 人次, 项, %, 余…) is not the figure. Plain IndexOf scans, no regex: one search for all the catalog's
/// words says which the line holds, then one pass per keyword it holds.
/// </summary>
internal static class FigureScanner
{
    public static void Scan(string text, FigureCatalog catalog, List<FigureHit> hits)
    {
        // Every match starts at one of the catalog's words: a line with none of them is passed over in one search.
        var span = text.AsSpan();
        var plan = ScanPlan.Of(catalog);
        var at = plan.Finder.IndexOfAny(span);
        if (at < 0) return;
        // Which of the words the line holds, from one pass over the places where a word starts: a keyword the line
        // does not hold is not searched for (the same hits, in the same order, as searching for every keyword).
        Span<bool> present = stackalloc bool[plan.Words.Length];
        for (; at >= 0; at = plan.Finder.IndexOfAny(span, at + 1))
            foreach (var id in plan.Finder.Candidates(text[at]))
                if (span[at..].StartsWith(plan.Words[id], StringComparison.Ordinal)) present[id] = true;
        var first = hits.Count;
        // A line without a digit or numeral can only state a figure through a zero phrase (未收到…申请).
        var digits = span.IndexOfAnyInRange('0', '9') >= 0 || HasNumeral(text, plan.Numerals);
        var figures = catalog.Figures;
        for (var f = 0; f < figures.Count; f++)
        {
            var def = figures[f];
            var words = plan.Figures[f];
            // A figure none of whose words the line holds finds nothing here.
            if (!AnyPresent(words.All, present)) continue;
            if (def.Context is { Scope: "paragraph" } c && !ContainsAny(text, c.Any, 0, text.Length)) continue;
            if (digits)
                for (var k = 0; k < words.Keywords.Length; k++)
                {
                    if (!present[words.Keywords[k]]) continue;
                    var keyword = plan.Words[words.Keywords[k]];
                    for (var i = text.IndexOf(keyword, StringComparison.Ordinal); i >= 0; i = text.IndexOf(keyword, i + 1, StringComparison.Ordinal))
                        if (Number(text, def, i, keyword.Length, catalog, plan.Numerals) is { } hit && InContext(text, def, hit.Start, catalog)) Add(hits, first, hit, text, catalog);
                }
            if (digits)
                for (var b = 0; b < words.Before.Length; b++)
                    for (var k = 0; k < words.Before[b].Length; k++)
                    {
                        if (!present[words.Before[b][k]]) continue;
                        var keyword = plan.Words[words.Before[b][k]];
                        for (var i = text.IndexOf(keyword, StringComparison.Ordinal); i >= 0; i = text.IndexOf(keyword, i + 1, StringComparison.Ordinal))
                            if (NumberBefore(text, def, def.Before![b], i, catalog, plan.Numerals) is { } hit && InContext(text, def, hit.Start, catalog)) Add(hits, first, hit, text, catalog);
                    }
            for (var z = 0; z < words.Zero.Length; z++)
                for (var k = 0; k < words.Zero[z].Length; k++)
                {
                    if (!present[words.Zero[z][k]]) continue;
                    var word = plan.Words[words.Zero[z][k]];
                    for (var i = text.IndexOf(word, StringComparison.Ordinal); i >= 0; i = text.IndexOf(word, i + 1, StringComparison.Ordinal))
                        if (ZeroPhrase(text, def, def.Zero![z], i, word.Length, catalog) is { } hit && InContext(text, def, hit.Start, catalog)) Add(hits, first, hit, text, catalog);
                }
        }
    }

    static bool AnyPresent(int[] ids, ReadOnlySpan<bool> present)
    {
        foreach (var id in ids) if (present[id]) return true;
        return false;
    }

    /// <summary>The catalog's words numbered once (keywords, keywords before the number, zero phrases' first words),
    /// each figure's words by number, and the numerals by character: made once per catalog.</summary>
    sealed class ScanPlan
    {
        public sealed record FigureWords(int[] Keywords, int[][] Before, int[][] Zero)
        {
            public int[] All { get; } = [.. Keywords, .. Before.SelectMany(b => b), .. Zero.SelectMany(z => z)];
        }

        static readonly System.Runtime.CompilerServices.ConditionalWeakTable<FigureCatalog, ScanPlan> Plans = [];

        public readonly string[] Words;
        public readonly WordFinder Finder;
        public readonly FigureWords[] Figures;
        public readonly NumeralChars Numerals;

        ScanPlan(FigureCatalog catalog)
        {
            var ids = new Dictionary<string, int>(StringComparer.Ordinal);
            int[] Number(IReadOnlyList<string> words) =>
                [.. words.Select(w => ids.TryGetValue(w, out var id) ? id : ids[w] = ids.Count)];
            Figures = [.. catalog.Figures.Select(f => new FigureWords(Number(f.Keywords),
                [.. (f.Before ?? []).Select(b => Number(b.Keywords))], [.. (f.Zero ?? []).Select(z => Number(z.Words))]))];
            Words = new string[ids.Count];
            foreach (var (w, id) in ids) Words[id] = w;
            Finder = new WordFinder(Words);
            Numerals = new NumeralChars(catalog.Numerals);
        }

        public static ScanPlan Of(FigureCatalog catalog) => Plans.GetValue(catalog, c => new ScanPlan(c));
    }

    /// <summary>The numerals of figures.json looked up by character (each is one character).</summary>
    sealed class NumeralChars(NumeralDef def)
    {
        readonly Dictionary<char, int> digits = def.Digits.Where(d => d.Key.Length == 1).ToDictionary(d => d.Key[0], d => d.Value);
        readonly Dictionary<char, int> multipliers = def.Multipliers.Where(m => m.Key.Length == 1).ToDictionary(m => m.Key[0], m => m.Value);

        public bool IsDigit(char c) => digits.ContainsKey(c);
        public bool IsMultiplier(char c) => multipliers.ContainsKey(c);
        public bool CanStart(char c) => digits.ContainsKey(c) || (multipliers.TryGetValue(c, out var m) && m == 10);
        public bool TryDigit(char c, out int digit) => digits.TryGetValue(c, out digit);
        public int Multiplier(char c) => multipliers[c];
    }

    /// <summary>keyword [then-word] gap number unit, starting at the keyword found at <paramref name="at"/>.</summary>
    static FigureHit? Number(string text, FigureDef def, int at, int length, FigureCatalog catalog, NumeralChars numerals)
    {
        if (def.UnlessBefore is { } unless)
            for (var k = 0; k < unless.Count; k++)
            {
                var before = unless[k];
                if (at >= before.Length && string.CompareOrdinal(text, at - before.Length, before, 0, before.Length) == 0) return null;
            }
        var p = at + length;
        if (def.Then is { Count: > 0 } then)
        {
            var t = FindWithin(text, p, def.ThenWithin, then, catalog.Stops);
            if (t < 0) return null;
            p = t;
        }
        var q = p;
        while (q < text.Length && q - p <= def.Within && !char.IsAsciiDigit(text[q]) && !numerals.CanStart(text[q]))
        {
            if (catalog.Stops.Contains(text[q])) return null;
            q++;
        }
        if (q >= text.Length || q - p > def.Within) return null;
        if (!char.IsAsciiDigit(text[q])) return Numeral(text, def, q, numerals) is var (value, e) ? WithUnit(text, def, q, e, value) : null;
        var end = NumberEnd(text, q);
        var u = end < text.Length && text[end] == ' ' ? end + 1 : end;
        for (var k = 0; k < def.Units.Count; k++)
        {
            var unit = def.Units[k];
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

    /// <summary>number unit … keyword: the nearest number-and-unit ending within <see cref="BeforeDef.Within"/>
    /// characters before the keyword at <paramref name="at"/>, no clause end between (format.md §5.5).</summary>
    static FigureHit? NumberBefore(string text, FigureDef def, BeforeDef before, int at, FigureCatalog catalog, NumeralChars numerals)
    {
        for (var u = at - 1; u >= 0 && at - u <= before.Within + 1; u--)
        {
            if (catalog.ClauseEnds.Contains(text[u])) return null;
            for (var k = 0; k < def.Units.Count; k++)
            {
                var unit = def.Units[k];
                var e = u - unit.Length + 1;
                if (e <= 0 || string.CompareOrdinal(text, e, unit, 0, unit.Length) != 0) continue;
                var end = e > 0 && text[e - 1] == ' ' ? e - 1 : e;
                if (end <= 0) continue;
                if (char.IsAsciiDigit(text[end - 1]))
                {
                    var q = end;
                    while (q > 0 && char.IsAsciiDigit(text[q - 1])) q--;
                    if (q > 0 && (text[q - 1] == '.' || text[q - 1] == ',')) return null;   // a decimal or grouped number: not read backwards
                    if (end - q > Reading.InputLimits.MaxValueDigits) return new FigureHit(def, 0, unit, q, e + unit.Length, false) { TooManyDigits = true };
                    return new FigureHit(def, decimal.Parse(text.AsSpan(q, end - q), CultureInfo.InvariantCulture), unit, q, e + unit.Length, false);
                }
                var n = end;
                while (n > 0 && (numerals.IsDigit(text[n - 1]) || numerals.IsMultiplier(text[n - 1]))) n--;
                while (n < end && !numerals.CanStart(text[n])) n++;
                if (n < end && Numeral(text, def, n, numerals) is var (value, ne) && ne == end)
                    return new FigureHit(def, value, unit, n, e + unit.Length, false);
            }
        }
        return null;
    }

    /// <summary>The Chinese numeral starting at <paramref name="q"/> (三, 十二, 一百零五, 两千, 二〇二一) and its end;
    /// null when the characters do not form a well-made numeral.</summary>
    static (decimal Value, int End)? Numeral(string text, FigureDef def, int q, NumeralChars numerals)
    {
        var e = q;
        var multiplied = false;
        while (e < text.Length && (numerals.IsDigit(text[e]) || numerals.IsMultiplier(text[e])))
        {
            multiplied |= numerals.IsMultiplier(text[e]);
            e++;
        }
        if (e == q || e - q > Reading.InputLimits.MaxValueDigits) return null;
        decimal total = 0, section = 0;
        int? digit = null;
        var lastMultiplier = int.MaxValue;
        for (var i = q; i < e; i++)
        {
            var c = text[i];
            if (numerals.TryDigit(c, out var d))
            {
                if (!multiplied) { total = total * 10 + d; continue; }
                if (digit is not null && !(digit == 0 || d == 0)) return null;   // 一一百 is not a numeral
                digit = d;
                continue;
            }
            var m = numerals.Multiplier(c);
            if (m == 10000)
            {
                total += (section + (digit ?? 0)) * m;
                if (total == 0) return null;
                section = 0; lastMultiplier = int.MaxValue;
            }
            else
            {
                if (m >= lastMultiplier) return null;                            // 十百 is not a numeral
                if (digit is null or 0 && m != 10) return null;                  // 百 needs its digit; 十 alone is 10
                section += (digit is null or 0 ? 1 : digit.Value) * m;
                lastMultiplier = m;
            }
            digit = null;
        }
        return (multiplied ? total + section + (digit ?? 0) : total, e);
    }

    /// <summary>The figure when one of its units follows the number [q, end).</summary>
    static FigureHit? WithUnit(string text, FigureDef def, int q, int end, decimal value)
    {
        var u = end < text.Length && text[end] == ' ' ? end + 1 : end;
        for (var k = 0; k < def.Units.Count; k++)
            if (def.Units[k] is var unit && string.CompareOrdinal(text, u, unit, 0, unit.Length) == 0)
                return new FigureHit(def, unit.StartsWith('万') && !def.Unit.StartsWith('万') ? value * 10000 : value,
                    unit.StartsWith('万') && !def.Unit.StartsWith('万') ? def.Unit : unit, q, u + unit.Length, false);
        return null;
    }

    static bool HasNumeral(string text, NumeralChars numerals)
    {
        foreach (var c in text) if (numerals.CanStart(c)) return true;
        return false;
    }

    static FigureHit? ZeroPhrase(string text, FigureDef def, ZeroDef zero, int at, int length, FigureCatalog catalog)
    {
        var from = at + length;
        for (var k = 0; k < zero.Then.Count; k++)
        {
            var then = zero.Then[k];
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
        for (var k = 0; k < words.Count; k++)
        {
            var w = words[k];
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
        for (var k = 0; k < words.Count; k++)
            if (words[k] is var w && to - from >= w.Length && text.IndexOf(w, from, to - from, StringComparison.Ordinal) >= 0) return true;
        return false;
    }
}
