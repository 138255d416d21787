using Nianbao.Template;

namespace Nianbao.Analysis;

/// <summary>How a metric's ratio is shown: a percentage, or a count per 100 of the denominator.</summary>
public enum MetricUnit
{
    /// <summary>Numerator ÷ denominator × 100, shown with %.</summary>
    Percent,
    /// <summary>Numerator ÷ denominator × 100, shown as “per 100”.</summary>
    Per100,
}

/// <summary>
/// One metric (docs/metrics.md): a ratio of two sums of table cells. Over several reports both sums are taken first and
/// divided once — a rate is never averaged. A report counts towards a metric only when every cell of both sums that
/// its format prints holds a number (a blank cell is null, never 0).
/// </summary>
/// <param name="Key">Stable key (JSON, CSV, export columns).</param>
/// <param name="Zh">Chinese name.</param>
/// <param name="En">English name.</param>
/// <param name="Numerator">Cells summed above the line.</param>
/// <param name="Denominator">Cells summed below the line.</param>
/// <param name="Unit">Percent or per 100.</param>
/// <param name="Family">The family a metric belongs to (refusal_mix: the four shares of refusals by reason group), or null.</param>
public sealed record MetricDefinition(string Key, string Zh, string En, IReadOnlyList<CellRef> Numerator,
    IReadOnlyList<CellRef> Denominator, MetricUnit Unit, string? Family = null)
{
    /// <summary>The name in <paramref name="lang"/> ("en", else Chinese).</summary>
    /// <param name="lang">zh or en.</param>
    /// <returns>The metric's name.</returns>
    public string Name(string lang) => lang == "en" ? En : Zh;

    /// <summary>The formula with codebook keys, e.g. (applications.granted.total + …) / applications.total_processed.total × 100.</summary>
    /// <returns>The formula as text.</returns>
    public string Formula() =>
        $"({string.Join(" + ", Numerator)}) / ({string.Join(" + ", Denominator)}) × 100";
}
