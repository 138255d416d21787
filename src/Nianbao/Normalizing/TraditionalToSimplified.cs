namespace Nianbao.Normalizing;

/// <summary>
/// Character-level traditional → simplified mapping generated from OpenCC's t2s conversion
/// (tools/gen-t2s-table.sh). Only BMP → BMP pairs are kept, so conversion never changes a text's length.
/// </summary>
internal static class TraditionalToSimplified
{
    // Loaded on first use of the class (a plain static array: no Lazy check per character).
    static readonly char[] Table = Load();

    public static char Map(char c) => c < 0x3400 ? c : Table[c];

    public static bool IsTraditionalOnly(char c) => c >= 0x3400 && Table[c] != c;

    static char[] Load()
    {
        var table = new char[0x10000];
        for (var i = 0; i < table.Length; i++) table[i] = (char)i;
        using var s = typeof(TraditionalToSimplified).Assembly.GetManifestResourceStream("Nianbao.Data.t2s.txt")
            ?? throw new InvalidOperationException("t2s.txt is not embedded");
        using var reader = new StreamReader(s);
        while (reader.ReadLine() is { } line)
            if (line.Length == 2 && line[0] != '#') table[line[0]] = line[1];
        return table;
    }
}
