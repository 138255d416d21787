using System.Data;
using System.Data.Common;
using Nianbao.Corpus.Import;

namespace Nianbao.Corpus.Storage;

/// <summary>
/// Which report is "the previous year" of another (docs/corpus.md "Cross-year rules"): same agency, year − 1, the
/// same scope when both state one (an unknown scope pairs with either); several candidates → the exact scope first,
/// then the smallest SHA-256, so every importer, in any order, picks the same one. One SQL condition serves the
/// lookup during a check and the whole-corpus pass that finds stale cross-year findings.
/// </summary>
static class PreviousYears
{
    // Correlated sub-queries may not order by an outer column in SQLite, so "exact scope first" is two ordered picks.
    static string Pick(string agency, string year, string scope) => $"""
        COALESCE(
          (SELECT p.id FROM reports p JOIN sources ps ON ps.id = p.source_id
           WHERE p.agency_id = {agency} AND p.year = {year} AND (p.scope = {scope} OR (p.scope IS NULL AND {scope} IS NULL))
           ORDER BY ps.sha256 LIMIT 1),
          (SELECT p.id FROM reports p JOIN sources ps ON ps.id = p.source_id
           WHERE p.agency_id = {agency} AND p.year = {year} AND (p.scope IS NULL OR {scope} IS NULL)
           ORDER BY ps.sha256 LIMIT 1))
        """;

    static readonly string Lookup = $"SELECT r.id, r.parser_version FROM reports r WHERE r.id = {Pick("@agency", "@year", "CAST(@scope AS TEXT)")}";

    /// <summary>The previous-year report of (agency, year, scope), or null.</summary>
    public static PreviousRef? Find(DbConnection c, DbTransaction? tx, long agencyId, int year, string? scope)
    {
        using var cmd = Db.Reused(c, tx, Lookup);
        Db.Param(cmd, "agency", agencyId);
        Db.Param(cmd, "year", year - 1);
        Db.Param(cmd, "scope", scope).DbType = DbType.String;
        using var r = cmd.ExecuteReader();
        return r.Read() ? new PreviousRef(r.GetInt64(0), r.GetString(1)) : null;
    }

    /// <summary>Reports whose recorded previous-year report (id and parser version) is not the one the corpus now holds.</summary>
    public static List<(long ReportId, PreviousRef? Expected)> Stale(DbConnection c)
    {
        using var cmd = Db.Command(c, null, $"""
            SELECT x.id, x.previous_id, x.previous_parser, e.id, e.parser_version
            FROM (SELECT r.id, r.previous_id, r.previous_parser, {Pick("r.agency_id", "r.year - 1", "r.scope")} AS expected
                  FROM reports r) x
            LEFT JOIN reports e ON e.id = x.expected
            """);
        using var r = cmd.ExecuteReader();
        var stale = new List<(long, PreviousRef?)>();
        while (r.Read())
        {
            var recorded = Db.Long(r, 1) is long id ? new PreviousRef(id, Db.Str(r, 2) ?? "") : null;
            var expected = Db.Long(r, 3) is long e ? new PreviousRef(e, r.GetString(4)) : null;
            if (recorded != expected) stale.Add((r.GetInt64(0), expected));
        }
        return stale;
    }
}
