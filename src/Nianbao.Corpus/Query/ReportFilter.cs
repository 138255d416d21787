using System.Data.Common;
using System.Text;
using Nianbao.Corpus.Review;
using Nianbao.Corpus.Storage;

namespace Nianbao.Corpus.Query;

/// <summary>
/// Which reports a list, show, export or review covers (docs/corpus.md "Filters"). Every criterion is optional;
/// together they must all hold.
/// </summary>
public sealed record ReportFilter
{
    public int? Year { get; init; }
    /// <summary>An agency id, or part of its name or of a name it was printed under.</summary>
    public string? Agency { get; init; }
    /// <summary>The start of the GB/T 2260 code of the agency's area: 62 (甘肃), 6229 (临夏州)…</summary>
    public string? Region { get; init; }
    /// <summary>national | provincial | city | county | township.</summary>
    public string? Level { get; init; }
    /// <summary>government | department | township.</summary>
    public string? Type { get; init; }
    public string? Format { get; init; }
    /// <summary>Reports with at least one finding of this code.</summary>
    public string? Code { get; init; }
    /// <summary>Reports with at least one finding in this review status (open = no decision yet, or left open).</summary>
    public string? Review { get; init; }

    public static readonly ReportFilter All = new();

    /// <summary>The WHERE clause over reports r (joined to agencies a) and its parameters.</summary>
    internal string Where(DbCommand cmd)
    {
        var sql = new StringBuilder("1 = 1");
        if (Year is int y) { sql.Append(" AND r.year = @f_year"); Db.Param(cmd, "f_year", y); }
        if (Agency is { Length: > 0 } agency)
        {
            if (long.TryParse(agency, out var id)) { sql.Append(" AND r.agency_id = @f_agency_id"); Db.Param(cmd, "f_agency_id", id); }
            else
            {
                sql.Append(" AND (a.name LIKE @f_agency OR r.agency_name LIKE @f_agency OR EXISTS (SELECT 1 FROM agency_aliases l WHERE l.agency_id = r.agency_id AND l.alias LIKE @f_agency))");
                Db.Param(cmd, "f_agency", "%" + agency + "%");
            }
        }
        if (Region is { Length: > 0 } region) { sql.Append(" AND a.region_code LIKE @f_region"); Db.Param(cmd, "f_region", region + "%"); }
        if (Level is { Length: > 0 } level) { sql.Append(" AND COALESCE(a.level, r.profile_level) = @f_level"); Db.Param(cmd, "f_level", level); }
        if (Type is { Length: > 0 } type) { sql.Append(" AND COALESCE(a.type, r.profile_type) = @f_type"); Db.Param(cmd, "f_type", type); }
        if (Format is { Length: > 0 } format) { sql.Append(" AND r.format = @f_format"); Db.Param(cmd, "f_format", format); }
        if (Code is { Length: > 0 } code) { sql.Append(" AND EXISTS (SELECT 1 FROM findings f WHERE f.report_id = r.id AND f.code = @f_code)"); Db.Param(cmd, "f_code", code); }
        if (Review is { Length: > 0 } review)
        {
            var status = Decisions.Parse(review) ?? throw new ArgumentException($"unknown review status {review}");
            sql.Append(status == Decisions.Open
                ? " AND EXISTS (SELECT 1 FROM findings f LEFT JOIN review_decisions d ON d.report_id = f.report_id AND d.code = f.code AND d.location_key = f.location_key WHERE f.report_id = r.id AND (d.status IS NULL OR d.status = 'open'))"
                : " AND EXISTS (SELECT 1 FROM review_decisions d WHERE d.report_id = r.id AND d.status = @f_review)");
            Db.Param(cmd, "f_review", status);
        }
        return sql.ToString();
    }
}
