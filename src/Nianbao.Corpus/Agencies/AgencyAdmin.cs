using System.Data.Common;
using Nianbao.Corpus.Import;
using Nianbao.Corpus.Storage;

namespace Nianbao.Corpus.Agencies;

/// <summary>One agency as listed: identity, area, parent, the names it was printed under, its reports' years.</summary>
public sealed record AgencyRow(long Id, string Name, string Key, string? Type, string? Level, string? RegionCode, string? RegionName,
    long? ParentId, string? ParentName, IReadOnlyList<string> Names, IReadOnlyList<int> Years, int Reports);

/// <summary>
/// `nianbao agency list|merge|rename` (docs/corpus.md "Agencies"): an agency keeps every alias it was ever known
/// by, so a later import under an old spelling lands on it; merging moves the other's aliases and reports over;
/// renaming changes the display name and adds the new name as an alias. Both re-pair cross-year reports.
/// </summary>
public static class AgencyAdmin
{
    public static List<AgencyRow> List(CorpusDb db, string? match = null)
    {
        using var c = db.Connect();
        var names = new Dictionary<long, SortedSet<string>>();
        var years = new Dictionary<long, SortedSet<int>>();
        var counts = new Dictionary<long, int>();
        using (var cmd = Db.Command(c, null, "SELECT agency_id, agency_name, year FROM reports WHERE agency_id IS NOT NULL"))
        using (var r = cmd.ExecuteReader())
            while (r.Read())
            {
                var id = r.GetInt64(0);
                if (Db.Str(r, 1) is { } n) (names.TryGetValue(id, out var s) ? s : names[id] = new(StringComparer.Ordinal)).Add(n);
                if (Db.Int(r, 2) is int y) (years.TryGetValue(id, out var ys) ? ys : years[id] = []).Add(y);
                counts[id] = counts.GetValueOrDefault(id) + 1;
            }
        using (var cmd = Db.Command(c, null, "SELECT agency_id, alias FROM agency_aliases"))
        using (var r = cmd.ExecuteReader())
            while (r.Read())
                (names.TryGetValue(r.GetInt64(0), out var s) ? s : names[r.GetInt64(0)] = new(StringComparer.Ordinal)).Add(r.GetString(1));
        var list = new List<AgencyRow>();
        using (var cmd = Db.Command(c, null, """
            SELECT a.id, a.name, a.key, a.type, a.level, a.region_code, a.region_name, a.parent_id, p.name
            FROM agencies a LEFT JOIN agencies p ON p.id = a.parent_id ORDER BY a.id
            """))
        using (var r = cmd.ExecuteReader())
            while (r.Read())
            {
                var id = r.GetInt64(0);
                var row = new AgencyRow(id, r.GetString(1), r.GetString(2), Db.Str(r, 3), Db.Str(r, 4), Db.Str(r, 5), Db.Str(r, 6), Db.Long(r, 7), Db.Str(r, 8),
                    names.TryGetValue(id, out var n) ? [.. n] : [], years.TryGetValue(id, out var y) ? [.. y] : [], counts.GetValueOrDefault(id));
                if (match is null || row.Name.Contains(match, StringComparison.Ordinal) || row.Names.Any(x => x.Contains(match, StringComparison.Ordinal))
                    || row.RegionCode?.StartsWith(match, StringComparison.Ordinal) == true || id.ToString(System.Globalization.CultureInfo.InvariantCulture) == match)
                    list.Add(row);
            }
        return list;
    }

    /// <summary>The agency an id or a name (display name, printed name or alias) designates.</summary>
    public static AgencyRow Resolve(CorpusDb db, string idOrName)
    {
        var all = List(db);
        if (long.TryParse(idOrName, out var id) && all.FirstOrDefault(a => a.Id == id) is { } byId) return byId;
        var key = AgencyIdentity.Of(idOrName)?.Key;
        var hits = all.Where(a => a.Name == idOrName || a.Names.Contains(idOrName) || a.Key == key).ToList();
        return hits.Count switch
        {
            1 => hits[0],
            0 => throw new CorpusException("NB-AGENCY-UNKNOWN", ("agency", idOrName)),
            _ => throw new CorpusException("NB-AGENCY-AMBIGUOUS", ("agency", idOrName), ("candidates", string.Join(", ", hits.Select(h => $"{h.Id} {h.Name}")))),
        };
    }

    /// <summary>Merges <paramref name="from"/> into <paramref name="into"/>: aliases, reports and children move; <paramref name="from"/> goes.</summary>
    public static void Merge(CorpusDb db, string into, string from)
    {
        var target = Resolve(db, into);
        var source = Resolve(db, from);
        if (target.Id == source.Id) return;
        using (var c = db.Connect())
        using (var tx = c.BeginTransaction())
        {
            (string Name, object? Value)[] ids = [("to", target.Id), ("from", source.Id)];
            Db.Exec(c, tx, "UPDATE agency_aliases SET agency_id = @to WHERE agency_id = @from", ids);
            Db.Exec(c, tx, "UPDATE reports SET agency_id = @to WHERE agency_id = @from", ids);
            Db.Exec(c, tx, "UPDATE agencies SET parent_id = @to WHERE parent_id = @from", ids);
            Db.Exec(c, tx, "DELETE FROM agencies WHERE id = @from", ("from", source.Id));
            tx.Commit();
        }
        Importer.Refresh(db);
    }

    /// <summary>Renames an agency; the new name also becomes an alias (an error when it names another agency).</summary>
    public static void Rename(CorpusDb db, string agency, string name)
    {
        var target = Resolve(db, agency);
        var identity = AgencyIdentity.Of(name) ?? throw new CorpusException("NB-AGENCY-UNKNOWN", ("agency", name));
        using (var c = db.Connect())
        using (var tx = c.BeginTransaction())
        {
            if (AgencyStore.Lookup(c, tx, identity.Key) is long other && other != target.Id)
                throw new CorpusException("NB-AGENCY-AMBIGUOUS", ("agency", name), ("candidates", $"{target.Id} {target.Name}, {other} (nianbao agency merge)"));
            Db.Exec(c, tx, "UPDATE agencies SET name = @name WHERE id = @id", ("name", name.Trim()), ("id", target.Id));
            Db.Exec(c, tx, "INSERT INTO agency_aliases (alias_key, agency_id, alias) VALUES (@k, @id, @name) ON CONFLICT (alias_key) DO NOTHING",
                ("k", identity.Key), ("id", target.Id), ("name", name.Trim()));
            tx.Commit();
        }
        Importer.Refresh(db);
    }

    /// <summary>
    /// Links each agency with a resolved area to its parent: a department to its area's government, a government or
    /// township to the government of the nearest enclosing area that is in the corpus. Derived from the corpus's
    /// content only, so every importer computes the same links.
    /// </summary>
    internal static void LinkParents(DbConnection c)
    {
        var agencies = new List<(long Id, string? Type, string? Region, long? Parent)>();
        using (var cmd = Db.Command(c, null, "SELECT id, type, region_code, parent_id FROM agencies WHERE region_code IS NOT NULL ORDER BY id"))
        using (var r = cmd.ExecuteReader())
            while (r.Read()) agencies.Add((r.GetInt64(0), Db.Str(r, 1), Db.Str(r, 2), Db.Long(r, 3)));
        if (agencies.Count == 0) return;
        using var tx = c.BeginTransaction();
        foreach (var a in agencies)
        {
            long? parent = null;
            var division = Divisions.ByCode(a.Region!);
            if (a.Type == "department")
                parent = AgencyStore.Lookup(c, tx, AgencyIdentity.GovernmentKey(a.Region!)) is long gov && gov != a.Id ? gov : null;
            else
                for (var d = division?.Parent is { } p ? Divisions.ByCode(p) : null; parent is null && d is not null; d = d.Parent is { } q ? Divisions.ByCode(q) : null)
                    if (AgencyStore.Lookup(c, tx, AgencyIdentity.GovernmentKey(d.Code)) is long up && up != a.Id) parent = up;
            if (parent != a.Parent) Db.Exec(c, tx, "UPDATE agencies SET parent_id = @p WHERE id = @id", ("p", parent), ("id", a.Id));
        }
        tx.Commit();
    }
}
