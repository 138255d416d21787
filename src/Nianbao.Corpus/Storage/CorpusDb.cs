using System.Data.Common;
using Microsoft.Data.Sqlite;
using Npgsql;

namespace Nianbao.Corpus.Storage;

/// <summary>The two engines of one schema: an embedded SQLite file (the default) or a shared PostgreSQL server.</summary>
public enum CorpusEngine { Sqlite, Postgres }

/// <summary>
/// A corpus database: where it is, which engine, and connections to it. <see cref="Open"/> checks what is there
/// before anything is written (a damaged, foreign or newer-schema database is refused and left unchanged), then
/// brings the schema up to date with the numbered SQL files of Storage/Migrations (docs/corpus.md).
/// </summary>
public sealed class CorpusDb
{
    public CorpusEngine Engine { get; }
    /// <summary>The file path, or host/database without credentials: for messages.</summary>
    public string Display { get; }
    readonly string connectionString;

    /// <summary>The PostgreSQL schema that holds the corpus tables, so a shared database keeps its other tables apart.</summary>
    public const string PostgresSchema = "nianbao";

    CorpusDb(CorpusEngine engine, string display, string connectionString)
    {
        Engine = engine;
        Display = display;
        this.connectionString = connectionString;
    }

    /// <summary>Whether an address names a PostgreSQL server (postgres:// URL or a Host=… connection string).</summary>
    public static bool IsPostgres(string target) =>
        target.StartsWith("postgres://", StringComparison.OrdinalIgnoreCase) || target.StartsWith("postgresql://", StringComparison.OrdinalIgnoreCase)
        || target.Contains("Host=", StringComparison.OrdinalIgnoreCase);

    /// <summary>Opens (creating when <paramref name="create"/>) and migrates the corpus at a file path or PostgreSQL address.</summary>
    /// <exception cref="CorpusException">damaged, foreign, newer, missing or unreachable database.</exception>
    public static CorpusDb Open(string target, bool create = true)
    {
        var db = IsPostgres(target) ? ForPostgres(target) : ForSqlite(target, create);
        Migrator.Prepare(db, create);
        return db;
    }

    static CorpusDb ForSqlite(string path, bool create)
    {
        var full = Path.GetFullPath(path);
        if (!File.Exists(full) && !create) throw new CorpusException("NB-DB-MISSING", ("path", path));
        var cs = new SqliteConnectionStringBuilder { DataSource = full, Pooling = false, DefaultTimeout = 120 }.ToString();
        return new CorpusDb(CorpusEngine.Sqlite, path, cs);
    }

    static CorpusDb ForPostgres(string target)
    {
        NpgsqlConnectionStringBuilder b;
        try
        {
            b = target.Contains("://", StringComparison.Ordinal) ? FromUrl(target) : new NpgsqlConnectionStringBuilder(target);
        }
        catch (Exception e) when (e is ArgumentException or FormatException or UriFormatException)
        {
            throw new CorpusException("NB-DB-TARGET", ("path", Redact(target)), ("reason", e.Message));
        }
        b.SearchPath = PostgresSchema;
        b.CommandTimeout = 300;
        b.IncludeErrorDetail = true;
        return new CorpusDb(CorpusEngine.Postgres, $"postgres://{b.Host}:{b.Port}/{b.Database}", b.ToString());
    }

    /// <summary>postgres://user:password@host:port/database?key=value → a connection string.</summary>
    static NpgsqlConnectionStringBuilder FromUrl(string url)
    {
        var u = new Uri(url);
        var b = new NpgsqlConnectionStringBuilder { Host = u.Host, Port = u.IsDefaultPort || u.Port <= 0 ? 5432 : u.Port };
        if (u.UserInfo.Length > 0)
        {
            var parts = u.UserInfo.Split(':', 2);
            b.Username = Uri.UnescapeDataString(parts[0]);
            if (parts.Length > 1) b.Password = Uri.UnescapeDataString(parts[1]);
        }
        var database = Uri.UnescapeDataString(u.AbsolutePath.TrimStart('/'));
        if (database.Length > 0) b.Database = database;
        foreach (var pair in u.Query.TrimStart('?').Split('&', StringSplitOptions.RemoveEmptyEntries))
        {
            var kv = pair.Split('=', 2);
            b[Uri.UnescapeDataString(kv[0])] = kv.Length > 1 ? Uri.UnescapeDataString(kv[1]) : "";
        }
        return b;
    }

    static string Redact(string target) =>
        System.Text.RegularExpressions.Regex.Replace(target, @"(://[^:/@]*:)[^@]*@|(Password=)[^;]*", m => m.Groups[1].Success ? m.Groups[1].Value + "***@" : m.Groups[2].Value + "***");

    /// <summary>A new open connection, set up for the engine (SQLite: WAL, a busy timeout, NORMAL sync, 16 KB pages for a new file).</summary>
    public DbConnection Connect()
    {
        try
        {
            if (Engine == CorpusEngine.Postgres)
            {
                var c = new NpgsqlConnection(connectionString);
                c.Open();
                return c;
            }
            var s = new SqliteConnection(connectionString);
            s.Open();
            using var cmd = s.CreateCommand();
            // A new file gets 16 KB pages (SQLite's default is 4 KB): an import appends ~50 KB of rows per report, and
            // larger pages mean a quarter of the pages and log frames to write and copy back (the checkpoint's CPU
            // time −35 %, docs/benchmarks.md "Corpus import", run 13). An existing file keeps its page size (it can
            // change only by a VACUUM, which nothing here runs, and never in WAL mode).
            cmd.CommandText = "PRAGMA page_size=16384; PRAGMA busy_timeout=120000; PRAGMA journal_mode=WAL; PRAGMA synchronous=NORMAL; PRAGMA foreign_keys=OFF;";
            cmd.ExecuteNonQuery();
            return s;
        }
        catch (Exception e) when (e is NpgsqlException or SqliteException or System.Net.Sockets.SocketException or TimeoutException)
        {
            throw new CorpusException("NB-DB-CONNECT", ("path", Display), ("reason", e.Message));
        }
    }

    /// <summary>A read-only SQLite connection for inspecting a file before anything may be written.</summary>
    internal SqliteConnection ConnectReadOnly()
    {
        var b = new SqliteConnectionStringBuilder(connectionString) { Mode = SqliteOpenMode.ReadOnly };
        var c = new SqliteConnection(b.ToString());
        c.Open();
        return c;
    }

    internal string SqlitePath => new SqliteConnectionStringBuilder(connectionString).DataSource;

    internal string ConnectionString => connectionString;
}
