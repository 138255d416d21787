using System.Text;

namespace Nianbao.Synthesis;

/// <summary>
/// Simplified → traditional script for the traditional renderings: the template's traditional → simplified table
/// (Template/Data/t2s.txt, docs/architecture.md) read backwards, taking for each simplified character the first
/// traditional one that Big5 can hold; and the pinyin annotations some sites' converters glue after characters
/// (發(fā)布, docs/format.md §9.1 A5/A6).
/// </summary>
static class Script
{
    static readonly Lazy<Dictionary<char, char>> Reverse = new(Load);

    static Dictionary<char, char> Load()
    {
        var map = new Dictionary<char, char>();
        using var s = typeof(Script).Assembly.GetManifestResourceStream("Nianbao.Data.t2s.txt")
            ?? throw new InvalidOperationException("t2s.txt is not embedded");
        using var reader = new StreamReader(s);
        var big5 = Encodings.Big5;
        while (reader.ReadLine() is { } line)
        {
            if (line.Length != 2 || line[0] == '#' || map.ContainsKey(line[1])) continue;
            try { big5.GetBytes(line[..1]); } catch (EncoderFallbackException) { continue; }
            map[line[1]] = line[0];
        }
        return map;
    }

    public static string Traditional(string text)
    {
        var map = Reverse.Value;
        var chars = text.ToCharArray();
        for (var i = 0; i < chars.Length; i++) if (map.TryGetValue(chars[i], out var t)) chars[i] = t;
        return new string(chars);
    }

    static readonly (char Han, string Pinyin)[] Annotations = [('發', "fā"), ('國', "guó"), ('務', "wù"), ('開', "kāi"), ('報', "bào"), ('據', "jù")];

    /// <summary>Each narrative line (no table separator) gets an annotation after the first character of the list it holds.</summary>
    public static string Annotated(string text)
    {
        var lines = text.Split('\n');
        for (var i = 0; i < lines.Length; i++)
        {
            if (lines[i].Contains('|') || lines[i].Length < 20) continue;
            var line = new StringBuilder(lines[i]);
            foreach (var (han, pinyin) in Annotations)
            {
                var at = line.ToString().IndexOf(han);
                if (at >= 0) { line.Insert(at + 1, $"({pinyin})"); break; }
            }
            lines[i] = line.ToString();
        }
        return string.Join('\n', lines);
    }
}
