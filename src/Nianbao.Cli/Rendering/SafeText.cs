using System.Text;

namespace Nianbao.Cli.Rendering;

/// <summary>
/// Report text is untrusted: a report can hold terminal control sequences (ESC[2J clears the screen, ESC[31m
/// colours it) that must never reach the terminal. Every piece of report text printed to the console goes through
/// here: control characters other than line feed and tab become a visible escape such as \x1B.
/// </summary>
static class SafeText
{
    public static string Clean(string? text) => Clean(text, false);

    static string Clean(string? text, bool keepCarriageReturn)
    {
        if (string.IsNullOrEmpty(text)) return text ?? "";
        bool IsControl(char c) => SafeText.IsControl(c) && !(keepCarriageReturn && c == '\r');
        var i = 0;
        while (i < text.Length && !IsControl(text[i])) i++;
        if (i == text.Length) return text;
        var b = new StringBuilder(text.Length + 8).Append(text, 0, i);
        for (; i < text.Length; i++)
        {
            var c = text[i];
            if (IsControl(c)) b.Append(c < 0x100 ? $"\\x{(int)c:X2}" : $"\\u{(int)c:X4}");
            else b.Append(c);
        }
        return b.ToString();
    }

    /// <summary>Cleaned and escaped for Spectre markup.</summary>
    public static string Markup(string? text) => Spectre.Console.Markup.Escape(Clean(text));

    /// <summary>C0 and C1 controls and DEL, except line feed and tab; also the bidirectional overrides that reorder a line.</summary>
    static bool IsControl(char c) =>
        (c < 0x20 && c != '\n' && c != '\t') || (c >= 0x7F && c <= 0x9F) || (c >= '\u202A' && c <= '\u202E') || (c >= '\u2066' && c <= '\u2069');

    /// <summary>A writer that cleans everything written through it (keeping CR, which ends CSV records): for plain,
    /// non-Spectre console output.</summary>
    public sealed class Writer(TextWriter inner) : TextWriter
    {
        public override Encoding Encoding => inner.Encoding;
        public override void Write(char value) => inner.Write(Clean(value.ToString(), true));
        public override void Write(string? value) => inner.Write(Clean(value, true));
        public override void Write(char[] buffer, int index, int count) => Write(new string(buffer, index, count));
        public override void WriteLine(string? value) => inner.WriteLine(Clean(value, true));
        public override void Flush() => inner.Flush();
    }
}
