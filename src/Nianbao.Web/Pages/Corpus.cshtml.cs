using Microsoft.AspNetCore.Mvc;
using Nianbao.Corpus.Import;
using Nianbao.Corpus.Query;
using Nianbao.Web.Api;
using Nianbao.Web.Shell;

namespace Nianbao.Web.Pages;

/// <summary>语料 Corpus: the filters of `nianbao list`, a sortable paged table, reports per year as a chart, export
/// links with the same filters, and (signed in) an upload that imports.</summary>
public sealed class CorpusModel(CorpusAccess corpus, ServeSettings settings) : PageBase
{
    /// <summary>The page of reports, or null without a corpus.</summary>
    public ReportPage? Rows { get; private set; }

    /// <summary>Reports per year (the chart).</summary>
    public IReadOnlyList<YearCount> Years { get; private set; } = [];

    /// <summary>Finding codes present (the code filter).</summary>
    public IReadOnlyList<(string Code, int Reports)> Codes { get; private set; } = [];

    /// <summary>The sort column.</summary>
    public string Sort { get; private set; } = "id";

    /// <summary>Descending.</summary>
    public bool Desc { get; private set; }

    /// <summary>The outcome of an import, shown once.</summary>
    [TempData] public string? Imported { get; set; }

    /// <summary>Shows the page.</summary>
    /// <param name="sort">Sort column.</param>
    /// <param name="desc">Descending.</param>
    /// <param name="page">Page from 1.</param>
    /// <returns>The page.</returns>
    public IActionResult OnGet(string? sort, bool? desc, int? page)
    {
        var (db, error) = corpus.TryOpen();
        if (db is null) { Problem = Problems.Of(503, error!.Finding, Lang); return Page(); }
        Sort = sort is not null && CorpusPages.SortColumns.ContainsKey(sort) ? sort : "id";
        Desc = desc == true;
        var filter = CorpusApi.Filter(Request.Query);
        Rows = CorpusPages.Page(db, filter, Sort, Desc, page ?? 1, 50);
        Years = CorpusPages.ByYear(db, filter);
        Codes = CorpusPages.Codes(db);
        return Page();
    }

    /// <summary>Imports the uploaded files (signed in).</summary>
    /// <returns>A redirect back, or the problem.</returns>
    public async Task<IActionResult> OnPostImportAsync()
    {
        if (Security.Refusal(HttpContext, settings, T("导入报告", "import reports"), fromCookie: true) is { } refused) return ShowProblem(refused);
        var form = await Request.ReadFormAsync(HttpContext.RequestAborted);
        var items = new List<(string, byte[])>();
        foreach (var file in form.Files)
        {
            var (upload, problem) = await Uploads.FromForm(new FormCollection(new(), new FormFileCollection { file }), settings, Uploads.ReportKinds, file.Name, Lang, HttpContext.RequestAborted);
            if (problem is not null) return ShowProblem(problem);
            items.Add((upload!.Name, upload.Bytes));
        }
        var s = UploadImport.Import(corpus.Open(create: true), items, new ImportOptions { Workers = 1 }, HttpContext.RequestAborted);
        Imported = T($"新增 {s.New}，未变 {s.Unchanged}，重新读取 {s.Reparsed}，失败 {s.Failed}", $"new {s.New}, unchanged {s.Unchanged}, re-parsed {s.Reparsed}, failed {s.Failed}")
            + string.Concat(s.Failures.Select(f => $"; {f.Path}: {f.Failure.Message(Lang)}"));
        return Redirect("/corpus");
    }

    /// <summary>The current query with some values replaced (links for sorting, paging, export).</summary>
    /// <param name="changes">Name and new value (null removes).</param>
    /// <returns>A query string starting with '?'.</returns>
    public string With(params (string Name, string? Value)[] changes)
    {
        var q = Request.Query.ToDictionary(k => k.Key, k => k.Value.ToString());
        foreach (var (name, value) in changes) { if (value is null) q.Remove(name); else q[name] = value; }
        return Microsoft.AspNetCore.Http.QueryString.Create(q.Where(kv => kv.Value.Length > 0).Select(kv => KeyValuePair.Create(kv.Key, (string?)kv.Value))).ToString();
    }

    /// <summary>The chart: reports and reports with errors per year.</summary>
    public Microsoft.AspNetCore.Html.IHtmlContent Chart => PageCharts.Chart("chart", T("各年度报告数", "reports per year"),
        Years.Select(y => y.Year.ToString(System.Globalization.CultureInfo.InvariantCulture)),
        new PageCharts.Series(T("报告数", "reports"), "bar", Years.Select(y => (decimal?)y.Reports), "#8b1a1a"),
        new PageCharts.Series(T("有错误的报告", "reports with errors"), "bar", Years.Select(y => (decimal?)y.WithErrors), "#e6a23c"));
}
