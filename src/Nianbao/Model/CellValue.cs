namespace Nianbao.Model;

/// <summary>How a cell was read.</summary>
public enum ValueState
{
    /// <summary>A number read with certainty.</summary>
    Read,
    /// <summary>The cell is present and empty.</summary>
    Blank,
    /// <summary>The cell holds a mark such as —, / or 无 instead of a number.</summary>
    BlankMark,
    /// <summary>The row or table was not found in the source.</summary>
    Absent,
    /// <summary>Something is there but cannot be read with certainty (a finding says why).</summary>
    Unreadable,
    /// <summary>Inferred from the table's own identities (checking stage; a finding says how).</summary>
    Inferred,
}

/// <summary>
/// One value of the canonical report: an integer, a decimal/amount string exactly as printed, or null.
/// Blank is never 0. Raw and Source say where it came from.
/// </summary>
public sealed record CellValue(ValueState State, long? Integer, string? Text, string? Raw, Provenance? Source)
{
    /// <summary>True when there is a value: an integer or a printed decimal/amount (never for blank, absent or unreadable cells).</summary>
    public bool HasValue => Integer is not null || Text is not null;

    /// <summary>The value as a number for arithmetic, or null.</summary>
    public decimal? Number => Integer is long i ? i
        : decimal.TryParse(Text, System.Globalization.NumberStyles.Number, System.Globalization.CultureInfo.InvariantCulture, out var d) ? d : null;

    /// <summary>The value of a cell whose row or table was not found.</summary>
    public static CellValue Absent { get; } = new(ValueState.Absent, null, null, null, null);

    /// <summary>An integer read with certainty from its printed text <paramref name="raw"/>.</summary>
    public static CellValue OfInteger(long value, string raw, Provenance? source) => new(ValueState.Read, value, null, raw, source);
    /// <summary>A decimal or amount read with certainty, kept as the printed text <paramref name="value"/> (no rounding).</summary>
    public static CellValue OfText(string value, string raw, Provenance? source) => new(ValueState.Read, null, value, raw, source);
    /// <summary>A cell that is present and empty: null, never 0.</summary>
    public static CellValue Blank(string raw, Provenance? source) => new(ValueState.Blank, null, null, raw, source);
    /// <summary>A cell whose text cannot be read with certainty: null, with a finding saying why.</summary>
    public static CellValue Unreadable(string raw, Provenance? source) => new(ValueState.Unreadable, null, null, raw, source);
}
