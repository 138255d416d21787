using System.Data.Common;
using System.Globalization;
using NpgsqlTypes;

namespace Nianbao.Corpus.Storage;

/// <summary>
/// `nianbao corpus copy --from A --to B` (docs/corpus.md "Copying"): every table of one corpus into an empty corpus
/// of either engine, ids kept (decisions, previous-year links and parents stay valid), in one transaction, so the
/// target either gets the whole corpus or nothing. Rows stream in batches, so memory stays flat.
/// </summary>
public static class CorpusCopy
{
    /// <summary>Tables in dependency order (nianbao_meta is the target's own).</summary>
    static readonly string[] Tables = ["agencies", "agency_aliases", "sources", "reports", "report_metadata", "sections", "report_values", "narrative_figures", "findings", "review_decisions"];

    const int Batch = 5000;

    public static IReadOnlyDictionary<string, long> Copy(CorpusDb from, CorpusDb to)
    {
        using var source = from.Connect();
        using var target = to.Connect();
        foreach (var table in new[] { "agencies", "sources", "reports" })
            if (System.Convert.ToInt64(Db.Scalar(target, null, $"SELECT COUNT(*) FROM {table}"), CultureInfo.InvariantCulture) > 0)
                throw new CorpusException("NB-DB-TARGET", ("path", to.Display), ("reason", "the target corpus is not empty"));
        var counts = new Dictionary<string, long>();
        using var tx = target.BeginTransaction();
        foreach (var table in Tables)
        {
            var columns = Columns(to, target, tx, table);
            var bulk = new BulkTable(table, columns);
            var rows = new ChildRows();
            using var cmd = Db.Command(source, null, $"SELECT {bulk.ColumnList} FROM {table}");
            using var r = cmd.ExecuteReader();
            long n = 0;
            while (r.Read())
            {
                var row = new object?[columns.Length];
                for (var i = 0; i < columns.Length; i++) row[i] = r.IsDBNull(i) ? null : ToTarget(r.GetValue(i), columns[i].Type);
                rows.Add(bulk, row);
                if (++n % Batch == 0) rows.Flush(target, tx);
            }
            rows.Flush(target, tx);
            counts[table] = n;
        }
        if (to.Engine == CorpusEngine.Postgres)
            foreach (var table in new[] { "agencies", "sources", "reports" })
                Db.Exec(target, tx, $"SELECT setval(pg_get_serial_sequence('{CorpusDb.PostgresSchema}.{table}', 'id'), COALESCE((SELECT MAX(id) FROM {table}), 0) + 1, false)");
        tx.Commit();
        return counts;
    }

    /// <summary>The target table's columns and their types (SQLite columns typed by their declaration).</summary>
    static (string Column, NpgsqlDbType Type)[] Columns(CorpusDb db, DbConnection c, DbTransaction tx, string table)
    {
        var sql = db.Engine == CorpusEngine.Postgres
            ? $"SELECT column_name, data_type FROM information_schema.columns WHERE table_schema = '{CorpusDb.PostgresSchema}' AND table_name = '{table}' ORDER BY ordinal_position"
            : $"SELECT name, type FROM pragma_table_info('{table}') ORDER BY cid";
        using var cmd = Db.Command(c, tx, sql);
        using var r = cmd.ExecuteReader();
        var list = new List<(string, NpgsqlDbType)>();
        while (r.Read())
            list.Add((r.GetString(0), r.GetString(1).ToLowerInvariant() switch
            {
                "bigint" => NpgsqlDbType.Bigint,
                "integer" => db.Engine == CorpusEngine.Postgres ? NpgsqlDbType.Integer : NpgsqlDbType.Bigint,
                "boolean" => NpgsqlDbType.Boolean,
                "bytea" or "blob" => NpgsqlDbType.Bytea,
                "timestamp with time zone" => NpgsqlDbType.TimestampTz,
                _ => NpgsqlDbType.Text,
            }));
        return [.. list];
    }

    /// <summary>A value read from either engine in the target column's type (SQLite keeps times as text and
    /// booleans as 0/1).</summary>
    static object ToTarget(object v, NpgsqlDbType type) => type switch
    {
        NpgsqlDbType.Bigint => System.Convert.ToInt64(v, CultureInfo.InvariantCulture),
        NpgsqlDbType.Integer => System.Convert.ToInt32(v, CultureInfo.InvariantCulture),
        NpgsqlDbType.Boolean => System.Convert.ToBoolean(v, CultureInfo.InvariantCulture),
        NpgsqlDbType.Bytea => (byte[])v,
        NpgsqlDbType.TimestampTz => v is DateTime d ? DateTime.SpecifyKind(d.ToUniversalTime(), DateTimeKind.Utc)
            : DateTime.SpecifyKind(DateTime.Parse((string)v, CultureInfo.InvariantCulture, DateTimeStyles.AdjustToUniversal | DateTimeStyles.AssumeUniversal), DateTimeKind.Utc),
        _ => v is DateTime t ? t.ToString("yyyy-MM-dd HH:mm:ss.FFFFFFF", CultureInfo.InvariantCulture) : v is bool b ? (b ? 1L : 0L) : v,
    };
}
