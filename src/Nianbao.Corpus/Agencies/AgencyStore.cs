using System.Data;
using System.Data.Common;
using Nianbao.Corpus.Storage;

namespace Nianbao.Corpus.Agencies;

/// <summary>
/// Agencies and their aliases in the corpus. An alias key (see <see cref="AgencyIdentity.Key"/>) names exactly one
/// agency; a new key creates an agency under it. Insert-if-absent on unique keys makes concurrent importers agree.
/// </summary>
static class AgencyStore
{
    public static long Ensure(DbConnection c, DbTransaction tx, AgencyIdentity a)
    {
        if (Lookup(c, tx, a.Key) is long known) return known;
        // Commands kept with the connection (Db.Reused): an import creates an agency for most reports it writes, and
        // preparing these statements again each time cost more than running them.
        using (var cmd = Db.Reused(c, tx, """
            INSERT INTO agencies (key, name, type, level, region_code, region_name) VALUES (@key, @name, @type, @level, @code, @region)
            ON CONFLICT (key) DO NOTHING
            """))
        {
            Db.Param(cmd, "key", a.Key);
            Db.Param(cmd, "name", a.Name);
            Db.Param(cmd, "type", a.Type).DbType = DbType.String;
            Db.Param(cmd, "level", a.Level).DbType = DbType.String;
            Db.Param(cmd, "code", a.Region?.Code).DbType = DbType.String;
            Db.Param(cmd, "region", a.Region?.Name).DbType = DbType.String;
            cmd.Command.ExecuteNonQuery();
        }
        using (var cmd = Db.Reused(c, tx, """
            INSERT INTO agency_aliases (alias_key, agency_id, alias) SELECT @key, id, @name FROM agencies WHERE key = @key
            ON CONFLICT (alias_key) DO NOTHING
            """))
        {
            Db.Param(cmd, "key", a.Key);
            Db.Param(cmd, "name", a.Name);
            cmd.Command.ExecuteNonQuery();
        }
        return Lookup(c, tx, a.Key) ?? throw new InvalidOperationException($"agency {a.Key} was not created");
    }

    public static long? Lookup(DbConnection c, DbTransaction? tx, string key)
    {
        using var cmd = Db.Reused(c, tx, "SELECT agency_id FROM agency_aliases WHERE alias_key = @key");
        Db.Param(cmd, "key", key);
        return cmd.Command.ExecuteScalar() is { } id and not DBNull ? Convert.ToInt64(id, System.Globalization.CultureInfo.InvariantCulture) : null;
    }
}
