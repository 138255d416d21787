using Microsoft.AspNetCore.Mvc;
using Nianbao.Corpus.Query;
using Nianbao.Web.Api;
using Nianbao.Web.Shell;

namespace Nianbao.Web.Pages;

/// <summary>One stored report: its tables with the findings on their cells, each finding with its review decision
/// (confirm or dismiss with a comment, signed in).</summary>
public sealed class ReportModel(CorpusAccess corpus, ServeSettings settings) : PageBase
{
    /// <summary>The report.</summary>
    public StoredReport? Stored { get; private set; }

    /// <summary>Its findings as shown.</summary>
    public List<ShownFinding> Shown { get; private set; } = [];

    /// <summary>The annotated tables.</summary>
    public string TablesHtml { get; private set; } = "";

    /// <summary>Shows the report.</summary>
    /// <param name="id">Report id.</param>
    /// <returns>The page.</returns>
    public IActionResult OnGet(long id)
    {
        var (db, error) = corpus.TryOpen();
        if (db is null) { Problem = Problems.Of(503, error!.Finding, Lang); return Page(); }
        Stored = StoredReport.Find(db, id.ToString(System.Globalization.CultureInfo.InvariantCulture));
        if (Stored is null) return NotFound();
        Shown = StoredView.Findings(Stored, Lang);
        TablesHtml = ReportView.Tables(Stored.Report, Shown, Lang);
        return Page();
    }

    /// <summary>Records a review decision (signed in; antiforgery).</summary>
    /// <param name="id">Report id.</param>
    /// <param name="code">Finding code.</param>
    /// <param name="location">Location key.</param>
    /// <param name="status">open, confirmed, dismissed.</param>
    /// <param name="comment">Comment.</param>
    /// <param name="by">Reviewer.</param>
    /// <param name="back">A local page to return to.</param>
    /// <returns>A redirect, or the problem.</returns>
    public IActionResult OnPostReview(long id, string code, string? location, string status, string? comment, string? by, string? back)
    {
        if (Security.Refusal(HttpContext, settings, T("记录审核意见", "record review decisions"), fromCookie: true) is { } refused) return ShowProblem(refused);
        var result = CorpusApi.Decide(HttpContext, corpus.Open(), id, new CorpusApi.ReviewBody(code, location, status, comment, by), Lang);
        if (result is not Microsoft.AspNetCore.Http.HttpResults.NoContent) return ShowProblem(result);
        return Redirect(back is { } b && Url.IsLocalUrl(b) ? b : $"/reports/{id}");
    }
}
