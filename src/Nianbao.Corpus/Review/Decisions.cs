using Nianbao.Corpus.Storage;

namespace Nianbao.Corpus.Review;

/// <summary>
/// Reviewers' decisions on findings (docs/corpus.md "Review"): open, confirmed or dismissed, with a comment, who and
/// when. A decision is keyed by report, finding code and location (table.row.column, section, or the whole report),
/// not by the finding row, so it survives re-checks and parser upgrades, which replace a report's findings.
/// </summary>
public static class Decisions
{
    public const string Open = "open";
    public const string Confirmed = "confirmed";
    public const string Dismissed = "dismissed";
    public static readonly string[] Statuses = [Open, Confirmed, Dismissed];

    /// <summary>"确认"/"confirmed"/"排除"… → a status, or null when the text is not one.</summary>
    public static string? Parse(string? text) => text?.Trim().ToLowerInvariant() switch
    {
        null or "" => null,
        "open" or "待定" or "待处理" or "未处理" => Open,
        "confirmed" or "confirm" or "确认" or "属实" => Confirmed,
        "dismissed" or "dismiss" or "排除" or "不属实" or "忽略" => Dismissed,
        _ => null,
    };

    public static string Label(string status, string lang) => (status, lang) switch
    {
        (Confirmed, "en") => "confirmed",
        (Dismissed, "en") => "dismissed",
        (_, "en") => "open",
        (Confirmed, _) => "确认",
        (Dismissed, _) => "排除",
        _ => "待定",
    };

    /// <summary>Records (or replaces) a decision. Returns false when the report has no such finding now.</summary>
    public static bool Set(CorpusDb db, long reportId, string code, string locationKey, string status, string? comment, string? by)
    {
        if (!Statuses.Contains(status)) throw new ArgumentException($"unknown decision status {status}", nameof(status));
        using var c = db.Connect();
        using var tx = c.BeginTransaction();
        var exists = Db.Scalar(c, tx, "SELECT COUNT(*) FROM findings WHERE report_id = @r AND code = @c AND location_key = @l",
            ("r", reportId), ("c", code), ("l", locationKey));
        if (Convert.ToInt64(exists, System.Globalization.CultureInfo.InvariantCulture) == 0) return false;
        using var cmd = Db.Command(c, tx, """
            INSERT INTO review_decisions (report_id, code, location_key, status, comment, decided_by, decided_at)
            VALUES (@r, @c, @l, @s, @comment, @by, @at)
            ON CONFLICT (report_id, code, location_key) DO UPDATE SET status = excluded.status, comment = excluded.comment,
              decided_by = excluded.decided_by, decided_at = excluded.decided_at
            """);
        Db.Param(cmd, "r", reportId);
        Db.Param(cmd, "c", code);
        Db.Param(cmd, "l", locationKey);
        Db.Param(cmd, "s", status);
        Db.Param(cmd, "comment", comment).DbType = System.Data.DbType.String;
        Db.Param(cmd, "by", by).DbType = System.Data.DbType.String;
        Db.Param(cmd, "at", DateTime.UtcNow);
        cmd.ExecuteNonQuery();
        tx.Commit();
        return true;
    }
}
