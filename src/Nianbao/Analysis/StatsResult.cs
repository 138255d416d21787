namespace Nianbao.Analysis;

/// <summary>Whether a metric's rate could be given.</summary>
public enum MetricStatus
{
    /// <summary>The rate is given.</summary>
    Rate,
    /// <summary>The denominator is below the minimum (<see cref="StatsResult.MinimumDenominator"/>): no rate on a tiny sample.</summary>
    BelowMinimum,
    /// <summary>No report of the group could be counted (each lacks a cell the metric needs, or has no tables).</summary>
    NoData,
}

/// <summary>One metric over one group: the summed numerator and denominator, and the rate from them.</summary>
/// <param name="Key">The metric's key (<see cref="MetricDefinition.Key"/>).</param>
/// <param name="Numerator">Sum of the numerator cells over the counted reports.</param>
/// <param name="Denominator">Sum of the denominator cells over the counted reports.</param>
/// <param name="Counted">Reports counted.</param>
/// <param name="Excluded">Reports of the group left out because a cell the metric needs holds no number (or the report has no tables).</param>
/// <param name="Rate">Numerator ÷ denominator × 100, or null when <paramref name="Status"/> is not <see cref="MetricStatus.Rate"/>.</param>
/// <param name="Status">Whether the rate is given, and why not.</param>
public sealed record MetricValue(string Key, long Numerator, long Denominator, int Counted, int Excluded, decimal? Rate, MetricStatus Status);

/// <summary>The metrics of one group of reports (one year, one level…).</summary>
/// <param name="Key">The group's key (2023, county, 62…), or null for reports the grouping knows nothing of.</param>
/// <param name="Label">The group's name for display (甘肃省 for 62), or null when it is the key itself or unknown.</param>
/// <param name="Reports">Reports in the group.</param>
/// <param name="Metrics">Every metric of <see cref="MetricCatalog.All"/>, in its order.</param>
public sealed record StatsGroup(string? Key, string? Label, int Reports, IReadOnlyList<MetricValue> Metrics)
{
    /// <summary>The value of one metric.</summary>
    /// <param name="key">A metric key.</param>
    /// <returns>The metric's value in this group.</returns>
    public MetricValue Metric(string key) => Metrics.First(m => m.Key == key);
}

/// <summary>What `nianbao stats` computes: the groups in key order and all reports together.</summary>
/// <param name="By">The grouping (<see cref="StatsDimension"/>).</param>
/// <param name="MinimumDenominator">No rate is given on a denominator below this.</param>
/// <param name="Groups">One per group value, in key order (unknown last); empty when not grouped.</param>
/// <param name="Overall">Every report together.</param>
public sealed record StatsResult(StatsDimension By, long MinimumDenominator, IReadOnlyList<StatsGroup> Groups, StatsGroup Overall)
{
    /// <summary>For each percentage metric, how many reports have their own rate in each tenth (0–10 %, …, 90 % and
    /// above), counting only reports whose own denominator reaches <see cref="MinimumDenominator"/>: the distribution
    /// across the reports, never mixed into the summed rates.</summary>
    public IReadOnlyDictionary<string, IReadOnlyList<int>> Distribution { get; init; } = new Dictionary<string, IReadOnlyList<int>>();
}

/// <summary>What reports are grouped by.</summary>
public enum StatsDimension
{
    /// <summary>Not grouped: all reports together.</summary>
    None,
    /// <summary>The report year.</summary>
    Year,
    /// <summary>The issuer's level (national, provincial, city, county, township).</summary>
    Level,
    /// <summary>The issuer's type (government, department, township).</summary>
    Type,
    /// <summary>The issuer's province (the first two digits of its region code).</summary>
    Region,
}
