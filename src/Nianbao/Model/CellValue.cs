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
    public bool HasValue => Integer is not null || Text is not null;

    /// <summary>The value as a number for arithmetic, or null.</summary>
    public decimal? Number => Integer is long i ? i
        : decimal.TryParse(Text, System.Globalization.NumberStyles.Number, System.Globalization.CultureInfo.InvariantCulture, out var d) ? d : null;

    public static CellValue Absent { get; } = new(ValueState.Absent, null, null, null, null);

    public static CellValue OfInteger(long value, string raw, Provenance? source) => new(ValueState.Read, value, null, raw, source);
    public static CellValue OfText(string value, string raw, Provenance? source) => new(ValueState.Read, null, value, raw, source);
    public static CellValue Blank(string raw, Provenance? source) => new(ValueState.Blank, null, null, raw, source);
    public static CellValue Unreadable(string raw, Provenance? source) => new(ValueState.Unreadable, null, null, raw, source);
}
