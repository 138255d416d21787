using Nianbao.Model;
using Nianbao.Normalizing;
using Nianbao.Reading;

namespace Nianbao.Tests.ProvenanceChecks;

/// <summary>
/// A decoded source file split into lines exactly as provenance counts them (1-based line, 0-based column and
/// length in the decoded original), so a test can look up the text a provenance points at.
/// </summary>
public sealed class SourceText
{
    readonly string[] lines;

    public SourceText(byte[] bytes) => lines = EncodingDetector.Decode(bytes).Text.Split('\n');

    public static SourceText Of(string path) => new(File.ReadAllBytes(path));

    public string At(Model.Provenance p) => At(p.Kind, p.Line, p.Column, p.Length);

    public string At(string kind, int? line, int? column, int? length)
    {
        Assert.Equal("text", kind);
        Assert.True(line is >= 1 && line <= lines.Length, $"line {line} is outside the file (1..{lines.Length})");
        var text = lines[line!.Value - 1];
        Assert.True(column >= 0 && length >= 0 && column + length <= text.Length,
            $"line {line}: span {column}+{length} is outside the line (length {text.Length})");
        return text.Substring(column!.Value, length!.Value);
    }

    /// <summary>
    /// Reads a number from source text on its own terms (not through the parser under test): matching copy,
    /// stray '?', spaces, thousands commas and a trailing 件 dropped.
    /// </summary>
    public static string NumberText(string span)
    {
        var t = TextNormalizer.ForMatching(span).Trim();
        var sb = new System.Text.StringBuilder();
        foreach (var c in t)
            if (c is not ('?' or ',' or ' ' or '件')) sb.Append(c);
        return sb.ToString();
    }

    /// <summary>Asserts that <paramref name="span"/> (the text a value's provenance points at) holds that value.</summary>
    public static void AssertHolds(string where, string span, ValueState state, long? integer, string? text, string? raw)
    {
        Assert.True(raw == span, $"{where}: provenance points at \"{span}\" but the value's raw text is \"{raw}\"");
        switch (state)
        {
            case ValueState.Blank:
                Assert.True(string.IsNullOrWhiteSpace(span), $"{where}: blank value, but the source holds \"{span}\"");
                break;
            case ValueState.Read when integer is long n:
                Assert.True(long.TryParse(NumberText(span), out var m) && m == n, $"{where}: value {n}, but the source holds \"{span}\"");
                break;
            case ValueState.Read:
                Assert.True(NumberText(span) == text, $"{where}: value \"{text}\", but the source holds \"{span}\"");
                break;
            case ValueState.BlankMark:
                Assert.True(Tokenizing.ValueToken.IsBlankMark(TextNormalizer.ForMatching(span)), $"{where}: blank mark, but the source holds \"{span}\"");
                break;
        }
    }
}
