using Nianbao.Corpus.Storage;
using Nianbao.Model;

namespace Nianbao.Corpus.Query;

/// <summary>A stored finding with its reviewer's decision, if any.</summary>
public sealed record StoredFinding(
    long ReportId, int Ordinal, string Code, Severity Severity, string LocationKey, string? Cells, string MessageZh, string MessageEn,
    string? Decision, string? Comment, string? DecidedBy, DateTime? DecidedAt)
{
    public string Message(string lang) => lang == "en" ? MessageEn : MessageZh;
}

/// <summary>One report of the corpus as `nianbao show` prints it: its row, the report read back, its findings.</summary>
public sealed record StoredReport(ReportRow Row, Report Report, IReadOnlyList<StoredFinding> Findings)
{
    /// <summary>The report with this id, or whose source SHA-256 starts with this text (at least 8 characters);
    /// null when none. Several matches of a hash prefix → an error listing them.</summary>
    public static StoredReport? Find(CorpusDb db, string idOrHash)
    {
        ReportRow? row;
        if (long.TryParse(idOrHash, out var id) && idOrHash.Length < 8)
            row = CorpusQuery.Reports(db, ReportFilter.All).FirstOrDefault(r => r.Id == id);
        else
        {
            var prefix = idOrHash.ToLowerInvariant();
            var hits = CorpusQuery.Reports(db, ReportFilter.All).Where(r => prefix.Length >= 8 && r.Sha256.StartsWith(prefix, StringComparison.Ordinal)).Take(5).ToList();
            if (hits.Count > 1) throw new CorpusException("NB-DB-TARGET", ("path", idOrHash), ("reason", "several reports: " + string.Join(", ", hits.Select(h => h.Id))));
            row = hits.FirstOrDefault() ?? (long.TryParse(idOrHash, out id) ? CorpusQuery.Reports(db, ReportFilter.All).FirstOrDefault(r => r.Id == id) : null);
        }
        if (row is null) return null;
        using var c = db.Connect();
        var report = ReportLoader.Load(c, null, row.Id)!;
        return new StoredReport(row, report, FindingsOf(c, $"f.report_id = {row.Id}"));
    }

    internal static List<StoredFinding> FindingsOf(System.Data.Common.DbConnection c, string where, System.Data.Common.DbCommand? prepared = null)
    {
        using var cmd = prepared ?? c.CreateCommand();
        cmd.CommandText = $"""
            SELECT f.report_id, f.ordinal, f.code, f.severity, f.location_key, f.cells, f.message_zh, f.message_en,
                   d.status, d.comment, d.decided_by, d.decided_at
            FROM findings f LEFT JOIN review_decisions d ON d.report_id = f.report_id AND d.code = f.code AND d.location_key = f.location_key
            WHERE {where} ORDER BY f.report_id, f.ordinal
            """;
        using var r = cmd.ExecuteReader();
        var list = new List<StoredFinding>();
        while (r.Read())
            list.Add(new StoredFinding(r.GetInt64(0), r.GetInt32(1), r.GetString(2), Enum.Parse<Severity>(r.GetString(3), true), r.GetString(4),
                Db.Str(r, 5), r.GetString(6), r.GetString(7), Db.Str(r, 8), Db.Str(r, 9), Db.Str(r, 10),
                r.IsDBNull(11) ? null : Convert.ToDateTime(r.GetValue(11), System.Globalization.CultureInfo.InvariantCulture)));
        return list;
    }
}
