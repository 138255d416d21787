using Microsoft.AspNetCore.Mvc;
using Nianbao.Analysis;
using Nianbao.Corpus.Agencies;
using Nianbao.Corpus.Query;
using Nianbao.Template;
using Nianbao.Web.Shell;

namespace Nianbao.Web.Pages;

/// <summary>One year of an agency as the page shows it.</summary>
/// <param name="Stored">The stored report.</param>
/// <param name="Findings">Its findings as shown.</param>
/// <param name="TablesHtml">Its annotated tables.</param>
public sealed record AgencyYear(StoredReport Stored, List<ShownFinding> Findings, string TablesHtml);

/// <summary>Two consecutive years compared by the library's <see cref="ReportComparer"/>.</summary>
/// <param name="Earlier">The earlier report's id.</param>
/// <param name="Later">The later report's id.</param>
/// <param name="Comparison">The comparison.</param>
/// <param name="Summary">Its summary text.</param>
public sealed record AgencyPair(long Earlier, long Later, ReportComparison Comparison, string Summary);

/// <summary>单位 Agency: its years side by side (tables with findings, review), trend chart, cross-year findings and the
/// copied-text comparison of consecutive years.</summary>
public sealed class AgencyModel(CorpusAccess corpus) : PageBase
{
    /// <summary>The agency.</summary>
    public AgencyRow? Agency { get; private set; }

    /// <summary>Its reports, earliest first.</summary>
    public List<AgencyYear> Years { get; } = [];

    /// <summary>Consecutive years compared.</summary>
    public List<AgencyPair> Pairs { get; } = [];

    /// <summary>Shows the agency.</summary>
    /// <param name="id">Agency id.</param>
    /// <returns>The page.</returns>
    public IActionResult OnGet(long id)
    {
        var (db, error) = corpus.TryOpen();
        if (db is null) { Problem = Problems.Of(503, error!.Finding, Lang); return Page(); }
        Agency = AgencyAdmin.List(db).FirstOrDefault(a => a.Id == id);
        if (Agency is null) return NotFound();
        var key = id.ToString(System.Globalization.CultureInfo.InvariantCulture);
        foreach (var row in CorpusQuery.Reports(db, new ReportFilter { Agency = key }).OrderBy(r => r.Year).ThenBy(r => r.Id))
        {
            var stored = StoredReport.Find(db, row.Id.ToString(System.Globalization.CultureInfo.InvariantCulture))!;
            var shown = StoredView.Findings(stored, Lang);
            Years.Add(new AgencyYear(stored, shown, ReportView.Tables(stored.Report, shown, Lang)));
        }
        foreach (var (a, b) in Years.Zip(Years.Skip(1)).Where(p => p.First.Stored.Row.Year + 1 == p.Second.Stored.Row.Year))
        {
            var c = ReportComparer.Compare(a.Stored.Report, b.Stored.Report, ReportTemplate.Embedded);
            Pairs.Add(new AgencyPair(a.Stored.Row.Id, b.Stored.Row.Id, c, ComparisonOutput.Summary(c, ReportTemplate.Embedded, Lang)));
        }
        return Page();
    }

    /// <summary>The full comparison of two of the agency's reports (the library's HTML page).</summary>
    /// <param name="id">Agency id.</param>
    /// <param name="a">One report id.</param>
    /// <param name="b">The other.</param>
    /// <returns>The comparison page.</returns>
    public IActionResult OnGetCompare(long id, long a, long b)
    {
        var db = corpus.Open();
        var inv = System.Globalization.CultureInfo.InvariantCulture;
        var ra = StoredReport.Find(db, a.ToString(inv));
        var rb = StoredReport.Find(db, b.ToString(inv));
        if (ra is null || rb is null || ra.Row.AgencyId != id || rb.Row.AgencyId != id) return NotFound();
        var c = ReportComparer.Compare(ra.Report, rb.Report, ReportTemplate.Embedded);
        return Content(ComparisonOutput.Html(c, ReportTemplate.Embedded, Lang), "text/html; charset=utf-8");
    }

    /// <summary>The trend chart: errors, warnings and new applications per year (a blank cell is a gap).</summary>
    public Microsoft.AspNetCore.Html.IHtmlContent Chart => PageCharts.Chart("trend", T("各年度趋势", "trend by year"),
        Years.Select(y => y.Stored.Row.Year?.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? "?"),
        new PageCharts.Series(T("新收申请", "new applications"), "line", Years.Select(y => (decimal?)y.Stored.Report.Value(Keys.Tables.Applications, Keys.Applications.Rows.NewReceived, Keys.Applications.Columns.Total).Integer)),
        new PageCharts.Series(T("错误", "errors"), "line", Years.Select(y => (decimal?)y.Stored.Row.Errors)),
        new PageCharts.Series(T("警告", "warnings"), "line", Years.Select(y => (decimal?)y.Stored.Row.Warnings)));
}
