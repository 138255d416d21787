using Nianbao.Analysis;
using Nianbao.Corpus.Agencies;
using Nianbao.Corpus.Query;
using Nianbao.Corpus.Storage;
using Nianbao.Model;
using Nianbao.Template;

namespace Nianbao.Corpus.Analysis;

/// <summary>One 汇总 report of the corpus checked against its members (<see cref="Hierarchy"/>).</summary>
/// <param name="Summary">The summary report's row.</param>
/// <param name="Members">The member reports compared (the area's own report, its child agencies' reports).</param>
/// <param name="Missing">Child agencies with no report for the year.</param>
/// <param name="Findings">NB-HIER-DIFF on the summary's cells, or NB-HIER-MISSING.</param>
public sealed record HierarchyResult(ReportRow Summary, IReadOnlyList<ReportRow> Members, IReadOnlyList<string> Missing, IReadOnlyList<Finding> Findings);

/// <summary>
/// Rollups and the hierarchy check over the corpus or files: the library's <see cref="Rollup"/> and
/// <see cref="Hierarchy"/>, with each report's scope (本级/汇总) and agency from the corpus (docs/corpus.md "Scope",
/// "Agencies") or inferred for files.
/// </summary>
public static class CorpusRollup
{
    /// <summary>The filtered reports of the corpus as rollup inputs, labelled #id and file name.</summary>
    /// <param name="db">The corpus.</param>
    /// <param name="filter">Which reports.</param>
    /// <returns>The inputs, in id order.</returns>
    public static IEnumerable<RollupInput> Inputs(CorpusDb db, ReportFilter filter)
    {
        using var c = db.Connect();
        foreach (var row in CorpusQuery.Reports(db, filter).ToList())
            yield return new RollupInput(ReportLoader.Load(c, null, row.Id)!, row.Scope, $"#{row.Id} {row.FileName}", row.AgencyId?.ToString(System.Globalization.CultureInfo.InvariantCulture));
    }

    /// <summary>Reports read from files as rollup inputs: the scope inferred as import does, the agency identified by name.</summary>
    /// <param name="reports">Parsed reports.</param>
    /// <returns>The inputs.</returns>
    public static IEnumerable<RollupInput> Inputs(IEnumerable<Report> reports) => reports.Select(r =>
    {
        var identity = AgencyIdentity.Of(r.Agency, r.Metadata.GetValueOrDefault(Keys.Metadata.Issuer)?.Value);
        return new RollupInput(r, ReportScope.Infer(r, identity).Scope, r.Source, identity?.Key);
    });

    /// <summary>Checks every 汇总 report among the filtered ones against its members of the same year: the area's own
    /// 本级 report and, for each child agency (docs/corpus.md "Parents"), its 汇总 report if it has one, else its other report.</summary>
    /// <param name="db">The corpus.</param>
    /// <param name="filter">Which summary reports to check.</param>
    /// <returns>One result per summary report.</returns>
    public static IEnumerable<HierarchyResult> CheckHierarchy(CorpusDb db, ReportFilter filter)
    {
        var all = CorpusQuery.Reports(db, ReportFilter.All).ToList();
        var children = new Dictionary<long, List<(long Id, string Name)>>();
        using var c = db.Connect();
        using (var cmd = c.CreateCommand())
        {
            cmd.CommandText = "SELECT id, name, parent_id FROM agencies WHERE parent_id IS NOT NULL ORDER BY id";
            using var r = cmd.ExecuteReader();
            while (r.Read())
            {
                var parent = Db.Long(r, 2)!.Value;
                if (!children.TryGetValue(parent, out var list)) children[parent] = list = [];
                list.Add((r.GetInt64(0), r.GetString(1)));
            }
        }
        foreach (var s in CorpusQuery.Reports(db, filter).Where(x => x.Scope == ReportScope.Summary && x.AgencyId is not null).ToList())
        {
            var members = new List<ReportRow>();
            var missing = new List<string>();
            if (all.FirstOrDefault(x => x.AgencyId == s.AgencyId && x.Year == s.Year && x.Scope == ReportScope.Own) is { } own) members.Add(own);
            foreach (var (id, name) in children.GetValueOrDefault(s.AgencyId!.Value) ?? [])
            {
                var theirs = all.Where(x => x.AgencyId == id && x.Year == s.Year).OrderBy(x => x.Scope == ReportScope.Summary ? 0 : 1).ThenBy(x => x.Id).FirstOrDefault();
                if (theirs is null) missing.Add(name); else members.Add(theirs);
            }
            if (members.Count == 0 && missing.Count == 0) continue;   // no member known: nothing to compare
            var summary = ReportLoader.Load(c, null, s.Id)!;
            var reports = members.Select(m => ReportLoader.Load(c, null, m.Id)!).ToList();
            yield return new HierarchyResult(s, members, missing, Hierarchy.Compare(summary, reports, missing, ReportTemplate.Embedded));
        }
    }
}
