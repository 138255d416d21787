using Microsoft.Data.Sqlite;
using Nianbao.Corpus.Storage;
using Npgsql;

namespace Nianbao.Tests.Corpus;

/// <summary>A damaged, foreign or newer database gets a clear, located error and is never modified; the two
/// engines' migrations create the same tables and columns.</summary>
public class SafetyTests
{
    static string Hash(string path) => Convert.ToHexString(System.Security.Cryptography.SHA256.HashData(File.ReadAllBytes(path)));

    static void Refused(string path, string code)
    {
        var before = Hash(path);
        var e = Assert.Throws<CorpusException>(() => CorpusDb.Open(path));
        Assert.Equal(code, e.Code);
        Assert.Contains(path, e.Text("zh"));
        Assert.Contains(path, e.Text("en"));
        Assert.Equal(before, Hash(path));
        Assert.False(File.Exists(path + "-wal") && new FileInfo(path + "-wal").Length > 0);
    }

    [Fact]
    public void A_file_that_is_not_sqlite_is_refused_unchanged()
    {
        using var t = new TestCorpus("sqlite");
        var path = t.File("notes.db");
        File.WriteAllText(path, "这不是数据库 / not a database, just some text long enough to fill a header");
        Refused(path, "NB-DB-NOT-SQLITE");
    }

    [Fact]
    public void A_damaged_corpus_is_refused_unchanged()
    {
        using var t = new TestCorpus("sqlite");
        CorpusDb.Open(t.Target);
        var bytes = File.ReadAllBytes(t.Target);
        // Keep the header's magic, overwrite the page size and the schema page.
        for (var i = 16; i < Math.Min(bytes.Length, 4096); i++) bytes[i] = 0xA5;
        File.WriteAllBytes(t.Target, bytes);
        Refused(t.Target, "NB-DB-CORRUPT");
    }

    [Fact]
    public void Another_programs_database_is_refused_unchanged()
    {
        using var t = new TestCorpus("sqlite");
        var path = t.File("other.db");
        using (var c = new SqliteConnection($"Data Source={path};Pooling=False"))
        {
            c.Open();
            using var cmd = c.CreateCommand();
            cmd.CommandText = "CREATE TABLE customers (id INTEGER PRIMARY KEY, name TEXT); INSERT INTO customers (name) VALUES ('x')";
            cmd.ExecuteNonQuery();
        }
        Refused(path, "NB-DB-FOREIGN");
    }

    [Fact]
    public void A_corpus_from_a_newer_nianbao_is_refused_unchanged()
    {
        using var t = new TestCorpus("sqlite");
        CorpusDb.Open(t.Target);
        using (var c = new SqliteConnection($"Data Source={t.Target};Pooling=False"))
        {
            c.Open();
            using var cmd = c.CreateCommand();
            cmd.CommandText = "PRAGMA journal_mode=DELETE; UPDATE nianbao_meta SET value = '999' WHERE key = 'schema_version'";
            cmd.ExecuteNonQuery();
        }
        var e = Assert.Throws<CorpusException>(() => CorpusDb.Open(t.Target));
        Assert.Equal("NB-DB-NEWER", e.Code);
        Assert.Contains("999", e.Text("en"));
        Refused(t.Target, "NB-DB-NEWER");
    }

    [Fact]
    public void Postgres_refuses_a_foreign_nianbao_schema_and_a_newer_corpus()
    {
        using var t = new TestCorpus("postgres");
        using (var c = new NpgsqlConnection(t.Target))
        {
            c.Open();
            using var cmd = new NpgsqlCommand("CREATE SCHEMA nianbao; CREATE TABLE nianbao.customers (id int)", c);
            cmd.ExecuteNonQuery();
        }
        Assert.Equal("NB-DB-FOREIGN", Assert.Throws<CorpusException>(() => CorpusDb.Open(t.Target)).Code);
        using (var c = new NpgsqlConnection(t.Target))
        {
            c.Open();
            using var cmd = new NpgsqlCommand("DROP SCHEMA nianbao CASCADE", c);
            cmd.ExecuteNonQuery();
        }
        CorpusDb.Open(t.Target);
        using (var c = new NpgsqlConnection(t.Target))
        {
            c.Open();
            using var cmd = new NpgsqlCommand("UPDATE nianbao.nianbao_meta SET value = '999' WHERE key = 'schema_version'", c);
            cmd.ExecuteNonQuery();
        }
        Assert.Equal("NB-DB-NEWER", Assert.Throws<CorpusException>(() => CorpusDb.Open(t.Url)).Code);
    }

    [Fact]
    public void A_missing_corpus_is_an_error_for_readers_and_created_for_import()
    {
        using var t = new TestCorpus("sqlite");
        Assert.Equal("NB-DB-MISSING", Assert.Throws<CorpusException>(() => CorpusDb.Open(t.Target, create: false)).Code);
        Assert.False(File.Exists(t.Target));
        CorpusDb.Open(t.Target);
        Assert.True(File.Exists(t.Target));
    }

    [Fact]
    public void Both_engines_create_the_same_tables_and_columns()
    {
        using var lite = new TestCorpus("sqlite");
        using var pg = new TestCorpus("postgres");
        var a = CorpusDb.Open(lite.Target);
        var b = CorpusDb.Open(pg.Target);
        var sqlite = Columns(a, "SELECT m.name || '.' || p.name FROM sqlite_master m JOIN pragma_table_info(m.name) p WHERE m.type = 'table'");
        var postgres = Columns(b, "SELECT table_name || '.' || column_name FROM information_schema.columns WHERE table_schema = 'nianbao'");
        Assert.True(sqlite.Count > 60);
        Assert.Equal(sqlite, postgres);
    }

    static List<string> Columns(CorpusDb db, string sql)
    {
        using var c = db.Connect();
        using var cmd = c.CreateCommand();
        cmd.CommandText = sql;
        using var r = cmd.ExecuteReader();
        var list = new List<string>();
        while (r.Read()) list.Add(r.GetString(0));
        list.Sort(StringComparer.Ordinal);
        return list;
    }
}
