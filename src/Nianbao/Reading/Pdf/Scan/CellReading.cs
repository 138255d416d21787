using System.Text.RegularExpressions;
using Nianbao.Normalizing;
using Nianbao.Tokenizing;

namespace Nianbao.Reading.Pdf.Scan;

/// <summary>
/// What OCR made of one table cell that holds ink (docs/ocr.md §2–3), decided from up to three models' readings of its
/// crop: the simplified Chinese model's (every cell), the Latin model's restricted to digits (a cell that may hold a
/// number) and the traditional Chinese model's (a cell the first two did not settle). <paramref name="Raw"/> is the reading kept;
/// <paramref name="Text"/> overrides its matching copy (empty for ink nothing could read); <paramref name="Unsure"/>
/// leaves the cell null with a finding; <paramref name="Reread"/> is the first model's reading of a cell whose number
/// came from the two others.
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
        /// <summary>Words (a label, a header), digits with other characters (an ordinal) or a blank mark: kept as
        /// read.</summary>
        Text,
        /// <summary>Digits, signs, points or a digit's look-alike: read again by digits only.</summary>
        Number,
        /// <summary>A number with a unit after it (an amount, 11000元): kept as read only when the traditional Chinese
        /// model reads the same; the Latin digits-only model takes the unit for digits.</summary>
        Amount,
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
    /// look-alikes may be a number; a number with a one- or two-character unit is an amount; another digit among other
    /// characters, two or more letters (CJK or Latin) or a blank mark are text; anything else (nothing, punctuation, one stray character) is ink the model could not read.</summary>
    public static Kind Classify(string chinese)
    {
        var plain = Plain(chinese);
        if (plain.Length is > 0 and <= 16 && plain.All(c => char.IsAsciiDigit(c) || c is '.' or '-' || LookAlike.ContainsKey(c))) return Kind.Number;
        if (AmountPattern().IsMatch(plain)) return Kind.Amount;
        // A digit among other characters is text, as printed: an ordinal (2.其他).
        if (ValueToken.IsBlankMark(plain) || plain.Any(char.IsAsciiDigit) || plain.Count(char.IsLetter) >= 2) return Kind.Text;
        return Kind.Unread;
    }

    /// <summary>A number cell whose digits-only reading settles it: the same number as the Chinese reading, every
    /// word at least <see cref="MinConfidence"/>. The other cells that may hold a number are read by a third model.</summary>
    public static bool Settled(string chinese, List<OcrWord>? digits) =>
        Classify(chinese) == Kind.Number && Sure(digits, MinConfidence) is { } d && d == AsDigits(chinese);

    /// <summary>Tesseract's confidence (0–100) the two other models' number must reach where the first (simplified
    /// Chinese) model read something else or nothing: two of three models outvote the first, so each must be surer
    /// than <see cref="MinConfidence"/>.</summary>
    public const double RereadConfidence = 85;

    /// <summary>
    /// The cell's reading from three models: the simplified Chinese one (<paramref name="chinese"/>, look-alikes as
    /// their digit), the Latin one restricted to digits (<paramref name="digits"/>) and, where those two did not
    /// settle it, the traditional Chinese one (<paramref name="other"/>). A number is certain when the first model and
    /// one other agree, every word at least <see cref="MinConfidence"/>. Where the first read something else or
    /// nothing legible (a lone 1 read as 】, 15 as 1, 5 as 9), the two others agreeing with every word at least
    /// <see cref="RereadConfidence"/> give the number, said by a finding (a re-read). Otherwise a cell with a number in
    /// any reading is uncertain, and one without holds ink that could not be read: null with a finding, never blank.
    /// </summary>
    /// <param name="chinese">The simplified Chinese model's reading.</param>
    /// <param name="digits">The Latin digits-only model's words, where read.</param>
    /// <param name="other">The traditional Chinese model's words, where read.</param>
    /// <param name="apart">Some reading's words lie on two lines or far apart (<see cref="Apart"/>): two cells whose
    /// rule between them was lost, never one number.</param>
    public static CellReading Decide(string chinese, List<OcrWord>? digits, List<OcrWord>? other, bool apart = false)
    {
        var kind = Classify(chinese);
        if (kind == Kind.Text) return new(chinese, null, false, null);
        if (apart && kind != Kind.Amount) return new(NumberOf(digits) ?? NumberOf(other) ?? chinese, null, true, null);
        // An amount is certain when the traditional Chinese model reads it the same (11000元 read as 1000元 happens).
        if (kind == Kind.Amount)
            return new(chinese, null, !(other is { Count: > 0 } && other.All(w => w.Confidence >= MinConfidence)
                && Plain(string.Concat(other.Select(w => w.Text))) == Plain(chinese)), null);
        var c = AsDigits(chinese);
        if (kind == Kind.Number && (Sure(digits, MinConfidence) == c || Sure(other, MinConfidence) == c)) return new(c, null, false, null);
        if (Sure(digits, RereadConfidence) is { } n && n == Sure(other, RereadConfidence)) return new(n, null, false, chinese);
        var read = NumberOf(digits) ?? NumberOf(other);
        if (kind == Kind.Number) return new(read ?? chinese, null, true, null);
        return read is not null ? new(read, null, true, null) : new(chinese, "", true, null);
    }

    /// <summary>
    /// Words that cannot be one number: on two lines, or with a gap wider than the words are high between two of them.
    /// A number is one word on one line; two numbers in one crop are two cells whose rule was lost in the scan (a broken
    /// or faint rule, docs/ocr.md §6), and "1 2" must not be read as 12 nor "5" over "0" as 50.
    /// </summary>
    public static bool Apart(List<OcrWord>? words)
    {
        if (words is not { Count: > 1 }) return false;
        if (words.Select(w => w.Line).Distinct().Count() > 1) return true;
        var ordered = words.OrderBy(w => w.Left).ToList();
        var height = ordered.Max(w => w.Height);
        return ordered.Zip(ordered.Skip(1)).Any(p => p.Second.Left - (p.First.Left + p.First.Width) > height);
    }

    /// <summary>The words' number when they read as one with every word at least <paramref name="confidence"/>.</summary>
    static string? Sure(List<OcrWord>? words, double confidence) =>
        NumberOf(words) is { } n && words!.All(w => w.Confidence >= confidence) ? n : null;

    /// <summary>The words' number: digits (a Chinese model's look-alikes as their digit), a sign, a point.</summary>
    static string? NumberOf(List<OcrWord>? words) =>
        words is null ? null : AsDigits(string.Concat(words.Select(w => w.Text))) is var s && NumberPattern().IsMatch(s) ? s : null;

    static string AsDigits(string chinese) => string.Concat(Plain(chinese).Select(c => LookAlike.TryGetValue(c, out var d) ? d : c));

    static string Plain(string s) => string.Concat(TextNormalizer.Normalize(s, false).Text.Where(c => !char.IsWhiteSpace(c)));

    [GeneratedRegex(@"^-?\d+(\.\d+)?$")]
    private static partial Regex NumberPattern();

    [GeneratedRegex(@"^\d+(\.\d+)?\p{IsCJKUnifiedIdeographs}{1,2}$")]
    private static partial Regex AmountPattern();
}
