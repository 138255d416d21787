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
    readonly Dictionary<BulkTable, List<object?[]>> rows = BulkTable.All.ToDictionary(t => t, _ => new List<object?[]>());

    public void Add(BulkTable table, params object?[] row) => rows[table].Add(row);

    public void Flush(DbConnection conn, DbTransaction tx)
    {
        foreach (var table in BulkTable.All)
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

    static void Insert(SqliteConnection conn, SqliteTransaction tx, BulkTable table, List<object?[]> list)
    {
        using var cmd = conn.CreateCommand();
        cmd.Transaction = tx;
        cmd.CommandText = $"INSERT INTO {table.Name} ({table.ColumnList}) VALUES ({string.Join(", ", table.Columns.Select((_, i) => "$p" + i))})";
        var ps = table.Columns.Select((_, i) => cmd.Parameters.Add(new SqliteParameter("$p" + i, null))).ToArray();
        cmd.Prepare();
        foreach (var row in list)
        {
            for (var i = 0; i < row.Length; i++) ps[i].Value = row[i] ?? DBNull.Value;
            cmd.ExecuteNonQuery();
        }
    }
}
