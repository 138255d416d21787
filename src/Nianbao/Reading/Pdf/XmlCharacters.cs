namespace Nianbao.Reading.Pdf;

/// <summary>
/// Passes a text through with every character XML 1.0 does not allow (the C0 controls other than tab, line feed and
/// carriage return, and U+FFFE/U+FFFF) replaced by U+FFFD, so that an XML reader sees well-formed characters.
/// </summary>
sealed class XmlCharacters(TextReader inner) : TextReader
{
    public override int Peek() => Clean(inner.Peek());

    public override int Read() => Clean(inner.Read());

    public override int Read(char[] buffer, int index, int count) => Read(buffer.AsSpan(index, count));

    public override int Read(Span<char> buffer)
    {
        var n = inner.Read(buffer);
        for (var i = 0; i < n; i++)
            if (!Allowed(buffer[i])) buffer[i] = '\uFFFD';
        return n;
    }

    protected override void Dispose(bool disposing)
    {
        if (disposing) inner.Dispose();
        base.Dispose(disposing);
    }

    static int Clean(int c) => c < 0 || Allowed((char)c) ? c : '\uFFFD';

    static bool Allowed(char c) => c >= 0x20 ? c < '\uFFFE' : c is '\t' or '\n' or '\r';
}
