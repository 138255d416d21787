using System.Data.Common;
using Microsoft.Data.Sqlite;
using SQLitePCL;

namespace Nianbao.Corpus.Storage;

/// <summary>
/// A SQLite statement of the writer run once per report (the source and report upserts): prepared once, its
/// @name parameters resolved to positions once, and each execution bound by position from the command's
/// parameters — the same command object, built the same way for both engines, so only the execution differs.
/// Microsoft.Data.Sqlite resolves every name again on every execution and wraps the result in a reader, which cost
/// more than the statements' work here (docs/benchmarks.md "Corpus import"). Values are bound as
/// Microsoft.Data.Sqlite binds them (a DateTime as its invariant text), so what is stored does not change.
/// </summary>
sealed class PositionalStatement : IDisposable
{
    readonly SqliteConnection conn;
    readonly sqlite3_stmt stmt;
    readonly Dictionary<string, int> positions = new(StringComparer.Ordinal);

    public PositionalStatement(SqliteConnection conn, string sql)
    {
        this.conn = conn;
        Check(raw.sqlite3_prepare_v2(conn.Handle, sql, out stmt));
        for (var i = 1; i <= raw.sqlite3_bind_parameter_count(stmt); i++)
            positions[raw.sqlite3_bind_parameter_name(stmt, i).utf8_to_string().TrimStart('@', ':', '$')] = i;
    }

    /// <summary>Runs the statement with the command's parameters; returns column 0 of the first row as an integer
    /// (null: no row, or NULL).</summary>
    public long? Scalar(DbCommand cmd)
    {
        try
        {
            raw.sqlite3_clear_bindings(stmt);
            foreach (DbParameter p in cmd.Parameters)
            {
                var i = positions[p.ParameterName.TrimStart('@', ':', '$')];
                Check(p.Value switch
                {
                    null or DBNull => raw.sqlite3_bind_null(stmt, i),
                    string s => raw.sqlite3_bind_text(stmt, i, s),
                    long l => raw.sqlite3_bind_int64(stmt, i, l),
                    int n => raw.sqlite3_bind_int64(stmt, i, n),
                    byte[] b => raw.sqlite3_bind_blob(stmt, i, b),
                    DateTime d => raw.sqlite3_bind_text(stmt, i, d.ToString(@"yyyy\-MM\-dd HH\:mm\:ss.FFFFFFF", System.Globalization.CultureInfo.InvariantCulture)),
                    var other => throw new NotSupportedException($"parameter {p.ParameterName}: {other.GetType().Name}"),
                });
            }
            var rc = raw.sqlite3_step(stmt);
            if (rc == raw.SQLITE_DONE) return null;
            if (rc != raw.SQLITE_ROW) Check(rc);
            return raw.sqlite3_column_type(stmt, 0) == raw.SQLITE_NULL ? null : raw.sqlite3_column_int64(stmt, 0);
        }
        finally
        {
            raw.sqlite3_reset(stmt);
        }
    }

    void Check(int rc)
    {
        if (rc is not (raw.SQLITE_OK or raw.SQLITE_DONE or raw.SQLITE_ROW))
            throw new SqliteException(raw.sqlite3_errmsg(conn.Handle).utf8_to_string(), rc);
    }

    public void Dispose() => stmt.Dispose();
}
