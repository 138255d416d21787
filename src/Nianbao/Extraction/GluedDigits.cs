using Nianbao.Documents;
using Nianbao.Model;
using Nianbao.Template;

namespace Nianbao.Extraction;

/// <summary>
/// The reading side of run-together rows (issue 3 §5): a crawler dump that lost every cell separator glues a
/// row's digits to its label (`行政规范性文件70108`) or prints them as one value cell (`label | 611100000072`).
/// Split splits the trailing number off a label cell; IsPending says a row's value cells are one such run, left
/// as a <see cref="DigitRun"/> for the reconciling stage to segment from the table's identities.
/// </summary>
internal static class GluedDigits
{
    /// <summary>Finding code of a row whose values are one digit run awaiting segmentation.</summary>
    public const string PendingCode = "NB-P-RUN-TOGETHER";

    /// <summary>
    /// Splits a trailing number (digits, with '.' or ',' inside for a single amount; 2019's signs inside and an
    /// amount's unit at the end of a run) off a label cell. The label part must still be a label (not end in a digit);
    /// the caller checks that it matches the same row.
    /// </summary>
    public static (Cell Label, Cell Digits)? Split(Cell cell)
    {
        var text = cell.Text.TrimEnd();
        // An amount's unit ends the run (2019's 采购总金额: 政府集中采购113000元).
        var start = text.Length - UnitLength(text);
        // A sign inside the run belongs to it (2019's 本年增/减: 行政强制7-131).
        while (start > 0 && (char.IsAsciiDigit(text[start - 1]) || text[start - 1] is '.' or ','
                             || (text[start - 1] is '+' or '-' && start < text.Length && char.IsAsciiDigit(text[start]))))
            start--;
        while (start < text.Length && !char.IsAsciiDigit(text[start])) start++;
        if (start == text.Length || start == 0) return null;
        var labelText = text[..start];
        if (Normalizing.LabelKey.Of(labelText).Length == 0) return null;
        var digits = text[start..];

        // Locate the same characters in the original text for provenance (full-width digits are one character too).
        var raw = cell.Raw.TrimEnd();
        var rawStart = raw.Length - digits.Length;
        var source = cell.Source;
        var rawDigits = digits;
        if (rawStart > 0 && Same(raw.AsSpan(rawStart), digits))
        {
            rawDigits = raw[rawStart..];
            if (source.Kind == "text" && source.Column is int col)
                source = source with { Column = col + rawStart, Length = digits.Length };
        }
        else rawStart = raw.Length;
        return (new Cell(raw[..rawStart], labelText, cell.Source), new Cell(rawDigits, digits, source));
    }

    /// <summary>The original characters of a run: each the matching copy's character, or its full-width form.</summary>
    static bool Same(ReadOnlySpan<char> raw, string text)
    {
        for (var k = 0; k < raw.Length; k++)
            if (raw[k] != text[k] && !(raw[k] >= '\uFF01' && raw[k] <= '\uFF5E' && raw[k] - 0xFEE0 == text[k])) return false;
        return true;
    }

    /// <summary>The length of an amount's unit at the end of a run of digits (元, 万元, 亿元), or 0.</summary>
    static int UnitLength(string text)
    {
        foreach (var unit in Tokenizing.ValueToken.AmountUnits)
            if (text.Length > unit.Length && text.EndsWith(unit, StringComparison.Ordinal) && char.IsAsciiDigit(text[^(unit.Length + 1)]))
                return unit.Length;
        return 0;
    }

    /// <summary>
    /// True when a row's value cells are a single run of digits that can hold the row's columns: one non-empty cell
    /// (others are pipe padding), only ASCII digits (and the signs, points and unit the row's kinds allow, see
    /// IsRun), at least one digit per column, fewer cells than columns.
    /// A row with several number cells lost blanks, not separators, and is left to the row-count rule (§9.3 step 9).
    /// </summary>
    public static bool IsPending(IReadOnlyList<Cell> cells, int columns, IReadOnlyList<string>? kinds = null)
    {
        if (columns < 2 || cells.Count >= columns) return false;
        Cell? run = null;
        foreach (var c in cells)
        {
            if (c.IsEmpty) continue;
            if (run is not null) return false;
            run = c;
        }
        if (run is null) return false;
        var digits = run.Text.Trim();
        return Digits(digits) >= columns && digits.Length <= MaxRun(columns) && IsRun(digits, kinds);
    }

    static int Digits(string text)
    {
        var n = 0;
        foreach (var c in text) if (char.IsAsciiDigit(c)) n++;
        return n;
    }

    /// <summary>Digits only, or, where the row has such cells, signs inside the run (signed), points (decimal,
    /// amount) and an amount's unit at its end: what the reconciling stage can split by the cells' kinds.</summary>
    static bool IsRun(string text, IReadOnlyList<string>? kinds)
    {
        if (!text.AsSpan().ContainsAnyExceptInRange('0', '9')) return true;   // digits only (an enumerator per call cost more)
        if (kinds is null || text.Length == 0 || !char.IsAsciiDigit(text[0])) return false;
        var unit = UnitLength(text);
        if (unit > 0 && !kinds.Contains(ValueKinds.Amount)) return false;
        foreach (var c in text.AsSpan(0, text.Length - unit))
            if (!char.IsAsciiDigit(c)
                && !(c is '+' or '-' && kinds.Contains(ValueKinds.Signed))
                && !(c == '.' && (kinds.Contains(ValueKinds.Decimal) || kinds.Contains(ValueKinds.Amount))))
                return false;
        return true;
    }

    /// <summary>The longest digit run that can hold <paramref name="columns"/> values (the digit-run limit,
    /// docs/limits.md): a longer one cannot be split into the row's cells and is not searched.</summary>
    public static int MaxRun(int columns) => columns * Reading.InputLimits.MaxValueDigits;

    /// <summary>True when a row's value cells are one digit run too long for its columns.</summary>
    public static bool IsTooLong(IReadOnlyList<Cell> cells, int columns) =>
        cells.Count(c => !c.IsEmpty) == 1 && RunOf(cells).Text.Trim() is var digits
        && digits.Length > MaxRun(columns) && !digits.AsSpan().ContainsAnyExceptInRange('0', '9');

    /// <summary>The digit run of a pending row.</summary>
    public static Cell RunOf(IReadOnlyList<Cell> cells) => cells.First(c => !c.IsEmpty);
}
