using Nianbao.Documents;
using Nianbao.Model;
using Nianbao.Normalizing;
using Nianbao.Tokenizing;

namespace Nianbao.Reading;

/// <summary>A plain-text rendering (copied text, crawler dumps, Tika output, markdown, pdftotext): decode, build
/// the matching copy, tokenize into blocks.</summary>
public static class TextSourceReader
{
    public static SourceDocument Read(ReadOnlySpan<byte> bytes, string source)
    {
        var decoded = EncodingDetector.Decode(bytes);
        var doc = FromText(decoded.Text, source, "text");
        if (decoded.Errors > 0)
            doc.Findings.Add(Finding.Create("NB-P-ENCODING", null, ("encoding", decoded.Encoding), ("count", decoded.Errors)));
        return doc;
    }

    public static SourceDocument FromText(string text, string source, string kind)
    {
        var lines = new SourceLines(text, TextNormalizer.Normalize(text, PinyinAnnotations.ShouldStrip(text)));
        return new SourceDocument { Source = source, Kind = kind, Blocks = TextTokenizer.Tokenize(lines) };
    }
}
