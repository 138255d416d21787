namespace Nianbao.Checking;

/// <summary>Text similarity for copied narrative (NB-XY-TEXT): Jaccard of character 5-gram sets, each 5-gram
/// hashed to a long, over the matching copies (simplified, half-width) with digits, punctuation and whitespace removed.</summary>
internal static class TextSimilarity
{
    const int N = 5;

    /// <summary>The similarity in [0, 1] of two matching copies, or null when either is shorter than minLength after cleaning.</summary>
    public static double? Jaccard5(string a, string b, int minLength)
    {
        var x = Grams(a, minLength);
        var y = Grams(b, minLength);
        if (x is null || y is null) return null;
        var common = x.Count(y.Contains);
        return (double)common / (x.Count + y.Count - common);
    }

    static HashSet<long>? Grams(string text, int minLength)
    {
        var clean = Clean(text);
        if (clean.Length < Math.Max(minLength, N)) return null;
        var set = new HashSet<long>(clean.Length - N + 1);   // sized once: at most one gram per position
        for (var i = 0; i + N <= clean.Length; i++)
        {
            long h = 0;
            for (var j = 0; j < N; j++) h = h * 65_537 + clean[i + j];
            set.Add(h);
        }
        return set;
    }

    static string Clean(string text)
    {
        var chars = new char[text.Length];
        var n = 0;
        foreach (var c in text)
            if (char.IsLetter(c)) chars[n++] = c;
        return new string(chars, 0, n);
    }
}
