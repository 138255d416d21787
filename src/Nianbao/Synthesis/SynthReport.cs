using Nianbao.Model;
using Nianbao.Template;

namespace Nianbao.Synthesis;

/// <summary>One synthetic report: its truth (the report as printed, injected errors included) and what was injected.</summary>
public sealed class SynthReport
{
    /// <summary>The file name stem every rendering of this report shares (u00012-2023).</summary>
    public required string Name { get; init; }
    /// <summary>The report as every rendering prints it: format, year as the title prints it, agency, metadata,
    /// section texts and table values (blank cells blank, missing rows absent, injected errors as printed).</summary>
    public required Report Truth { get; init; }
    /// <summary>The name of the same unit's report of the year before, when the corpus holds it (cross-year rules).</summary>
    public string? Previous { get; init; }
    /// <summary>The errors injected into this report, each with where it is and what the checker should say.</summary>
    public required IReadOnlyList<InjectedError> Errors { get; init; }
    /// <summary>The kind of unit: "province", "city", "county", "department" or "township".</summary>
    public required string UnitKind { get; init; }
}

/// <summary>
/// An error injected into a synthetic report (docs/synthesis.md): its kind (<see cref="InjectedKinds"/>), the cell it is in
/// (null for a wrong year), the value printed there and the true value (null = blank or absent), and the finding codes
/// the checker gives for it.
/// </summary>
/// <param name="Kind">One of <see cref="InjectedKinds"/>.</param>
/// <param name="Cell">The cell printed wrong (the first of two for a split digit), or null.</param>
/// <param name="Printed">What the report prints there (the year for a wrong year), null when blank or absent.</param>
/// <param name="Correct">The true value, null when the truth is blank.</param>
/// <param name="Codes">Finding codes the checker must report at the cell (or the report, for a wrong year).</param>
/// <param name="Others">Further cells the error changed (the second cell of a split digit, the other blanked cells of a blank block) with their printed and true values.</param>
public sealed record InjectedError(string Kind, CellRef? Cell, string? Printed, string? Correct, IReadOnlyList<string> Codes,
    IReadOnlyList<(CellRef Cell, string? Printed, string? Correct)> Others);

/// <summary>The kinds of injected error.</summary>
public static class InjectedKinds
{
    /// <summary>A row total of table 三 printed wrong.</summary>
    public const string WrongTotal = "wrong_total";
    /// <summary>A number split over two cells (18 | 0 printed as 1 | 80).</summary>
    public const string SplitDigit = "split_digit";
    /// <summary>A block of table 三 rows left blank although its true values are not all zero.</summary>
    public const string BlankBlock = "blank_block";
    /// <summary>A row of table 三 left out of the printed table.</summary>
    public const string MissingRow = "missing_row";
    /// <summary>The title's year one after the statistics period's.</summary>
    public const string WrongYear = "wrong_year";
    /// <summary>Table 三's carried-over row not equal to the same unit's carried-forward row of the year before.</summary>
    public const string BrokenCarryOver = "broken_carry_over";
    /// <summary>The narrative states a number of applications the table does not give.</summary>
    public const string NarrativeFigure = "narrative_figure";

    /// <summary>Every kind, in the order the generator considers them.</summary>
    public static IReadOnlyList<string> All { get; } = [WrongTotal, SplitDigit, BlankBlock, MissingRow, WrongYear, BrokenCarryOver, NarrativeFigure];
}
