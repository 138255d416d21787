using Nianbao.Analysis;
using Nianbao.Corpus.Agencies;
using Nianbao.Corpus.Query;
using Nianbao.Corpus.Storage;
using Nianbao.Model;
using Nianbao.Template;

namespace Nianbao.Corpus.Analysis;

/// <summary>
/// The metrics of docs/metrics.md over a corpus or over parsed reports, grouped by year, level, type or province: the
/// library's <see cref="Statistics"/> fed from the stored values (streamed, one report's cells at a time) or from
/// reports read from files. The one entry point for `nianbao stats` and the web app's statistics page.
/// </summary>
public static class CorpusStatistics
{
    /// <summary>The metrics of the corpus's reports that pass the filter.</summary>
    /// <param name="db">The corpus.</param>
    /// <param name="filter">Which reports (the filters of list and export).</param>
    /// <param name="by">The grouping.</param>
    /// <param name="minimumDenominator">No rate below this denominator.</param>
    /// <returns>The statistics.</returns>
    public static StatsResult Compute(CorpusDb db, ReportFilter filter, StatsDimension by, long minimumDenominator = Statistics.DefaultMinimumDenominator) =>
        Statistics.Compute(Items(db, filter, by), by, ReportTemplate.Embedded, minimumDenominator);

    /// <summary>The metrics of reports read from files; the province comes from the agency's name.</summary>
    /// <param name="reports">Parsed reports.</param>
    /// <param name="by">The grouping.</param>
    /// <param name="minimumDenominator">No rate below this denominator.</param>
    /// <returns>The statistics.</returns>
    public static StatsResult Compute(IEnumerable<Report> reports, StatsDimension by, long minimumDenominator = Statistics.DefaultMinimumDenominator) =>
        Statistics.Compute(reports.Select(r =>
        {
            var identity = by == StatsDimension.Region ? AgencyIdentity.Of(r.Agency, r.Metadata.GetValueOrDefault(Keys.Metadata.Issuer)?.Value) : null;
            var (key, label) = Group(by, r.Year, r.Profile?.Level, r.Profile?.Type, identity?.Region?.Code);
            return new StatsItem(key, label, ReportCells.Of(r));
        }), by, ReportTemplate.Embedded, minimumDenominator);

    static (string? Key, string? Label) Group(StatsDimension by, int? year, string? level, string? type, string? region) => by switch
    {
        StatsDimension.Year => (year?.ToString(System.Globalization.CultureInfo.InvariantCulture), null),
        StatsDimension.Level => (level, null),
        StatsDimension.Type => (type, null),
        StatsDimension.Region when region is { Length: >= 2 } => (region[..2], Divisions.ByCode(region[..2] + "0000")?.Name),
        _ => (null, null),
    };

    /// <summary>Each filtered report's group and integer cells, streamed: the report rows and their values in one pass each, in id order.</summary>
    static IEnumerable<StatsItem> Items(CorpusDb db, ReportFilter filter, StatsDimension by)
    {
        using var values = db.Connect();
        using var cmd = values.CreateCommand();
        cmd.CommandText = $"SELECT report_id, table_key, row_key, column_key, value_int FROM report_values WHERE value_int IS NOT NULL AND report_id IN ({CorpusQuery.Ids(cmd, filter)}) ORDER BY report_id";
        using var v = cmd.ExecuteReader();
        var hasValue = v.Read();
        foreach (var r in CorpusQuery.Reports(db, filter))
        {
            var cells = new Dictionary<CellRef, long>();
            while (hasValue && v.GetInt64(0) < r.Id) hasValue = v.Read();
            for (; hasValue && v.GetInt64(0) == r.Id; hasValue = v.Read())
                cells[new CellRef(v.GetString(1), v.GetString(2), v.GetString(3))] = v.GetInt64(4);
            var (key, label) = Group(by, r.Year, r.Level, r.Type, r.RegionCode);
            yield return new StatsItem(key, label, new ReportCells(r.Format is { } f ? new FormatId(f) : null, cells));
        }
    }
}
