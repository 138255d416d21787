using System.Text;

namespace Nianbao.Reading;

/// <summary>
/// Whitespace of markup text (HTML, DOCX): tabs and runs of spaces become one space, line ends inside a cell
/// survive as single newlines, the ends are trimmed. One rule for every markup reader.
/// </summary>
internal static class CellWhitespace
{
    public static string Collapse(string s)
    {
        var sb = new StringBuilder(s.Length);
        var space = false;
        foreach (var ch in s)
        {
            if (ch is ' ' or '\t' or '\r' or '\f')
            {
                space = true;
                continue;
            }
            if (ch == '\n')
            {
                while (sb.Length > 0 && sb[^1] == ' ') sb.Length--;
                if (sb.Length > 0 && sb[^1] != '\n') sb.Append('\n');
                space = false;
                continue;
            }
            if (space && sb.Length > 0 && sb[^1] != '\n') sb.Append(' ');
            space = false;
            sb.Append(ch);
        }
        return sb.ToString().Trim();
    }
}
