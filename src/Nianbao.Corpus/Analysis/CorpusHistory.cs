using Nianbao.Corpus.Query;
using Nianbao.Corpus.Storage;
using Nianbao.Model;

namespace Nianbao.Corpus.Analysis;

/// <summary>An agency's reports across the years the corpus holds, for a unit's trend (compare's charts).</summary>
public static class CorpusHistory
{
    /// <summary>One report per year of the agency, in year order: of the given scope when the year has one, else the first stored.</summary>
    /// <param name="db">The corpus.</param>
    /// <param name="agencyId">The agency.</param>
    /// <param name="scope">The scope to prefer (own, summary) or null.</param>
    /// <returns>The reports, earliest year first.</returns>
    public static IReadOnlyList<Report> Of(CorpusDb db, long agencyId, string? scope)
    {
        var rows = CorpusQuery.Reports(db, new ReportFilter { Agency = agencyId.ToString(System.Globalization.CultureInfo.InvariantCulture) })
            .Where(r => r.Year is not null).GroupBy(r => r.Year!.Value).OrderBy(g => g.Key)
            .Select(g => g.OrderBy(r => r.Scope == scope ? 0 : 1).ThenBy(r => r.Id).First()).ToList();
        using var c = db.Connect();
        return rows.Select(r => ReportLoader.Load(c, null, r.Id)!).ToList();
    }
}
