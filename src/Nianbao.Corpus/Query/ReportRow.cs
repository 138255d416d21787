using System.Data.Common;
using Nianbao.Corpus.Storage;

namespace Nianbao.Corpus.Query;

/// <summary>One report as listed: who, when, what format, how it fared.</summary>
public sealed record ReportRow(
    long Id, string Sha256, string FileName, string? Path, long? AgencyId, string? Agency, string? PrintedAgency, string? RegionCode,
    string? RegionName, string? Level, string? Type, int? Year, string? Format, string? Scope, string? Title, string ParserVersion,
    int Errors, int Warnings, int Infos, string SourceStatus);

/// <summary>Reports of the corpus, filtered, in id order, streamed.</summary>
public static class CorpusQuery
{
    internal const string Columns = """
        r.id, s.sha256, s.file_name, s.path, r.agency_id, a.name, r.agency_name, a.region_code, a.region_name,
        COALESCE(a.level, r.profile_level), COALESCE(a.type, r.profile_type), r.year, r.format, r.scope, r.title, r.parser_version,
        r.errors, r.warnings, r.infos, s.status
        """;

    internal const string From = "FROM reports r JOIN sources s ON s.id = r.source_id LEFT JOIN agencies a ON a.id = r.agency_id";

    public static IEnumerable<ReportRow> Reports(CorpusDb db, ReportFilter filter)
    {
        using var c = db.Connect();
        using var cmd = c.CreateCommand();
        cmd.CommandText = $"SELECT {Columns} {From} WHERE {filter.Where(cmd)} ORDER BY r.id";
        using var r = cmd.ExecuteReader();
        while (r.Read()) yield return Read(r);
    }

    internal static ReportRow Read(DbDataReader r) => new(
        r.GetInt64(0), r.GetString(1), r.GetString(2), Db.Str(r, 3), Db.Long(r, 4), Db.Str(r, 5), Db.Str(r, 6), Db.Str(r, 7), Db.Str(r, 8),
        Db.Str(r, 9), Db.Str(r, 10), Db.Int(r, 11), Db.Str(r, 12), Db.Str(r, 13), Db.Str(r, 14), r.GetString(15),
        Db.Int(r, 16) ?? 0, Db.Int(r, 17) ?? 0, Db.Int(r, 18) ?? 0, r.GetString(19));

    /// <summary>The ids of the filtered reports, as a sub-query for other statements (parameters added to cmd).</summary>
    internal static string Ids(DbCommand cmd, ReportFilter filter) => $"SELECT r.id {From} WHERE {filter.Where(cmd)}";
}
