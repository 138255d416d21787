using Nianbao.Documents;
using Nianbao.Model;
using Nianbao.Template;
using Nianbao.Tokenizing;

namespace Nianbao.Extraction;

/// <summary>
/// Reads one value cell by its column kind (docs/format.md §5.0): int ≥ 0, signed int, decimal money kept as printed,
/// or an amount with its unit. Blank is null, never 0. A stray '?' glued to digits (§9.1 A7) and thousands
/// separators are dropped; anything else that is not exactly a number is unreadable: null plus a finding.
/// </summary>
internal static partial class CellValueParser
{
    [System.Text.RegularExpressions.GeneratedRegex(@"^(\d+)\s*(?:<br\s*/?>)?\s*[（(]其中[^（()）]*[）)]$")]
    private static partial System.Text.RegularExpressions.Regex SubCount();

    /// <summary>Whitespace between a number and the unit after it (<c>13000 元</c>).</summary>
    [System.Text.RegularExpressions.GeneratedRegex(@"(?<=\d)\s+(?=[^\s\d])")]
    private static partial System.Text.RegularExpressions.Regex SpaceBeforeUnit();

    /// <summary>A count with its bracketed 其中 breakdown: the count is the cell's value.</summary>
    public static bool IsSubCount(string text) => SubCount().IsMatch(text.Trim());

    public enum Note { None, StrayMark, BlankMark, Unreadable, Clipped, TooManyDigits, OcrUnsure, SubCount, OcrInk, OcrReread }

    /// <summary>The provenance kind of a scanned page read by OCR.</summary>
    public const string Scanned = "ocr";

    public static (CellValue Value, Note Note) Parse(Cell cell, string kind)
    {
        var raw = cell.Raw;
        var text = cell.Text.Trim();
        // An uncertain cell is never read: cut at the page edge, or a number OCR did not read with certainty (its
        // reading stays in Raw for reconciling to confirm from the table's identities, docs/ocr.md).
        if (cell.Uncertain && text.Length > 0)
            return (CellValue.Unreadable(raw, cell.Source), cell.Source.Kind == Scanned ? Note.OcrUnsure : Note.Clipped);
        // A scanned cell with ink OCR could not read at all is not blank: null with its finding.
        if (cell.Uncertain && cell.Source.Kind == Scanned) return (CellValue.Unreadable(raw, cell.Source), Note.OcrInk);
        // Nearly every cell is plain digits: read those without the general path's string work.
        if (kind is ValueKinds.Int or ValueKinds.Signed && text.Length is > 0 and <= Reading.InputLimits.MaxValueDigits && !text.AsSpan().ContainsAnyExceptInRange('0', '9'))
            return (CellValue.OfInteger(long.Parse(text, System.Globalization.CultureInfo.InvariantCulture), raw, cell.Source), cell.Reread is null ? Note.None : Note.OcrReread);
        if (text.Length == 0) return (CellValue.Blank(raw, cell.Source), Note.None);
        // A count with its breakdown in brackets, printed on a second line: 5（其中修订2件）. The count is the cell's value.
        if (kind is ValueKinds.Int && SubCount().Match(text) is { Success: true } sub && sub.Groups[1].Value.Length <= Reading.InputLimits.MaxValueDigits)
            return (CellValue.OfInteger(long.Parse(sub.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture), raw, cell.Source), Note.SubCount);
        if (ValueToken.IsBlankMark(text)) return (new CellValue(ValueState.BlankMark, null, null, raw, cell.Source), Note.BlankMark);
        // An amount is its number and unit as printed; a space between the two is not part of it (a PDF's text layer
        // splits 13000元 into two words where the font changes from digits to the unit, docs/format.md §5.0).
        if (kind == ValueKinds.Amount) return (CellValue.OfText(SpaceBeforeUnit().Replace(text, ""), raw, cell.Source), Note.None);

        // Only the stray '?' goes; a space inside a value ("1 2") leaves it unreadable, never joined.
        var stray = text.AsSpan().IndexOfAny('?', '？') >= 0;
        var clean = stray ? text.Replace("?", "").Replace("？", "").Trim() : text;
        // A unit that restates the column's own unit is not part of the number: counts (件, 个, 项…) in count
        // columns, 万元 in the fee column. Any other unit (元 in a 万元 column) leaves the cell unreadable.
        if (kind is ValueKinds.Int or ValueKinds.Signed && clean.Length > 1 && "件个项次条起".Contains(clean[^1])) clean = clean[..^1].TrimEnd();
        else if (kind == ValueKinds.Decimal && clean.EndsWith("万元", StringComparison.Ordinal)) clean = clean[..^2].TrimEnd();
        clean = RemoveThousands(clean);
        var note = stray ? Note.StrayMark : cell.Reread is null ? Note.None : Note.OcrReread;

        switch (kind)
        {
            case ValueKinds.Decimal when IsDecimal(clean):
                return (CellValue.OfText(TrimSign(clean), raw, cell.Source), note);
            case ValueKinds.Signed when (clean.StartsWith('+') || clean.StartsWith('-')) && IsDigits(clean.AsSpan(1)):
            case ValueKinds.Signed or ValueKinds.Int when IsDigits(clean):
                if (long.TryParse(clean, out var n)) return (CellValue.OfInteger(n, raw, cell.Source), note);
                break;
        }
        return (CellValue.Unreadable(raw, cell.Source), IsLongNumber(clean) ? Note.TooManyDigits : Note.Unreadable);
    }

    static bool IsDigits(ReadOnlySpan<char> s) => s.Length is > 0 and <= Reading.InputLimits.MaxValueDigits && !s.ContainsAnyExceptInRange('0', '9');

    /// <summary>A number in every other respect, but with more digits than a value may hold.</summary>
    static bool IsLongNumber(string s)
    {
        var t = s.AsSpan().TrimStart("+-");
        var dot = t.IndexOf('.');
        var digits = t.Length - (dot < 0 ? 0 : 1);
        return digits > Reading.InputLimits.MaxValueDigits && (dot < 0 ? !t.ContainsAnyExceptInRange('0', '9')
            : !t[..dot].ContainsAnyExceptInRange('0', '9') && !t[(dot + 1)..].ContainsAnyExceptInRange('0', '9'));
    }

    static bool IsDecimal(string s)
    {
        var dot = s.IndexOf('.');
        return dot < 0 ? IsDigits(s) : IsDigits(s.AsSpan(0, dot)) && IsDigits(s.AsSpan(dot + 1));
    }

    static string TrimSign(string s) => s.StartsWith('+') ? s[1..] : s;

    /// <summary>Removes commas only where they separate groups of three digits (1,024 → 1024).</summary>
    static string RemoveThousands(string s)
    {
        if (!s.Contains(',')) return s;
        var parts = s.Split(',');
        for (var i = 1; i < parts.Length; i++)
        {
            var digits = parts[i].Split('.')[0];
            if (digits.Length != 3 || !IsDigits(digits)) return s;
        }
        return string.Concat(parts);
    }
}
