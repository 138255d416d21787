using Microsoft.AspNetCore.Mvc;
using Nianbao.Output;
using Nianbao.Web.Shell;

namespace Nianbao.Web.Pages;

/// <summary>检查 Check: upload a file or paste text; the tables in the standard layout with the findings on their
/// cells; downloads. The upload goes through the batch API (<see cref="Checks"/>) like `nianbao check`.</summary>
public sealed class IndexModel(ServeSettings settings, CorpusAccess corpus, CheckedUploads kept) : PageBase
{
    /// <summary>The kept upload's id.</summary>
    public string? Id { get; private set; }

    /// <summary>The checked unit.</summary>
    public ReviewUnit? Unit { get; private set; }

    /// <summary>The findings as shown.</summary>
    public List<ShownFinding> Shown { get; private set; } = [];

    /// <summary>The annotated tables.</summary>
    public string TablesHtml { get; private set; } = "";

    /// <summary>Shows the form, or the result of a kept upload.</summary>
    /// <param name="id">The kept upload.</param>
    /// <returns>The page.</returns>
    public IActionResult OnGet(string? id)
    {
        if (id is null) return Page();
        if (kept.Find(id) is not { } hit) return NotFound();
        Show(id, hit.Unit);
        return Page();
    }

    /// <summary>Checks the upload and shows it (redirects to its kept result).</summary>
    /// <returns>The page.</returns>
    public async Task<IActionResult> OnPostAsync()
    {
        var form = await Request.ReadFormAsync(HttpContext.RequestAborted);
        var (upload, problem) = await Uploads.FromForm(form, settings, Uploads.ReportKinds, "file", Lang, HttpContext.RequestAborted);
        if (problem is not null) return ShowProblem(problem);
        var unit = Checks.Run(upload!, settings, corpus, check: true, HttpContext.RequestAborted);
        if (unit.Report is null) return ShowProblem(Api.ReadingApi.Unreadable(unit, Lang));
        return Redirect($"/?id={kept.Keep(upload!, unit)}");
    }

    void Show(string id, ReviewUnit unit)
    {
        Id = id;
        Unit = unit;
        Shown = ReportView.Findings(unit.Report, unit.Findings, Lang);
        TablesHtml = unit.Report is { } r ? ReportView.Tables(r, Shown, Lang) : "";
    }
}
