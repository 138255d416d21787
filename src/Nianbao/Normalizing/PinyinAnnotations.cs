namespace Nianbao.Normalizing;

/// <summary>
/// Pinyin glued after characters by a site's 简→繁 conversion (docs/format.md §9.1 A5/A6: 發(fā)布, 國(guo)務院).
/// Stripped only when a document has at least three such annotations or any tone-marked one (§9.3 step 4),
/// so that a rare legitimate "(app)" survives.
/// </summary>
internal static class PinyinAnnotations
{
    const string ToneLetters = "āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜüńňǹḿ";

    public static bool IsPinyinLetter(char c) => c is >= 'a' and <= 'z' || ToneLetters.Contains(c);

    static bool IsHan(char c) => c is >= '\u3400' and <= '\u9fff' or >= '\uf900' and <= '\ufaff';

    /// <summary>Length of an annotation "(xxx)" starting at <paramref name="i"/> right after a Han character, else 0.</summary>
    public static int AnnotationLength(string s, int i, out bool toned)
    {
        toned = false;
        if (i == 0 || !IsHan(s[i - 1]) || (s[i] != '(' && s[i] != '（')) return 0;
        var j = i + 1;
        while (j < s.Length && j - i <= 8 && IsPinyinLetter(s[j])) { toned |= s[j] > 'z'; j++; }
        return j > i + 1 && j < s.Length && (s[j] == ')' || s[j] == '）') ? j - i + 1 : 0;
    }

    public static bool ShouldStrip(string s)
    {
        var count = 0;
        for (var i = s.IndexOf('('); i >= 0 && i < s.Length; i = s.IndexOf('(', i + 1))
        {
            if (AnnotationLength(s, i, out var toned) == 0) continue;
            if (toned || ++count >= 3) return true;
        }
        return false;
    }
}
