using System.Text.Json.Nodes;
using Nianbao.Corpus.Export;
using Nianbao.Corpus.Import;
using Nianbao.Corpus.Query;
using Nianbao.Corpus.Review;
using Nianbao.Corpus.Storage;
using Nianbao.Model;
using Nianbao.Output;
using Nianbao.Web.Shell;

namespace Nianbao.Web.Api;

/// <summary>The corpus over HTTP: import (token), list and show, export (every format of <c>nianbao export</c>) and
/// review decisions (token). The same library calls as the corpus commands.</summary>
public static class CorpusApi
{
    /// <summary>Maps the endpoints.</summary>
    /// <param name="api">The /api group.</param>
    public static void Map(RouteGroupBuilder api)
    {
        api.MapPost("/import", Import).WithName("import").WithTags("corpus")
            .WithSummary("Import reports into the corpus (needs the token)")
            .WithDescription("Multipart form: one or more `file` fields. Header `Authorization: Bearer TOKEN`. Returns the import summary; a file that cannot be read is listed with its finding and never stops the others.")
            .Produces(200).ProducesProblem(401).ProducesProblem(403).ProducesProblem(413).ProducesProblem(415).DisableAntiforgery();
        api.MapGet("/reports", List).WithName("listReports").WithTags("corpus")
            .WithSummary("List the corpus's reports: filters, sort, page")
            .WithDescription("Filters as `nianbao list`: year, agency, region, level, type, code, review. `sort` one of id, agency, region, year, level, type, format, errors, warnings, file; `desc`; `page` from 1; `size` up to 500.")
            .Produces<ReportPage>().ProducesProblem(400).ProducesProblem(503);
        api.MapGet("/reports/{id}", Show).WithName("showReport").WithTags("corpus")
            .WithSummary("One report: its row, its values in the codebook shape, its findings with decisions")
            .Produces(200, contentType: "application/json").ProducesProblem(404).ProducesProblem(503);
        api.MapGet("/export", Export).WithName("export").WithTags("corpus")
            .WithSummary("Export the filtered corpus as csv, csv-long, xlsx, jsonl or parquet")
            .WithDescription("`to` is the format; the filters as for the list; `codebook=true` gives the codebook CSV that describes the columns instead.")
            .Produces(200, contentType: "application/octet-stream").ProducesProblem(400).ProducesProblem(503);
        api.MapGet("/stats", Stats).WithName("stats").WithTags("corpus")
            .WithSummary("The metrics of `nianbao stats` over the filtered corpus")
            .WithDescription("`by` = year, level, type, region or none; the filters as for the list. The JSON of `nianbao stats --format json`.")
            .Produces(200, contentType: "application/json").ProducesProblem(400).ProducesProblem(503);
        api.MapPost("/reports/{id}/review", Review).WithName("reviewFinding").WithTags("corpus")
            .WithSummary("Confirm or dismiss a finding, with a comment (needs the token)")
            .WithDescription("JSON body: {code, location (table.row.column, a section key, or empty for the whole report), status: open|confirmed|dismissed, comment, by}.")
            .Produces(204).ProducesProblem(400).ProducesProblem(401).ProducesProblem(403).ProducesProblem(404).DisableAntiforgery();
    }

    /// <summary>The query parameter of the review-status filter (named after the filter's property, as the CLI's --review).</summary>
    public static readonly string ReviewParameter = nameof(ReportFilter.Review).ToLowerInvariant();

    /// <summary>The filters of a request (the query string), as the library's filter.</summary>
    /// <param name="q">The query.</param>
    /// <returns>The filter.</returns>
    public static ReportFilter Filter(IQueryCollection q) => new()
    {
        Year = int.TryParse(q["year"], out var y) ? y : null,
        Agency = Blank(q["agency"]), Region = Blank(q["region"]), Level = Blank(q["level"]), Type = Blank(q["type"]),
        Code = Blank(q["code"]), Review = Decisions.Parse(Blank(q[ReviewParameter])),
    };

    static string? Blank(string? s) => string.IsNullOrWhiteSpace(s) ? null : s.Trim();

    static async Task<IResult> Import(HttpRequest request, ServeSettings settings, CorpusAccess corpus, CancellationToken cancel)
    {
        var lang = Ui.Lang(request.HttpContext);
        if (Security.Refusal(request.HttpContext, settings, Ui.T(request.HttpContext, "导入报告", "import reports")) is { } refused) return refused;
        if (request.ContentLength is long declared && declared > Uploads.FormLimit(settings)) return Problems.Result(Problems.TooLarge(declared, settings, lang));
        if (!request.HasFormContentType) return Problems.Result(Problems.Of(400, Finding.Create("NB-WEB-NO-INPUT"), lang));
        IFormCollection form;
        try { form = await request.ReadFormAsync(cancel); }
        catch (Exception e) when (e is BadHttpRequestException { StatusCode: 413 } or InvalidDataException)
        {
            return Problems.Result(Problems.TooLarge(request.ContentLength ?? 0, settings, lang));
        }
        var items = new List<(string, byte[])>();
        foreach (var file in form.Files)
        {
            var single = new FormCollection(new(), new FormFileCollection { file });
            var (upload, problem) = await Uploads.FromForm(single, settings, Uploads.ReportKinds, file.Name, lang, cancel);
            if (problem is not null) return problem;
            items.Add((upload!.Name, upload.Bytes));
        }
        if (items.Count == 0) return Problems.Result(Problems.Of(400, Finding.Create("NB-WEB-NO-INPUT"), lang));
        var summary = UploadImport.Import(corpus.Open(create: true), items, new ImportOptions { Workers = 1 }, cancel);
        return Results.Json(new
        {
            summary.New, summary.Unchanged, summary.Reparsed, summary.Failed, summary.Rechecked,
            failures = summary.Failures.Select(f => new { file = f.Path, finding = Problems.Brief(f.Failure, lang) }),
        });
    }

    static IResult List(HttpContext http, CorpusAccess corpus, string? sort, bool? desc, int? page, int? size)
    {
        var lang = Ui.Lang(http);
        if (Unavailable(corpus, lang) is { } problem) return problem;
        if (sort is not null && !CorpusPages.SortColumns.ContainsKey(sort)) return BadParameter("sort", sort, string.Join(", ", CorpusPages.SortColumns.Keys), lang);
        if (http.Request.Query[ReviewParameter].ToString() is { Length: > 0 } r && Decisions.Parse(r) is null) return BadParameter(ReviewParameter, r, "open, confirmed, dismissed", lang);
        return Results.Json(CorpusPages.Page(corpus.Open(), Filter(http.Request.Query), sort ?? "id", desc == true, page ?? 1, size ?? 50));
    }

    static IResult Stats(HttpContext http, CorpusAccess corpus, string? by)
    {
        var lang = Ui.Lang(http);
        if (Unavailable(corpus, lang) is { } problem) return problem;
        if (!Enum.TryParse<Nianbao.Analysis.StatsDimension>(by ?? "none", ignoreCase: true, out var dimension) || int.TryParse(by, out _))
            return BadParameter("by", by ?? "", "year, level, type, region, none", lang);
        var result = Nianbao.Corpus.Analysis.CorpusStatistics.Compute(corpus.Open(), Filter(http.Request.Query), dimension);
        return Results.Text(Nianbao.Analysis.StatsOutput.Json(result, lang), "application/json", System.Text.Encoding.UTF8);
    }

    static IResult Show(HttpContext http, CorpusAccess corpus, string id, bool? provenance)
    {
        var lang = Ui.Lang(http);
        if (Unavailable(corpus, lang) is { } problem) return problem;
        var stored = StoredReport.Find(corpus.Open(), id);
        if (stored is null) return NotFound(Ui.T(http, $"报告 {id}", $"report {id}"), lang);
        var json = new JsonObject
        {
            ["row"] = System.Text.Json.JsonSerializer.SerializeToNode(stored.Row, System.Text.Json.JsonSerializerOptions.Web),
            ["report"] = JsonNode.Parse(JsonReportWriter.ToJson(stored.Report, new JsonReportWriter.Options(lang, provenance == true, false))),
            ["findings"] = System.Text.Json.JsonSerializer.SerializeToNode(stored.Findings.Select(f => new
            {
                f.Code, severity = f.Severity.ToString().ToLowerInvariant(), location = f.LocationKey, message = f.Message(lang),
                cells = f.Cells, decision = f.Decision ?? Decisions.Open, f.Comment, f.DecidedBy, f.DecidedAt,
            }), System.Text.Json.JsonSerializerOptions.Web),
        };
        return Results.Text(json.ToJsonString(), "application/json", System.Text.Encoding.UTF8);
    }

    static IResult Export(HttpContext http, CorpusAccess corpus, string? to, bool? codebook)
    {
        var lang = Ui.Lang(http);
        if (Unavailable(corpus, lang) is { } problem) return problem;
        if (Exporter.ParseFormat(to ?? "") is not { } format) return BadParameter("to", to ?? "", "csv, csv-long, xlsx, jsonl, parquet", lang);
        var dir = Directory.CreateTempSubdirectory("nianbao-export-");
        try
        {
            var path = Path.Combine(dir.FullName, "nianbao" + Extension(format));
            var result = Exporter.Export(corpus.Open(), Filter(http.Request.Query), format, path, bom: http.Request.Query["bom"] == "true");
            var file = codebook == true ? result.CodebookPath : result.Path;
            var name = Path.GetFileName(file);
            return Results.File(File.ReadAllBytes(file), codebook == true ? "text/csv" : ContentType(format), name);
        }
        finally { dir.Delete(recursive: true); }
    }

    static string Extension(ExportFormat f) => f switch
    {
        ExportFormat.Xlsx => ".xlsx", ExportFormat.Jsonl => ".jsonl", ExportFormat.Parquet => ".parquet", _ => ".csv",
    };

    static string ContentType(ExportFormat f) => f switch
    {
        ExportFormat.Xlsx => "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
        ExportFormat.Jsonl => "application/x-ndjson", ExportFormat.Parquet => "application/vnd.apache.parquet", _ => "text/csv",
    };

    /// <summary>The review request body.</summary>
    /// <param name="Code">The finding's code.</param>
    /// <param name="Location">Its location key.</param>
    /// <param name="Status">open, confirmed or dismissed.</param>
    /// <param name="Comment">The reviewer's comment.</param>
    /// <param name="By">The reviewer.</param>
    public sealed record ReviewBody(string Code, string? Location, string Status, string? Comment, string? By);

    static IResult Review(HttpContext http, ServeSettings settings, CorpusAccess corpus, long id, ReviewBody body)
    {
        var lang = Ui.Lang(http);
        if (Security.Refusal(http, settings, Ui.T(http, "记录审核意见", "record review decisions")) is { } refused) return refused;
        if (Unavailable(corpus, lang) is { } problem) return problem;
        return Decide(http, corpus.Open(), id, body, lang);
    }

    /// <summary>Records a decision (API and page forms): 204, or 400/404 problems.</summary>
    /// <param name="http">The request.</param>
    /// <param name="db">The corpus.</param>
    /// <param name="id">The report id.</param>
    /// <param name="body">The decision.</param>
    /// <param name="lang">zh or en.</param>
    /// <returns>The result.</returns>
    public static IResult Decide(HttpContext http, CorpusDb db, long id, ReviewBody body, string lang)
    {
        if (Decisions.Parse(body.Status) is not { } status) return BadParameter("status", body.Status ?? "", "open, confirmed, dismissed", lang);
        var comment = body.Comment is { Length: > 2000 } c ? c[..2000] : body.Comment;
        var by = body.By is { Length: > 100 } b ? b[..100] : body.By;
        if (!Decisions.Set(db, id, body.Code ?? "", body.Location ?? "", status, comment, by))
            return NotFound(Ui.T(http, $"报告 {id} 的问题 {body.Code}（{body.Location}）", $"finding {body.Code} ({body.Location}) of report {id}"), lang);
        return Results.NoContent();
    }

    /// <summary>503 when the corpus cannot be opened (missing, damaged…), with the corpus's own finding.</summary>
    /// <param name="corpus">The corpus.</param>
    /// <param name="lang">zh or en.</param>
    /// <returns>The problem, or null.</returns>
    public static IResult? Unavailable(CorpusAccess corpus, string lang) =>
        corpus.TryOpen().Error is { } e ? Problems.Result(Problems.Of(StatusCodes.Status503ServiceUnavailable, e.Finding, lang)) : null;

    static IResult NotFound(string what, string lang) =>
        Problems.Result(Problems.Of(StatusCodes.Status404NotFound, Finding.Create("NB-WEB-NOT-FOUND", null, ("what", what)), lang));

    /// <summary>400 for a parameter with a value not among those accepted.</summary>
    /// <param name="name">The parameter.</param>
    /// <param name="value">Its value.</param>
    /// <param name="accepted">What is accepted.</param>
    /// <param name="lang">zh or en.</param>
    /// <returns>The problem.</returns>
    public static IResult BadParameter(string name, string value, string accepted, string lang) =>
        Problems.Result(Problems.Of(400, Finding.Create("NB-WEB-PARAMETER", null, ("name", name), ("value", value), ("accepted", accepted)), lang));
}
