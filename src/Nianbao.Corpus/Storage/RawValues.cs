using Microsoft.Data.Sqlite;
using SQLitePCL;

namespace Nianbao.Corpus.Storage;

/// <summary>
/// A report's stored values read from SQLite through its C API (as <see cref="ChildRows"/> writes them), for the
/// look-up every cross-year check makes: the keys (table, row, column, layout, state) come from a small vocabulary,
/// so each is decoded into a buffer and taken from a per-thread table instead of becoming a new string on every row.
/// </summary>
static class RawValues
{
    [ThreadStatic] static Dictionary<string, string>? keys;
    [ThreadStatic] static char[]? chars;

    public delegate void Row(string table, string row, string column, string layout, long? integer, string? text, string state, string? raw, string? provenance);

    public static void Read(SqliteConnection conn, long reportId, Row row)
    {
        var known = keys ??= new Dictionary<string, string>(StringComparer.Ordinal);
        var lookup = known.GetAlternateLookup<ReadOnlySpan<char>>();
        Check(conn, raw.sqlite3_prepare_v2(conn.Handle, ReportLoader.ValuesSql.Replace("@id", "?1", StringComparison.Ordinal), out var stmt));
        try
        {
            Check(conn, raw.sqlite3_bind_int64(stmt, 1, reportId));
            var buffer = chars ??= new char[256];
            string Key(int i)
            {
                var bytes = raw.sqlite3_column_blob(stmt, i);
                if (bytes.Length > buffer.Length) return System.Text.Encoding.UTF8.GetString(bytes);
                var text = buffer.AsSpan(0, System.Text.Encoding.UTF8.GetChars(bytes, buffer));
                if (lookup.TryGetValue(text, out var s)) return s;
                s = new string(text);
                if (known.Count < 4096) known[s] = s;
                return s;
            }
            string? Text(int i) => raw.sqlite3_column_type(stmt, i) == raw.SQLITE_NULL ? null : raw.sqlite3_column_text(stmt, i).utf8_to_string();
            int step;
            while ((step = raw.sqlite3_step(stmt)) == raw.SQLITE_ROW)
                row(Key(0), Key(1), Key(2), Key(3),
                    raw.sqlite3_column_type(stmt, 4) == raw.SQLITE_NULL ? null : raw.sqlite3_column_int64(stmt, 4),
                    Text(5), Key(6), Text(7), Text(8));
            if (step != raw.SQLITE_DONE) Check(conn, step);
        }
        finally { stmt.Dispose(); }
    }

    static void Check(SqliteConnection conn, int rc)
    {
        if (rc is not (raw.SQLITE_OK or raw.SQLITE_DONE or raw.SQLITE_ROW))
            throw new SqliteException(raw.sqlite3_errmsg(conn.Handle).utf8_to_string(), rc);
    }
}
