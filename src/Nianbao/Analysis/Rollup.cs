using Nianbao.Checking;
using Nianbao.Model;
using Nianbao.Template;

namespace Nianbao.Analysis;

/// <summary>Which reports a rollup adds up: 本级 (own) reports, or 汇总 (summary) reports.</summary>
public enum RollupScope
{
    /// <summary>本级: reports covering their issuer only; a 汇总 report is left out (it already holds its members).</summary>
    Own,
    /// <summary>汇总: area summaries (e.g. the counties' summaries into a city's); a 本级 report is left out.</summary>
    Summary,
}

/// <summary>Why a report was left out of a rollup.</summary>
public enum RollupReason
{
    /// <summary>A 汇总 report in a 本级 rollup: adding it would count its members twice.</summary>
    SummaryReport,
    /// <summary>A 本级 report in a 汇总 rollup.</summary>
    OwnReport,
    /// <summary>No uniform tables (a free-form report, or none recognised).</summary>
    NoTables,
    /// <summary>Another format version than the rollup's (the tables' rows differ).</summary>
    OtherFormat,
    /// <summary>A second report of the same agency and year.</summary>
    Duplicate,
}

/// <summary>A report offered to a rollup.</summary>
/// <param name="Report">The report.</param>
/// <param name="Scope">"own" (本级), "summary" (汇总) or null when unknown (docs/corpus.md "Scope").</param>
/// <param name="Label">How the report is named in the listing (a file name, a corpus id).</param>
/// <param name="AgencyKey">The agency's identity for spotting duplicates, or null to use the printed name.</param>
public sealed record RollupInput(Report Report, string? Scope, string Label, string? AgencyKey = null);

/// <summary>A report in the rollup's listing: went in (<see cref="Reason"/> null) or left out and why.</summary>
/// <param name="Label">The report's label.</param>
/// <param name="Agency">The agency as printed.</param>
/// <param name="Year">The report year.</param>
/// <param name="Scope">own, summary or null.</param>
/// <param name="Reason">Why it was left out; null when it went in.</param>
public sealed record RollupEntry(string Label, string? Agency, int? Year, string? Scope, RollupReason? Reason);

/// <summary>The rollup: the summed report, exactly which reports went in and which were left out, the cells without
/// a sum, and the checker's findings on the sum.</summary>
/// <param name="Sum">The summed report (null when no report went in).</param>
/// <param name="Included">Reports added, in input order.</param>
/// <param name="LeftOut">Reports left out, with the reason.</param>
/// <param name="BlankCells">Cells left blank in the sum because a report gave no number for them.</param>
/// <param name="Findings">The checker's findings on the summed tables (the sum has no narrative, so rules on the text do not apply).</param>
public sealed record RollupResult(Report? Sum, IReadOnlyList<RollupEntry> Included, IReadOnlyList<RollupEntry> LeftOut,
    IReadOnlyList<CellRef> BlankCells, IReadOnlyList<Finding> Findings);

/// <summary>
/// Sums chosen reports cell-wise into one set of tables and re-checks them (issue 11 item 5; docs/metrics.md
/// "Rollup"). One format version is summed (the most common among the reports in scope; its tables' rows differ from
/// the other's); the scope keeps a parent's own 汇总 report out of its children's sum. Reports of several years are
/// summed as given (the sum then has no year, and the listing says so): choose one year with the filters.
/// </summary>
public static class Rollup
{
    /// <summary>Sums the reports in scope.</summary>
    /// <param name="inputs">The candidate reports.</param>
    /// <param name="scope">本级 or 汇总.</param>
    /// <param name="template">The template.</param>
    /// <param name="name">The agency name the sum is given (default 汇总).</param>
    /// <returns>The sum, the listing and the findings.</returns>
    public static RollupResult Sum(IEnumerable<RollupInput> inputs, RollupScope scope, ReportTemplate template, string? name = null)
    {
        var all = inputs.ToList();
        var verdicts = all.Select(i => (i, Reason: ScopeReason(i, scope) ?? (template.HasTables(i.Report.Format) && i.Report.Format is not null && i.Report.Tables.Count > 0 ? (RollupReason?)null : RollupReason.NoTables))).ToList();
        var candidates = verdicts.Where(v => v.Reason is null).Select(v => v.i).ToList();
        var format = candidates.GroupBy(i => i.Report.Format!).OrderByDescending(g => g.Count()).ThenBy(g => g.Key.Value, StringComparer.Ordinal).FirstOrDefault()?.Key;
        var seen = new HashSet<string>();
        var included = new List<Report>();
        var listing = verdicts.Select(v =>
        {
            var r = v.i.Report;
            var reason = v.Reason ?? (r.Format != format ? RollupReason.OtherFormat
                : !seen.Add($"{v.i.AgencyKey ?? PreviousReports.AgencyKey(r) ?? v.i.Label}|{r.Year}") ? RollupReason.Duplicate : null);
            if (reason is null) included.Add(r);
            return new RollupEntry(v.i.Label, r.Agency, r.Year, v.i.Scope, reason);
        }).ToList();
        if (included.Count == 0 || format is null) return new RollupResult(null, [], listing, [], []);
        var blank = new List<CellRef>();
        var years = included.Select(r => r.Year).Distinct().ToList();
        var sum = new Report { Source = name ?? "汇总", Format = format, Year = years.Count == 1 ? years[0] : null, Agency = name };
        foreach (var (k, t) in CellSum.Of(included, format, template, blank)) sum.Tables[k] = t;
        return new RollupResult(sum, listing.Where(e => e.Reason is null).ToList(), listing.Where(e => e.Reason is not null).ToList(), blank,
            ReportChecker.CheckOne(sum, null, template).Where(f => f.Location.Table is not null).ToList());
    }

    static RollupReason? ScopeReason(RollupInput i, RollupScope scope) => (scope, i.Scope) switch
    {
        (RollupScope.Own, Scopes.Summary) => RollupReason.SummaryReport,
        (RollupScope.Summary, Scopes.Own) => RollupReason.OwnReport,
        _ => null,
    };
}

/// <summary>The scope values of a report (docs/corpus.md "Scope").</summary>
public static class Scopes
{
    /// <summary>本级: the issuer only.</summary>
    public const string Own = "own";
    /// <summary>汇总: the issuer's whole area.</summary>
    public const string Summary = "summary";
}
