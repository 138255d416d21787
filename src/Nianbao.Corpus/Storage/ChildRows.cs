using System.Data.Common;
using Microsoft.Data.Sqlite;
using Npgsql;
using NpgsqlTypes;
using SQLitePCL;

namespace Nianbao.Corpus.Storage;

/// <summary>A table written in bulk: its columns and their PostgreSQL types (for binary COPY); <paramref name="KeyColumns"/>
/// &gt; 0 when SQLite stores it clustered on its key (WITHOUT ROWID: report id, then that many text columns), so rows
/// may be inserted in key order.</summary>
sealed record BulkTable(string Name, (string Column, NpgsqlDbType Type)[] Columns, int KeyColumns = 0)
{
    public static readonly BulkTable Values = new("report_values", [
        ("report_id", NpgsqlDbType.Bigint), ("table_key", NpgsqlDbType.Text), ("row_key", NpgsqlDbType.Text), ("column_key", NpgsqlDbType.Text),
        ("layout", NpgsqlDbType.Text), ("value_int", NpgsqlDbType.Bigint), ("value_text", NpgsqlDbType.Text), ("blank", NpgsqlDbType.Boolean),
        ("state", NpgsqlDbType.Text), ("raw", NpgsqlDbType.Text), ("provenance", NpgsqlDbType.Text)], KeyColumns: 3);

    public static readonly BulkTable Findings = new("findings", [
        ("report_id", NpgsqlDbType.Bigint), ("ordinal", NpgsqlDbType.Integer), ("code", NpgsqlDbType.Text), ("severity", NpgsqlDbType.Text),
        ("location_key", NpgsqlDbType.Text), ("section", NpgsqlDbType.Text), ("table_key", NpgsqlDbType.Text), ("row_key", NpgsqlDbType.Text),
        ("column_key", NpgsqlDbType.Text), ("cells", NpgsqlDbType.Text), ("provenance", NpgsqlDbType.Text), ("message_zh", NpgsqlDbType.Text),
        ("message_en", NpgsqlDbType.Text), ("args", NpgsqlDbType.Text)]);

    public static readonly BulkTable Metadata = new("report_metadata", [
        ("report_id", NpgsqlDbType.Bigint), ("key", NpgsqlDbType.Text), ("value", NpgsqlDbType.Text), ("provenance", NpgsqlDbType.Text)]);

    public static readonly BulkTable Sections = new("sections", [
        ("report_id", NpgsqlDbType.Bigint), ("key", NpgsqlDbType.Text), ("heading", NpgsqlDbType.Text), ("text", NpgsqlDbType.Text),
        ("match", NpgsqlDbType.Text), ("provenance", NpgsqlDbType.Text)]);

    public static readonly BulkTable Figures = new("narrative_figures", [
        ("report_id", NpgsqlDbType.Bigint), ("ordinal", NpgsqlDbType.Integer), ("key", NpgsqlDbType.Text), ("value", NpgsqlDbType.Text),
        ("unit", NpgsqlDbType.Text), ("section", NpgsqlDbType.Text), ("text", NpgsqlDbType.Text), ("provenance", NpgsqlDbType.Text)]);

    public static readonly BulkTable[] All = [Metadata, Sections, Values, Figures, Findings];

    public string ColumnList => string.Join(", ", Columns.Select(c => c.Column));
}

/// <summary>
/// Rows of the per-report tables gathered for one transaction and written in bulk: SQLite through one prepared
/// INSERT, PostgreSQL through binary COPY.
/// </summary>
sealed class ChildRows
{
    readonly Dictionary<BulkTable, List<object?[]>> rows = [];
    readonly List<BulkTable> order = [];
    readonly List<(EncodedRows Rows, long ReportId)> encoded = [];

    /// <summary>A report's encoded rows, written under <paramref name="reportId"/> (the caller disposes them after the flush).</summary>
    public void Add(EncodedRows report, long reportId) => encoded.Add((report, reportId));

    public void Add(BulkTable table, params object?[] row)
    {
        if (!rows.TryGetValue(table, out var list))
        {
            rows[table] = list = [];
            order.Add(table);
        }
        list.Add(row);
    }

    /// <summary>Forgets the gathered rows.</summary>
    public void Clear()
    {
        foreach (var list in rows.Values) list.Clear();
        encoded.Clear();
    }

    /// <summary>Writes the gathered rows, table by table in the order first added.</summary>
    public void Flush(DbConnection conn, DbTransaction tx)
    {
        foreach (var table in order)
        {
            var list = rows[table];
            if (list.Count == 0) continue;
            if (conn is NpgsqlConnection pg) Copy(pg, table, list);
            else Insert((SqliteConnection)conn, (SqliteTransaction)tx, table, list);
            list.Clear();
        }
        if (encoded.Count == 0) return;
        foreach (var table in BulkTable.All)
            if (conn is NpgsqlConnection pg) Copy(pg, table, encoded);
            else Insert((SqliteConnection)conn, table, encoded);
        encoded.Clear();
    }

    static void Copy(NpgsqlConnection conn, BulkTable table, List<(EncodedRows Rows, long ReportId)> reports)
    {
        var lists = reports.Select(x => x.Rows.RowsOf(table, keyOrder: false)).ToList();
        if (lists.All(l => l.Count == 0)) return;
        using var w = conn.BeginBinaryImport($"COPY {table.Name} ({table.ColumnList}) FROM STDIN (FORMAT BINARY)");
        for (var k = 0; k < reports.Count; k++)
            foreach (var r in lists[k])
            {
                var (report, id) = reports[k];
                w.StartRow();
                w.Write(id, NpgsqlDbType.Bigint);
                for (var i = 1; i < table.Columns.Length; i++)
                {
                    var f = report.FieldOf(r, i - 1);
                    var type = table.Columns[i].Type;
                    switch (f.Kind)
                    {
                        case EncodedRows.Kind.Null: w.WriteNull(); break;
                        case EncodedRows.Kind.Text: w.Write(report.StringOf(f), type); break;
                        default:
                            if (type == NpgsqlDbType.Boolean) w.Write(report.IntOf(f) != 0, type);
                            else if (type == NpgsqlDbType.Integer) w.Write((int)report.IntOf(f), type);
                            else w.Write(report.IntOf(f), type);
                            break;
                    }
                }
            }
        w.Complete();
    }

    /// <summary>Rows inserted by one execution of the many-row INSERT (the rest of a report's rows one at a time).</summary>
    const int RowsPerInsert = 16;

    /// <summary>Encoded rows through prepared INSERTs bound by position from their UTF-8 bytes where they lie
    /// (<see cref="SqliteNative"/>: no copy, no wrapper per call), each report's buffer pinned while its rows are
    /// inserted: <see cref="RowsPerInsert"/> rows per execution while a report has that many left, so SQLite runs its
    /// statement, resets it and takes its lock once for many rows (docs/benchmarks.md "Corpus import", run 11).</summary>
    static unsafe void Insert(SqliteConnection conn, BulkTable table, List<(EncodedRows Rows, long ReportId)> reports)
    {
        var index = Array.IndexOf(BulkTable.All, table);
        var columns = table.Columns.Length;
        sqlite3_stmt? one = null, many = null;
        try
        {
            foreach (var (report, id) in reports)
            {
                var rows = report.KeyOrder(index);
                if (rows.Length == 0) continue;
                fixed (byte* bytes = report.Bytes)
                {
                    try
                    {
                        var next = 0;
                        while (next < rows.Length)
                        {
                            var count = rows.Length - next >= RowsPerInsert ? RowsPerInsert : 1;
                            ref var stmt = ref count == 1 ? ref one : ref many;
                            if (stmt is null) Check(conn, raw.sqlite3_prepare_v2(conn.Handle, InsertSql(table, count), out stmt));
                            var h = stmt.DangerousGetHandle();
                            try
                            {
                                for (var k = 0; k < count; k++)
                                {
                                    var r = rows[next + k];
                                    var at = k * columns;
                                    Check(conn, SqliteNative.BindInt64(h, at + 1, id));
                                    for (var i = 1; i < columns; i++)
                                    {
                                        var f = report.FieldOf(r, i - 1);
                                        // A text binds a pointer into the pinned buffer; an empty one still a non-null pointer (null would be NULL).
                                        Check(conn, f.Kind switch
                                        {
                                            EncodedRows.Kind.Null => SqliteNative.BindNull(h, at + i + 1),
                                            EncodedRows.Kind.Int => SqliteNative.BindInt64(h, at + i + 1, report.IntOf(f)),
                                            _ => SqliteNative.BindText(h, at + i + 1, bytes + f.Offset, f.Length, SqliteNative.Static),
                                        });
                                    }
                                }
                                var step = SqliteNative.Step(h);
                                if (step != raw.SQLITE_DONE) Check(conn, step);
                            }
                            finally { SqliteNative.Reset(h); }
                            next += count;
                        }
                    }
                    finally
                    {
                        // No binding may point into the buffer once it is unpinned: cleared once per report, not after
                        // every execution (each execution binds every parameter again).
                        if (one is not null) SqliteNative.ClearBindings(one.DangerousGetHandle());
                        if (many is not null) SqliteNative.ClearBindings(many.DangerousGetHandle());
                    }
                }
            }
        }
        finally
        {
            one?.Dispose();
            many?.Dispose();
        }
    }

    static string InsertSql(BulkTable table, int rows) =>
        $"INSERT INTO {table.Name} ({table.ColumnList}) VALUES " + string.Join(", ", Enumerable.Range(0, rows).Select(r =>
            "(" + string.Join(", ", table.Columns.Select((_, i) => "?" + (r * table.Columns.Length + i + 1))) + ")"));

    static string InsertSql(BulkTable table) => InsertSql(table, 1);

    static void Copy(NpgsqlConnection conn, BulkTable table, List<object?[]> list)
    {
        using var w = conn.BeginBinaryImport($"COPY {table.Name} ({table.ColumnList}) FROM STDIN (FORMAT BINARY)");
        foreach (var row in list)
        {
            w.StartRow();
            for (var i = 0; i < row.Length; i++)
                if (row[i] is null) w.WriteNull();
                else w.Write(row[i]!, table.Columns[i].Type);
        }
        w.Complete();
    }

    /// <summary>
    /// SQLite through its C API (SQLitePCLRaw, which Microsoft.Data.Sqlite runs on): one prepared single-row INSERT,
    /// parameters bound by position. Microsoft.Data.Sqlite binds by name on every execution, which cost more than the
    /// inserts themselves here (docs/benchmarks.md "Corpus import").
    /// </summary>
    static void Insert(SqliteConnection conn, SqliteTransaction tx, BulkTable table, List<object?[]> list)
    {
        _ = tx;   // the rows join the connection's open transaction
        Check(conn, raw.sqlite3_prepare_v2(conn.Handle, InsertSql(table), out var stmt));
        try
        {
            foreach (var row in list)
            {
                for (var i = 0; i < row.Length; i++)
                {
                    var rc = row[i] switch
                    {
                        null => raw.sqlite3_bind_null(stmt, i + 1),
                        long l => raw.sqlite3_bind_int64(stmt, i + 1, l),
                        int n => raw.sqlite3_bind_int64(stmt, i + 1, n),
                        bool b => raw.sqlite3_bind_int64(stmt, i + 1, b ? 1 : 0),
                        string t => BindText(stmt, i + 1, t),
                        byte[] bytes => raw.sqlite3_bind_blob(stmt, i + 1, bytes),
                        double d => raw.sqlite3_bind_double(stmt, i + 1, d),
                        var other => raw.sqlite3_bind_text(stmt, i + 1, Convert.ToString(other, System.Globalization.CultureInfo.InvariantCulture)),
                    };
                    Check(conn, rc);
                }
                var step = raw.sqlite3_step(stmt);
                if (step != raw.SQLITE_DONE) Check(conn, step);
                raw.sqlite3_reset(stmt);
            }
        }
        finally { stmt.Dispose(); }
    }

    [ThreadStatic] static byte[]? utf8;

    /// <summary>A string bound as UTF-8 encoded into one reused buffer (SQLite copies it), not a new array per value.
    /// An empty string keeps the string overload: an empty span would be bound as a null pointer, i.e. NULL.</summary>
    static int BindText(sqlite3_stmt stmt, int index, string text)
    {
        if (text.Length == 0) return raw.sqlite3_bind_text(stmt, index, text);
        var max = System.Text.Encoding.UTF8.GetMaxByteCount(text.Length);
        if (utf8 is null || utf8.Length < max) utf8 = new byte[Math.Max(max, 1024)];
        return raw.sqlite3_bind_text(stmt, index, utf8.AsSpan(0, System.Text.Encoding.UTF8.GetBytes(text, utf8)));
    }

    static void Check(SqliteConnection conn, int rc)
    {
        if (rc is not (raw.SQLITE_OK or raw.SQLITE_DONE or raw.SQLITE_ROW))
            throw new SqliteException(raw.sqlite3_errmsg(conn.Handle).utf8_to_string(), rc);
    }
}
