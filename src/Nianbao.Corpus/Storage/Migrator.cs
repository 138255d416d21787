using System.Data.Common;
using Microsoft.Data.Sqlite;
using Npgsql;

namespace Nianbao.Corpus.Storage;

/// <summary>
/// Checks a database before touching it and applies the numbered migration files (Storage/Migrations/ENGINE/NNNN_*.sql,
/// each once, in order, inside one transaction that also records the new version in nianbao_meta). Concurrent
/// importers serialise on the migration: SQLite by BEGIN IMMEDIATE, PostgreSQL by an advisory lock.
/// </summary>
static class Migrator
{
    public const string Application = "nianbao-corpus";
    /// <summary>SQLite header field application_id: "NBCO".</summary>
    public const int SqliteApplicationId = 0x4E42434F;
    const long PostgresLock = 0x4E42434F_00000001;

    public static IReadOnlyList<(int Version, string Sql)> Migrations(CorpusEngine engine)
    {
        var prefix = $"Nianbao.Corpus.Migrations.{(engine == CorpusEngine.Sqlite ? "sqlite" : "postgres")}/";
        var asm = typeof(Migrator).Assembly;
        return asm.GetManifestResourceNames().Where(n => n.StartsWith(prefix, StringComparison.Ordinal)).Order(StringComparer.Ordinal)
            .Select(n =>
            {
                using var r = new StreamReader(asm.GetManifestResourceStream(n)!);
                return (int.Parse(n[prefix.Length..].Split('_')[0], System.Globalization.CultureInfo.InvariantCulture), r.ReadToEnd());
            }).ToList();
    }

    public static int Latest => Migrations(CorpusEngine.Sqlite)[^1].Version;

    public static void Prepare(CorpusDb db, bool create)
    {
        if (db.Engine == CorpusEngine.Sqlite) PrepareSqlite(db, create);
        else PreparePostgres(db, create);
    }

    static void PrepareSqlite(CorpusDb db, bool create)
    {
        var path = db.SqlitePath;
        if (File.Exists(path) && new FileInfo(path).Length > 0)
        {
            var header = new byte[16];
            using (var f = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.ReadWrite | FileShare.Delete))
                if (f.Read(header) < 16 || !header.AsSpan().SequenceEqual("SQLite format 3\0"u8))
                    throw new CorpusException("NB-DB-NOT-SQLITE", ("path", db.Display));
            int? version;
            try
            {
                using var c = db.ConnectReadOnly();
                version = Inspect(db, c, Tables(c, "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'"));
            }
            catch (SqliteException e)
            {
                throw new CorpusException("NB-DB-CORRUPT", ("path", db.Display), ("reason", e.Message));
            }
            if (version == Latest) return;
        }
        else if (!create) throw new CorpusException("NB-DB-MISSING", ("path", db.Display));

        using var conn = db.Connect();
        using var tx = ((SqliteConnection)conn).BeginTransaction(deferred: false);
        var current = Inspect(db, conn, Tables(conn, "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'", tx), tx) ?? 0;
        Apply(conn, tx, CorpusEngine.Sqlite, current);
        Exec(conn, tx, $"PRAGMA application_id = {SqliteApplicationId}");
        tx.Commit();
    }

    static void PreparePostgres(CorpusDb db, bool create)
    {
        using var conn = db.Connect();
        const string tables = "SELECT table_name FROM information_schema.tables WHERE table_schema = '" + CorpusDb.PostgresSchema + "'";
        var version = Inspect(db, conn, Tables(conn, tables));
        if (version == Latest) return;
        if (version is null && !create) throw new CorpusException("NB-DB-MISSING", ("path", db.Display));
        using var tx = conn.BeginTransaction();
        Exec(conn, tx, $"SELECT pg_advisory_xact_lock({PostgresLock})");
        Exec(conn, tx, $"CREATE SCHEMA IF NOT EXISTS {CorpusDb.PostgresSchema}");
        var current = Inspect(db, conn, Tables(conn, tables, tx), tx) ?? 0;
        Apply(conn, tx, CorpusEngine.Postgres, current);
        tx.Commit();
    }

    /// <summary>The schema version of a Nianbao corpus, null for an empty database; refuses anything else.</summary>
    static int? Inspect(CorpusDb db, DbConnection c, List<string> tables, DbTransaction? tx = null)
    {
        if (tables.Count == 0) return null;
        if (!tables.Contains("nianbao_meta"))
            throw new CorpusException("NB-DB-FOREIGN", ("path", db.Display), ("reason", "tables " + string.Join(", ", tables.Order().Take(5))));
        var meta = new Dictionary<string, string>();
        using (var cmd = c.CreateCommand())
        {
            cmd.Transaction = tx;
            cmd.CommandText = "SELECT key, value FROM nianbao_meta";
            using var r = cmd.ExecuteReader();
            while (r.Read()) meta[r.GetString(0)] = r.GetString(1);
        }
        if (!meta.TryGetValue("application", out var app) || app != Application)
            throw new CorpusException("NB-DB-FOREIGN", ("path", db.Display), ("reason", $"application = {app ?? "?"}"));
        if (!meta.TryGetValue("schema_version", out var v) || !int.TryParse(v, out var version))
            throw new CorpusException("NB-DB-CORRUPT", ("path", db.Display), ("reason", "nianbao_meta has no schema_version"));
        if (version > Latest)
            throw new CorpusException("NB-DB-NEWER", ("path", db.Display), ("found", version), ("supported", Latest));
        return version;
    }

    static void Apply(DbConnection conn, DbTransaction tx, CorpusEngine engine, int current)
    {
        foreach (var (version, sql) in Migrations(engine).Where(m => m.Version > current))
        {
            Exec(conn, tx, sql);
            SetMeta(conn, tx, "application", Application);
            SetMeta(conn, tx, "schema_version", version.ToString(System.Globalization.CultureInfo.InvariantCulture));
        }
    }

    static void SetMeta(DbConnection conn, DbTransaction tx, string key, string value)
    {
        using var cmd = conn.CreateCommand();
        cmd.Transaction = tx;
        cmd.CommandText = "INSERT INTO nianbao_meta (key, value) VALUES (@k, @v) ON CONFLICT (key) DO UPDATE SET value = excluded.value";
        Db.Param(cmd, "k", key);
        Db.Param(cmd, "v", value);
        cmd.ExecuteNonQuery();
    }

    static List<string> Tables(DbConnection c, string sql, DbTransaction? tx = null)
    {
        using var cmd = c.CreateCommand();
        cmd.Transaction = tx;
        cmd.CommandText = sql;
        using var r = cmd.ExecuteReader();
        var list = new List<string>();
        while (r.Read()) list.Add(r.GetString(0));
        return list;
    }

    static void Exec(DbConnection conn, DbTransaction tx, string sql)
    {
        using var cmd = conn.CreateCommand();
        cmd.Transaction = tx;
        cmd.CommandText = sql;
        cmd.ExecuteNonQuery();
    }
}
