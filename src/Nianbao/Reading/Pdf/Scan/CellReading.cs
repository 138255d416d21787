using System.Text.RegularExpressions;
using Nianbao.Normalizing;
using Nianbao.Tokenizing;

namespace Nianbao.Reading.Pdf.Scan;

/// <summary>
/// What OCR made of one table cell that holds ink (docs/ocr.md §2–3), decided from up to three readings of its crop:
/// the Chinese model's (every cell), the Latin model's restricted to digits (a cell that may hold a number) and the
/// Latin model's unrestricted (a cell the first two did not settle). <paramref name="Raw"/> is the reading kept;
/// <paramref name="Text"/> overrides its matching copy (empty for ink nothing could read); <paramref name="Unsure"/>
/// leaves the cell null with a finding; <paramref name="Reread"/> is the Chinese reading of a cell whose number came
/// from reading it again.
/// </summary>
/// <param name="Raw">The reading kept as the cell's text.</param>
/// <param name="Text">The cell's matching copy when it is not <paramref name="Raw"/> normalised.</param>
/// <param name="Unsure">No value may be read from the cell.</param>
/// <param name="Reread">The first (Chinese) reading of a number read again on its own; null otherwise.</param>
readonly partial record struct CellReading(string Raw, string? Text, bool Unsure, string? Reread)
{
    /// <summary>Tesseract's confidence (0–100) a number's every word must reach to be read as certain.</summary>
    public const double MinConfidence = 70;

    /// <summary>What the Chinese reading of a cell says it may be.</summary>
    public enum Kind
    {
        /// <summary>Words (a label, a header) or a blank mark: kept as read.</summary>
        Text,
        /// <summary>Digits, signs, points or a digit's look-alike: read again by digits only.</summary>
        Number,
        /// <summary>Nothing legible — no reading, punctuation, a lone stray character — though the cell holds ink:
        /// a lone digit the Chinese model lost (a narrow 1 read as 】 or 了) as often as not; read again by digits.</summary>
        Unread,
    }

    /// <summary>Characters the Chinese model reads in place of a lone digit, with the digit: a cell of these and digits
    /// may hold a number. 一 is not among them: it is a dash (a blank mark) as often as a 1.</summary>
    static readonly Dictionary<char, char> LookAlike = new()
    {
        ['工'] = '1', ['丨'] = '1', ['|'] = '1', ['l'] = '1', ['I'] = '1', ['〇'] = '0', ['口'] = '0', ['O'] = '0', ['o'] = '0',
    };

    /// <summary>The kind of a cell by its Chinese reading: at most 16 characters of digits, signs, points and
    /// look-alikes may be a number; two or more letters (CJK or Latin) or a blank mark are text; anything else is
    /// ink the model could not read.</summary>
    public static Kind Classify(string chinese)
    {
        var plain = Plain(chinese);
        if (plain.Length is > 0 and <= 16 && plain.All(c => char.IsAsciiDigit(c) || c is '.' or '-' || LookAlike.ContainsKey(c))) return Kind.Number;
        if (ValueToken.IsBlankMark(plain) || plain.Count(c => char.IsLetter(c)) >= 2) return Kind.Text;
        return Kind.Unread;
    }

    /// <summary>A number cell whose digits-only reading settles it: the same number as the Chinese reading, every
    /// word at least <see cref="MinConfidence"/>. The other cells that may hold a number are read once more.</summary>
    public static bool Settled(string chinese, List<OcrWord>? digits) =>
        Classify(chinese) == Kind.Number && Sure(digits, MinConfidence) is { } d && d == AsDigits(chinese);

    /// <summary>Tesseract's confidence (0–100) the Latin model's number must reach in both its readings (digits-only
    /// and unrestricted) to be accepted where the Chinese model gave no confident reading: one model read twice, so
    /// held to more than <see cref="MinConfidence"/>.</summary>
    public const double RereadConfidence = 85;

    /// <summary>
    /// The cell's reading. A number is certain when two readings by different models agree with high confidence: the
    /// Chinese one (look-alikes as their digit) and a Latin one (digits-only, or failing that unrestricted). Where the
    /// Chinese model read nothing legible, or a number without confidence, the cell is a number only when both Latin
    /// readings give the same one with a confidence of at least <see cref="RereadConfidence"/> (a re-read, said by a
    /// finding). Otherwise a cell with a number in any reading is uncertain, and one without holds ink that could not
    /// be read: null with a finding, never blank.
    /// </summary>
    public static CellReading Decide(string chinese, double chineseConfidence, List<OcrWord>? digits, List<OcrWord>? again)
    {
        var kind = Classify(chinese);
        if (kind == Kind.Text) return new(chinese, null, false, null);
        var (d, a) = (Sure(digits, MinConfidence), Sure(again, MinConfidence));
        var read = NumberOf(digits) ?? NumberOf(again);
        var c = AsDigits(chinese);
        if (kind == Kind.Number && (d == c || a == c)) return new(c, null, false, null);
        var noOpinion = kind == Kind.Unread || chineseConfidence < MinConfidence;
        if (noOpinion && Sure(digits, RereadConfidence) is { } n && n == Sure(again, RereadConfidence)) return new(n, null, false, chinese);
        if (kind == Kind.Number) return new(read ?? chinese, null, true, null);
        return read is not null ? new(read, null, true, null) : new(chinese, "", true, null);
    }

    /// <summary>The words' number when they read as one with every word at least <paramref name="confidence"/>.</summary>
    static string? Sure(List<OcrWord>? words, double confidence) =>
        NumberOf(words) is { } n && words!.All(w => w.Confidence >= confidence) ? n : null;

    static string? NumberOf(List<OcrWord>? words) =>
        words is null ? null : string.Concat(words.Select(w => w.Text)) is var s && NumberPattern().IsMatch(s) ? s : null;

    static string AsDigits(string chinese) => string.Concat(Plain(chinese).Select(c => LookAlike.TryGetValue(c, out var d) ? d : c));

    static string Plain(string s) => string.Concat(TextNormalizer.Normalize(s, false).Text.Where(c => !char.IsWhiteSpace(c)));

    [GeneratedRegex(@"^-?\d+(\.\d+)?$")]
    private static partial Regex NumberPattern();
}
