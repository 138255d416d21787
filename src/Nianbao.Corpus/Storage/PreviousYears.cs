using System.Data;
using System.Data.Common;
using Nianbao.Corpus.Import;

namespace Nianbao.Corpus.Storage;

/// <summary>
/// Which report is "the previous year" of another (docs/corpus.md "Cross-year rules"): same agency, year − 1, the
/// same scope when both state one (an unknown scope pairs with either); several candidates → the exact scope first,
/// then the smallest SHA-256, so every importer, in any order, picks the same one. One rule (<see cref="Pick"/>)
/// serves the lookup during a check, an import's reports not yet stored (<see cref="ImportYears"/>) and the
/// whole-corpus pass that finds stale cross-year findings.
/// </summary>
static class PreviousYears
{
    /// <summary>The previous year among <paramref name="candidates"/> (reports of the agency's year before) for a
    /// report of <paramref name="scope"/>: the exact scope first, else one whose scope or the report's is unknown;
    /// among those the smallest SHA-256. Null when none may pair.</summary>
    public static T? Pick<T>(IEnumerable<T> candidates, string? scope, Func<T, string> sha, Func<T, string?> scopeOf) where T : class
    {
        T? exact = null, open = null;
        foreach (var c in candidates)
        {
            var s = scopeOf(c);
            if (s == scope && (exact is null || string.CompareOrdinal(sha(c), sha(exact)) < 0)) exact = c;
            if ((s is null || scope is null) && (open is null || string.CompareOrdinal(sha(c), sha(open)) < 0)) open = c;
        }
        return exact ?? open;
    }

    /// <summary>A stored report as a candidate previous year.</summary>
    internal sealed record Stored(long Id, string ParserVersion, string Sha, string? Scope)
    {
        public PreviousRef Ref => new(Id, ParserVersion);
    }

    /// <summary>The stored reports of an agency's year.</summary>
    public static List<Stored> Candidates(DbConnection c, DbTransaction? tx, long agencyId, int year)
    {
        using var cmd = Db.Reused(c, tx, "SELECT r.id, r.parser_version, s.sha256, r.scope FROM reports r JOIN sources s ON s.id = r.source_id WHERE r.agency_id = @agency AND r.year = @year");
        Db.Param(cmd, "agency", agencyId);
        Db.Param(cmd, "year", year);
        using var r = cmd.ExecuteReader();
        var list = new List<Stored>();
        while (r.Read()) list.Add(new Stored(r.GetInt64(0), r.GetString(1), r.GetString(2), Db.Str(r, 3)));
        return list;
    }

    /// <summary>The previous-year report of (agency, year, scope), or null.</summary>
    public static PreviousRef? Find(DbConnection c, DbTransaction? tx, long agencyId, int year, string? scope) =>
        Pick(Candidates(c, tx, agencyId, year - 1), scope, x => x.Sha, x => x.Scope)?.Ref;

    /// <summary>Reports whose recorded previous-year report (id and parser version) is not the one the corpus now holds.
    /// Read agency by agency (one agency's reports in memory at a time).</summary>
    public static List<(long ReportId, PreviousRef? Expected)> Stale(DbConnection c)
    {
        var stale = new List<(long, PreviousRef?)>();
        var agency = new List<(Stored Report, int? Year, PreviousRef? Recorded)>();
        long? current = null;
        void Check()
        {
            var byYear = agency.Where(x => x.Year is not null).ToLookup(x => x.Year, x => x.Report);
            foreach (var (report, year, recorded) in agency)
            {
                var expected = current is null || year is null ? null : Pick(byYear[year - 1], report.Scope, x => x.Sha, x => x.Scope)?.Ref;
                if (recorded != expected) stale.Add((report.Id, expected));
            }
            agency.Clear();
        }
        using var cmd = Db.Command(c, null, """
            SELECT r.id, r.parser_version, s.sha256, r.scope, r.agency_id, r.year, r.previous_id, r.previous_parser
            FROM reports r JOIN sources s ON s.id = r.source_id ORDER BY r.agency_id, r.year
            """);
        using var r = cmd.ExecuteReader();
        while (r.Read())
        {
            var id = Db.Long(r, 4);
            if (id != current || id is null) { Check(); current = id; }
            agency.Add((new Stored(r.GetInt64(0), r.GetString(1), r.GetString(2), Db.Str(r, 3)), Db.Long(r, 5) is long y ? (int)y : null,
                Db.Long(r, 6) is long p ? new PreviousRef(p, Db.Str(r, 7) ?? "") : null));
        }
        Check();
        return stale;
    }
}
