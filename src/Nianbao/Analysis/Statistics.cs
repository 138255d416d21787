using System.Collections.Concurrent;
using Nianbao.Template;

namespace Nianbao.Analysis;

/// <summary>One report for the metrics: the group it falls in and its integer cells.</summary>
/// <param name="GroupKey">The group's key (a year, a level, a region code), or null when unknown.</param>
/// <param name="GroupLabel">The group's display name, or null when it is the key.</param>
/// <param name="Cells">The report's integer cells.</param>
public sealed record StatsItem(string? GroupKey, string? GroupLabel, ReportCells Cells);

/// <summary>
/// Computes <see cref="MetricCatalog"/> over reports (docs/metrics.md): per group, each metric's numerator and
/// denominator are summed over the reports that can be counted and divided once; below the minimum denominator no
/// rate is given. Streaming: memory holds the sums, not the reports.
/// </summary>
public static class Statistics
{
    /// <summary>The default minimum denominator: no rate on fewer than 20 applications (or cases).</summary>
    public const long DefaultMinimumDenominator = 20;

    /// <summary>Sums the metrics over the reports, per group and overall.</summary>
    /// <param name="items">The reports with their groups (any number, streamed).</param>
    /// <param name="by">What the groups are (recorded in the result).</param>
    /// <param name="template">The template (which cells each format prints).</param>
    /// <param name="minimumDenominator">No rate below this denominator.</param>
    /// <returns>The groups in key order and the overall values.</returns>
    public static StatsResult Compute(IEnumerable<StatsItem> items, StatsDimension by, ReportTemplate template, long minimumDenominator = DefaultMinimumDenominator)
    {
        var groups = new Dictionary<string, Sums>();
        var overall = new Sums(null, null, minimumDenominator);
        var needs = new ConcurrentDictionary<FormatId, (CellRef[] Num, CellRef[] Den)[]>();
        foreach (var item in items)
        {
            var need = item.Cells.Format is { } f ? needs.GetOrAdd(f, x => Needs(template, x)) : null;
            overall.Add(item.Cells, need);
            if (by == StatsDimension.None) continue;
            var key = item.GroupKey ?? "";
            if (!groups.TryGetValue(key, out var g)) groups[key] = g = new Sums(item.GroupKey, item.GroupLabel, null);
            g.Add(item.Cells, need);
        }
        var ordered = groups.Values.OrderBy(g => g.Key is null).ThenBy(g => g.Key, StringComparer.Ordinal).Select(g => g.Result(minimumDenominator)).ToList();
        return new StatsResult(by, minimumDenominator, ordered, overall.Result(minimumDenominator))
        {
            Distribution = MetricCatalog.All.Select((m, i) => (m, i)).Where(x => x.m.Unit == MetricUnit.Percent)
                .ToDictionary(x => x.m.Key, x => (IReadOnlyList<int>)overall.Bins![x.i]),
        };
    }

    /// <summary>One report's own numerator and denominator of each metric (for a dataset row: sum them over reports,
    /// then divide); a metric the report cannot be counted for has <see cref="MetricValue.Counted"/> 0.</summary>
    /// <param name="cells">The report's integer cells.</param>
    /// <param name="template">The template.</param>
    /// <returns>One value per metric of <see cref="MetricCatalog.All"/>, in its order.</returns>
    public static IReadOnlyList<MetricValue> OfReport(ReportCells cells, ReportTemplate template) =>
        Compute([new StatsItem(null, null, cells)], StatsDimension.None, template, 1).Overall.Metrics;

    /// <summary>For each metric, the numerator and denominator cells a format prints (empty when it prints none of the denominator).</summary>
    static (CellRef[] Num, CellRef[] Den)[] Needs(ReportTemplate template, FormatId format)
    {
        bool Prints(CellRef c) => template.Table(c.Table, format) is { } def
            && def.RowsFor(format).FirstOrDefault(r => r.Key == c.Row) is { } row && def.ColumnsOf(row).Any(col => col.Key == c.Column);
        return MetricCatalog.All.Select(m => (m.Numerator.Where(Prints).ToArray(), m.Denominator.Where(Prints).ToArray())).ToArray();
    }

    /// <summary>Sums of one group; with a minimum, also the histogram of the reports' own rates (10 bins of 10 points,
    /// the last one holding 90 % and above) over the reports whose own denominator reaches the minimum.</summary>
    sealed class Sums(string? key, string? label, long? binMinimum)
    {
        public int[][]? Bins { get; } = binMinimum is null ? null : MetricCatalog.All.Select(_ => new int[10]).ToArray();
        public string? Key => key;
        int reports;
        readonly long[] num = new long[MetricCatalog.All.Count], den = new long[MetricCatalog.All.Count];
        readonly int[] counted = new int[MetricCatalog.All.Count];

        public void Add(ReportCells cells, (CellRef[] Num, CellRef[] Den)[]? need)
        {
            reports++;
            if (need is null) return;
            for (var m = 0; m < need.Length; m++)
            {
                var (n, d) = need[m];
                if (n.Length == 0 || d.Length == 0) continue;
                long sn = 0, sd = 0;
                var ok = true;
                foreach (var c in n) if (cells.Integers.TryGetValue(c, out var v)) sn += v; else { ok = false; break; }
                if (ok) foreach (var c in d) if (cells.Integers.TryGetValue(c, out var v)) sd += v; else { ok = false; break; }
                if (!ok) continue;
                num[m] += sn; den[m] += sd; counted[m]++;
                if (Bins is not null && sd > 0 && sd >= binMinimum) Bins[m][(int)Math.Clamp(sn * 10 / sd, 0, 9)]++;
            }
        }

        public StatsGroup Result(long minimum) => new(key, label, reports, MetricCatalog.All.Select((m, i) =>
        {
            var status = counted[i] == 0 ? MetricStatus.NoData : den[i] < minimum || den[i] == 0 ? MetricStatus.BelowMinimum : MetricStatus.Rate;
            decimal? rate = status == MetricStatus.Rate ? num[i] * 100m / den[i] : null;
            return new MetricValue(m.Key, num[i], den[i], counted[i], reports - counted[i], rate, status);
        }).ToList());
    }
}
