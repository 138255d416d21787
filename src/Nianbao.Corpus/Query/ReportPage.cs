using Nianbao.Corpus.Storage;

namespace Nianbao.Corpus.Query;

/// <summary>One page of a filtered, sorted list of reports, and how many match in all.</summary>
public sealed record ReportPage(int Total, int Page, int Size, IReadOnlyList<ReportRow> Rows);

/// <summary>How many reports of one year match a filter, and how many of them have errors.</summary>
public sealed record YearCount(int Year, int Reports, int WithErrors);

/// <summary>
/// The corpus as a browsable table (the web app's corpus page and <c>GET /api/reports</c>): the same filters as
/// list and export, sorted by a known column, a page at a time, counted in the database; and the per-year counts
/// its chart draws.
/// </summary>
public static class CorpusPages
{
    /// <summary>The columns a page may be sorted by, each with its SQL expression.</summary>
    public static readonly IReadOnlyDictionary<string, string> SortColumns = new Dictionary<string, string>
    {
        ["id"] = "r.id", ["agency"] = "a.name", ["region"] = "a.region_code", ["year"] = "r.year", ["level"] = "COALESCE(a.level, r.profile_level)",
        ["type"] = "COALESCE(a.type, r.profile_type)", ["format"] = "r.format", ["errors"] = "r.errors", ["warnings"] = "r.warnings", ["file"] = "s.file_name",
    };

    /// <summary>The largest page.</summary>
    public const int MaxSize = 500;

    /// <summary>Page <paramref name="page"/> (from 1) of the reports matching <paramref name="filter"/>, sorted by
    /// <paramref name="sort"/> (a key of <see cref="SortColumns"/>; ties in id order).</summary>
    /// <param name="db">The corpus.</param>
    /// <param name="filter">Which reports.</param>
    /// <param name="sort">A key of <see cref="SortColumns"/>.</param>
    /// <param name="descending">Largest first.</param>
    /// <param name="page">From 1.</param>
    /// <param name="size">Rows per page, 1 to <see cref="MaxSize"/>.</param>
    /// <returns>The page and the total.</returns>
    /// <exception cref="ArgumentException">An unknown sort key.</exception>
    public static ReportPage Page(CorpusDb db, ReportFilter filter, string sort = "id", bool descending = false, int page = 1, int size = 50)
    {
        if (!SortColumns.TryGetValue(sort, out var column)) throw new ArgumentException($"unknown sort column {sort}", nameof(sort));
        size = Math.Clamp(size, 1, MaxSize);
        page = Math.Max(1, page);
        using var c = db.Connect();
        int total;
        using (var count = c.CreateCommand())
        {
            count.CommandText = $"SELECT COUNT(*) {CorpusQuery.From} WHERE {filter.Where(count)}";
            total = Convert.ToInt32(count.ExecuteScalar(), System.Globalization.CultureInfo.InvariantCulture);
        }
        using var cmd = c.CreateCommand();
        var direction = descending ? "DESC" : "ASC";
        cmd.CommandText = $"SELECT {CorpusQuery.Columns} {CorpusQuery.From} WHERE {filter.Where(cmd)} " +
            $"ORDER BY {column} IS NULL, {column} {direction}, r.id {direction} LIMIT @p_limit OFFSET @p_offset";
        Db.Param(cmd, "p_limit", size);
        Db.Param(cmd, "p_offset", (long)(page - 1) * size);
        var rows = new List<ReportRow>();
        using (var r = cmd.ExecuteReader())
            while (r.Read()) rows.Add(CorpusQuery.Read(r));
        return new ReportPage(total, page, size, rows);
    }

    /// <summary>Reports per year among those matching <paramref name="filter"/>, and how many of them have errors, by year.</summary>
    /// <param name="db">The corpus.</param>
    /// <param name="filter">Which reports.</param>
    /// <returns>One entry per year that has reports (reports without a year left out).</returns>
    public static IReadOnlyList<YearCount> ByYear(CorpusDb db, ReportFilter filter)
    {
        using var c = db.Connect();
        using var cmd = c.CreateCommand();
        cmd.CommandText = $"SELECT r.year, COUNT(*), SUM(CASE WHEN r.errors > 0 THEN 1 ELSE 0 END) {CorpusQuery.From} " +
            $"WHERE {filter.Where(cmd)} AND r.year IS NOT NULL GROUP BY r.year ORDER BY r.year";
        var list = new List<YearCount>();
        using var r = cmd.ExecuteReader();
        while (r.Read()) list.Add(new YearCount(Db.Int(r, 0)!.Value, Db.Int(r, 1) ?? 0, Db.Int(r, 2) ?? 0));
        return list;
    }

    /// <summary>The finding codes present in the corpus, most frequent first (the corpus page's code filter).</summary>
    /// <param name="db">The corpus.</param>
    /// <returns>Code and the number of reports with it.</returns>
    public static IReadOnlyList<(string Code, int Reports)> Codes(CorpusDb db)
    {
        using var c = db.Connect();
        using var cmd = Db.Command(c, null, "SELECT code, COUNT(DISTINCT report_id) FROM findings GROUP BY code ORDER BY 2 DESC, code");
        var list = new List<(string, int)>();
        using var r = cmd.ExecuteReader();
        while (r.Read()) list.Add((r.GetString(0), Db.Int(r, 1) ?? 0));
        return list;
    }
}
