using Npgsql;

namespace Nianbao.Tests.Corpus;

/// <summary>
/// A fresh, empty corpus database for one test: a SQLite file in a temporary folder, or a new database on the
/// PostgreSQL server that ./test.sh starts (its address in NIANBAO_TEST_PG). A PostgreSQL test fails — never
/// skips — when the server is missing.
/// </summary>
public sealed class TestCorpus : IDisposable
{
    public string Engine { get; }
    public string Target { get; }
    public DirectoryInfo Dir { get; }
    readonly string? database;

    public TestCorpus(string engine)
    {
        Engine = engine;
        Dir = Directory.CreateTempSubdirectory("nianbao-corpus-");
        if (engine == "sqlite")
        {
            Target = Path.Combine(Dir.FullName, "corpus.db");
            return;
        }
        database = "nb_" + Guid.NewGuid().ToString("N")[..16];
        using (var c = new NpgsqlConnection(ServerConnectionString))
        {
            c.Open();
            using var cmd = new NpgsqlCommand($"CREATE DATABASE {database}", c);
            cmd.ExecuteNonQuery();
        }
        Target = new NpgsqlConnectionStringBuilder(ServerConnectionString) { Database = database }.ToString();
    }

    /// <summary>The test server's connection string (NIANBAO_TEST_PG); fails the test when it is not set.</summary>
    public static string ServerConnectionString =>
        Environment.GetEnvironmentVariable("NIANBAO_TEST_PG") is { Length: > 0 } cs ? cs
        : throw new InvalidOperationException(
            "NIANBAO_TEST_PG is not set: the PostgreSQL tests need the server that ./test.sh starts (run ./test.sh, or set NIANBAO_TEST_PG)");

    /// <summary>The same database as a postgres:// URL (what a user types).</summary>
    public string Url
    {
        get
        {
            if (database is null) return Target;
            var b = new NpgsqlConnectionStringBuilder(Target);
            return $"postgres://{b.Username}@{b.Host}:{b.Port}/{b.Database}";
        }
    }

    public string File(string name) => Path.Combine(Dir.FullName, name);

    public void Dispose()
    {
        try { Dir.Delete(true); } catch (IOException) { }
        if (database is null) return;
        NpgsqlConnection.ClearAllPools();
        using var c = new NpgsqlConnection(ServerConnectionString);
        c.Open();
        using var cmd = new NpgsqlCommand($"DROP DATABASE IF EXISTS {database} WITH (FORCE)", c);
        cmd.ExecuteNonQuery();
    }

    public static readonly TheoryData<string> Engines = new() { "sqlite", "postgres" };

    /// <summary>The five sample reports (copied beside the tests).</summary>
    public static string[] Samples => Directory.GetFiles(Path.Combine(AppContext.BaseDirectory, "samples"), "*.txt").Order(StringComparer.Ordinal).ToArray();
}
