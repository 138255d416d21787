using Nianbao.Documents;
using Nianbao.Model;

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
    /// Splits a trailing number (digits, with '.' or ',' inside for a single amount) off a label cell. The label part
    /// must still be a label (not end in a digit); the caller checks that it matches the same row.
    /// </summary>
    public static (Cell Label, Cell Digits)? Split(Cell cell)
    {
        var text = cell.Text.TrimEnd();
        var start = text.Length;
        while (start > 0 && (char.IsAsciiDigit(text[start - 1]) || text[start - 1] is '.' or ','))
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
        if (rawStart > 0 && raw[rawStart..].All(c => char.IsDigit(c) || c is '.' or ',' or '．' or '，'))
        {
            rawDigits = raw[rawStart..];
            if (source.Kind == "text" && source.Column is int col)
                source = source with { Column = col + rawStart, Length = digits.Length };
        }
        else rawStart = raw.Length;
        return (new Cell(raw[..rawStart], labelText, cell.Source), new Cell(rawDigits, digits, source));
    }

    /// <summary>
    /// True when a row's value cells are a single run of digits that can hold the row's columns: one non-empty cell
    /// (others are pipe padding), only ASCII digits, at least one digit per column, fewer cells than columns.
    /// A row with several number cells lost blanks, not separators, and is left to the row-count rule (§9.3 step 9).
    /// </summary>
    public static bool IsPending(IReadOnlyList<Cell> cells, int columns)
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
        return digits.Length >= columns && digits.Length <= MaxRun(columns) && digits.All(char.IsAsciiDigit);
    }

    /// <summary>The longest digit run that can hold <paramref name="columns"/> values (the digit-run limit,
    /// docs/limits.md): a longer one cannot be split into the row's cells and is not searched.</summary>
    public static int MaxRun(int columns) => columns * Reading.InputLimits.MaxValueDigits;

    /// <summary>True when a row's value cells are one digit run too long for its columns.</summary>
    public static bool IsTooLong(IReadOnlyList<Cell> cells, int columns) =>
        cells.Count(c => !c.IsEmpty) == 1 && RunOf(cells).Text.Trim() is var digits
        && digits.Length > MaxRun(columns) && digits.All(char.IsAsciiDigit);

    /// <summary>The digit run of a pending row.</summary>
    public static Cell RunOf(IReadOnlyList<Cell> cells) => cells.First(c => !c.IsEmpty);
}
