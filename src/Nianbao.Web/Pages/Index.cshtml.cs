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

    /// <summary>Imports the kept upload into the corpus (signed in) and opens its report page, where its findings can
    /// be confirmed or dismissed.</summary>
    /// <param name="id">The kept upload.</param>
    /// <returns>A redirect, or the problem.</returns>
    public IActionResult OnPostImport(string id)
    {
        if (Security.Refusal(HttpContext, settings, T("导入报告", "import reports"), fromCookie: true) is { } refused) return ShowProblem(refused);
        if (kept.Find(id) is not { } hit) return NotFound();
        var db = corpus.Open(create: true);
        var summary = Nianbao.Corpus.Import.UploadImport.Import(db, [(hit.Upload.Name, hit.Upload.Bytes)], new Nianbao.Corpus.Import.ImportOptions { Workers = 1 }, HttpContext.RequestAborted);
        if (summary.Failures.Count > 0) return ShowProblem(Problems.Result(Problems.Of(422, summary.Failures[0].Failure, Lang)));
        var sha = Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(hit.Upload.Bytes));
        return Nianbao.Corpus.Query.StoredReport.Find(db, sha) is { } stored ? Redirect($"/reports/{stored.Row.Id}") : NotFound();
    }

    void Show(string id, ReviewUnit unit)
    {
        Id = id;
        Unit = unit;
        Shown = ReportView.Findings(unit.Report, unit.Findings, Lang);
        TablesHtml = unit.Report is { } r ? ReportView.Tables(r, Shown, Lang) : "";
    }
}
