using System.Data.Common;
using Microsoft.Data.Sqlite;
using Npgsql;
using NpgsqlTypes;

namespace Nianbao.Corpus.Storage;

/// <summary>A table written in bulk: its columns and their PostgreSQL types (for binary COPY).</summary>
sealed record BulkTable(string Name, (string Column, NpgsqlDbType Type)[] Columns)
{
    public static readonly BulkTable Values = new("report_values", [
        ("report_id", NpgsqlDbType.Bigint), ("table_key", NpgsqlDbType.Text), ("row_key", NpgsqlDbType.Text), ("column_key", NpgsqlDbType.Text),
        ("layout", NpgsqlDbType.Text), ("value_int", NpgsqlDbType.Bigint), ("value_text", NpgsqlDbType.Text), ("blank", NpgsqlDbType.Boolean),
        ("state", NpgsqlDbType.Text), ("raw", NpgsqlDbType.Text), ("provenance", NpgsqlDbType.Text)]);

    public static readonly BulkTable Findings = new("findings", [
        ("report_id", NpgsqlDbType.Bigint), ("ordinal", NpgsqlDbType.Integer), ("code", NpgsqlDbType.Text), ("severity", NpgsqlDbType.Text),
        ("location_key", NpgsqlDbType.Text), ("section", NpgsqlDbType.Text), ("table_key", NpgsqlDbType.Text), ("row_key", NpgsqlDbType.Text),
        ("column_key", NpgsqlDbType.Text), ("cells", NpgsqlDbType.Text), ("provenance", NpgsqlDbType.Text), ("message_zh", NpgsqlDbType.Text),
        ("message_en", NpgsqlDbType.Text), ("args", NpgsqlDbType.Text)]);

    public static readonly BulkTable Metadata = new("report_metadata", [
        ("report_id", NpgsqlDbType.Bigint), ("key", NpgsqlDbType.Text), ("value", NpgsqlDbType.Text), ("provenance", NpgsqlDbType.Text)]);

    public static readonly BulkTable Sections = new("sections", [
        ("report_id", NpgsqlDbType.Bigint), ("key", NpgsqlDbType.Text), ("heading", NpgsqlDbType.Text), ("text", NpgsqlDbType.Text),
        ("provenance", NpgsqlDbType.Text)]);

    public static readonly BulkTable[] All = [Metadata, Sections, Values, Findings];

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

    public void Add(BulkTable table, params object?[] row)
    {
        if (!rows.TryGetValue(table, out var list))
        {
            rows[table] = list = [];
            order.Add(table);
        }
        list.Add(row);
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
    }

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

    /// <summary>Rows per INSERT statement: SQLite's per-statement cost dominates single-row inserts.</summary>
    const int RowsPerStatement = 32;

    static void Insert(SqliteConnection conn, SqliteTransaction tx, BulkTable table, List<object?[]> list)
    {
        var width = table.Columns.Length;
        SqliteCommand Prepare(int rows)
        {
            var cmd = conn.CreateCommand();
            cmd.Transaction = tx;
            var values = string.Join(", ", Enumerable.Range(0, rows).Select(r => "(" + string.Join(", ", Enumerable.Range(0, width).Select(c => $"$p{r * width + c}")) + ")"));
            cmd.CommandText = $"INSERT INTO {table.Name} ({table.ColumnList}) VALUES {values}";
            for (var i = 0; i < rows * width; i++) cmd.Parameters.Add(new SqliteParameter($"$p{i}", null));
            cmd.Prepare();
            return cmd;
        }
        var full = list.Count / RowsPerStatement;
        if (full > 0)
        {
            using var cmd = Prepare(RowsPerStatement);
            for (var s = 0; s < full; s++) Run(cmd, list, s * RowsPerStatement, RowsPerStatement, width);
        }
        var rest = list.Count - full * RowsPerStatement;
        if (rest > 0)
        {
            using var cmd = Prepare(rest);
            Run(cmd, list, full * RowsPerStatement, rest, width);
        }
    }

    static void Run(SqliteCommand cmd, List<object?[]> list, int start, int rows, int width)
    {
        var ps = cmd.Parameters;
        for (var r = 0; r < rows; r++)
        {
            var row = list[start + r];
            for (var c = 0; c < width; c++) ps[r * width + c].Value = row[c] ?? DBNull.Value;
        }
        cmd.ExecuteNonQuery();
    }
}
