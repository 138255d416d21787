using Nianbao.Documents;
using Nianbao.Model;
using Nianbao.Normalizing;
using Nianbao.Tokenizing;

namespace Nianbao.Reading;

/// <summary>A plain-text rendering (copied text, crawler dumps, Tika output, markdown, pdftotext): decode, check
/// the line-length and cell limits, build the matching copy, tokenize into blocks.</summary>
internal static class TextSourceReader
{
    public static SourceDocument Read(ReadOnlySpan<byte> bytes, string source, InputLimits? limits = null)
    {
        var decoded = EncodingDetector.Decode(bytes);
        var doc = FromText(decoded.Text, source, "text", limits);
        if (decoded.Errors > 0)
            doc.Findings.Insert(0, Finding.Create("NB-P-ENCODING", null, ("encoding", decoded.Encoding), ("count", decoded.Errors)));
        return doc;
    }

    public static SourceDocument FromText(string text, string source, string kind, InputLimits? limits = null)
    {
        var scan = TextScan.Of(text);
        limits ??= InputLimits.Default;
        if (scan.LongestLine > limits.MaxLineChars)
            throw InputLimits.Exceeded("NB-INPUT-LIMIT-LINE", "line-chars", scan.LongestLine, limits.MaxLineChars, ("line", scan.LongestLineNumber));
        if (scan.MostCells > limits.MaxCells)
            throw InputLimits.Exceeded("NB-INPUT-LIMIT-CELLS", "cells", scan.MostCells, limits.MaxCells, ("where", "text"));
        var lines = new SourceLines(text, TextNormalizer.Normalize(text, PinyinAnnotations.ShouldStrip(text)));
        var doc = new SourceDocument { Source = source, Kind = kind, Blocks = TextTokenizer.Tokenize(lines) };
        if (scan.Controls > 0)
            doc.Findings.Add(Finding.Create("NB-P-CONTROL-CHARS", new FindingLocation { Source = Provenance.TextSpan(scan.FirstControlLine, 0, 0) },
                ("count", scan.Controls), ("example", TextScan.Name(scan.FirstControl)), ("line", scan.FirstControlLine)));
        return doc;
    }
}
