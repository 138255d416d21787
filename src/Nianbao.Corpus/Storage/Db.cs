using System.Data.Common;

namespace Nianbao.Corpus.Storage;

/// <summary>Small ADO.NET helpers shared by both engines (both take @name parameters).</summary>
static class Db
{
    public static DbCommand Command(DbConnection c, DbTransaction? tx, string sql)
    {
        var cmd = c.CreateCommand();
        cmd.Transaction = tx;
        cmd.CommandText = sql;
        return cmd;
    }

    static readonly System.Runtime.CompilerServices.ConditionalWeakTable<DbConnection, Dictionary<string, DbCommand>> Cache = new();

    /// <summary>A command kept with its connection for reuse, so SQLite prepares the statement once per connection
    /// (for look-ups run once per report); disposing the lease clears its parameters, not the command.</summary>
    public static Reusable Reused(DbConnection c, DbTransaction? tx, string sql)
    {
        var commands = Cache.GetOrCreateValue(c);
        if (!commands.TryGetValue(sql, out var cmd)) commands[sql] = cmd = Command(c, tx, sql);
        cmd.Transaction = tx;
        cmd.Parameters.Clear();
        return new Reusable(cmd);
    }

    /// <summary>A lease of a reused command.</summary>
    public readonly struct Reusable(DbCommand command) : IDisposable
    {
        public DbCommand Command => command;
        public DbDataReader ExecuteReader() => command.ExecuteReader();
        public void Dispose() => command.Parameters.Clear();
        public static implicit operator DbCommand(Reusable r) => r.Command;
    }

    public static DbParameter Param(DbCommand cmd, string name, object? value)
    {
        var p = cmd.CreateParameter();
        p.ParameterName = name;
        p.Value = value ?? DBNull.Value;
        cmd.Parameters.Add(p);
        return p;
    }

    public static int Exec(DbConnection c, DbTransaction? tx, string sql, params (string Name, object? Value)[] args)
    {
        using var cmd = Command(c, tx, sql);
        foreach (var (n, v) in args) Param(cmd, n, v);
        return cmd.ExecuteNonQuery();
    }

    public static object? Scalar(DbConnection c, DbTransaction? tx, string sql, params (string Name, object? Value)[] args)
    {
        using var cmd = Command(c, tx, sql);
        foreach (var (n, v) in args) Param(cmd, n, v);
        var r = cmd.ExecuteScalar();
        return r is DBNull ? null : r;
    }

    public static string? Str(DbDataReader r, int i) => r.IsDBNull(i) ? null : r.GetString(i);
    public static long? Long(DbDataReader r, int i) => r.IsDBNull(i) ? null : Convert.ToInt64(r.GetValue(i), System.Globalization.CultureInfo.InvariantCulture);
    public static int? Int(DbDataReader r, int i) => r.IsDBNull(i) ? null : Convert.ToInt32(r.GetValue(i), System.Globalization.CultureInfo.InvariantCulture);
    public static bool Bool(DbDataReader r, int i) => !r.IsDBNull(i) && Convert.ToBoolean(r.GetValue(i), System.Globalization.CultureInfo.InvariantCulture);
}
