using System.Data.Common;
using Nianbao.Corpus.Storage;

namespace Nianbao.Tests.Corpus;

/// <summary>A corpus's content as sorted text lines, without what differs between equal corpora (row ids, times):
/// rows are named by content hash and agency key instead. Two corpora are equal when their dumps are.</summary>
static class CorpusDump
{
    public static List<string> Of(CorpusDb db)
    {
        using var c = db.Connect();
        var lines = new List<string>();
        void Query(string prefix, string sql)
        {
            using var cmd = c.CreateCommand();
            cmd.CommandText = sql;
            using var r = cmd.ExecuteReader();
            while (r.Read())
                lines.Add(prefix + string.Join("|", Enumerable.Range(0, r.FieldCount).Select(i => Cell(r, i))));
        }
        Query("agency ", "SELECT a.key, a.name, a.type, a.level, a.region_code, a.region_name, p.key FROM agencies a LEFT JOIN agencies p ON p.id = a.parent_id");
        Query("alias ", "SELECT l.alias_key, a.key, l.alias FROM agency_aliases l JOIN agencies a ON a.id = l.agency_id");
        Query("source ", "SELECT sha256, size, file_name, url, parser_version, status, error_code, error_message, content IS NULL FROM sources");
        const string report = "FROM reports r JOIN sources s ON s.id = r.source_id";
        Query("report ", $"""
            SELECT s.sha256, a.key, r.agency_name, r.year, r.format, r.scope, r.scope_evidence, r.title, r.profile_type, r.profile_level,
              r.parser_version, ps.sha256, r.previous_parser, r.errors, r.warnings, r.infos
            {report} LEFT JOIN agencies a ON a.id = r.agency_id LEFT JOIN reports p ON p.id = r.previous_id LEFT JOIN sources ps ON ps.id = p.source_id
            """);
        Query("meta ", $"SELECT s.sha256, m.key, m.value, m.provenance {report} JOIN report_metadata m ON m.report_id = r.id");
        Query("section ", $"SELECT s.sha256, x.key, x.heading, x.text, x.provenance {report} JOIN sections x ON x.report_id = r.id");
        Query("value ", $"""
            SELECT s.sha256, v.table_key, v.row_key, v.column_key, v.layout, v.value_int, v.value_text, v.blank, v.state, v.raw, v.provenance
            {report} JOIN report_values v ON v.report_id = r.id
            """);
        Query("figure ", $"SELECT s.sha256, n.ordinal, n.key, n.value, n.unit, n.section, n.text, n.provenance {report} JOIN narrative_figures n ON n.report_id = r.id");
        Query("finding ", $"""
            SELECT s.sha256, f.ordinal, f.code, f.severity, f.location_key, f.cells, f.provenance, f.message_zh, f.message_en, f.args
            {report} JOIN findings f ON f.report_id = r.id
            """);
        Query("decision ", $"SELECT s.sha256, d.code, d.location_key, d.status, d.comment, d.decided_by {report} JOIN review_decisions d ON d.report_id = r.id");
        lines.Sort(StringComparer.Ordinal);
        return lines;
    }

    static string Cell(DbDataReader r, int i) => r.IsDBNull(i) ? "∅" : r.GetValue(i) switch
    {
        bool b => b ? "1" : "0",
        var v => Convert.ToString(v, System.Globalization.CultureInfo.InvariantCulture)!,
    };

    public static long Count(CorpusDb db, string sql)
    {
        using var c = db.Connect();
        using var cmd = c.CreateCommand();
        cmd.CommandText = sql;
        return Convert.ToInt64(cmd.ExecuteScalar(), System.Globalization.CultureInfo.InvariantCulture);
    }
}
