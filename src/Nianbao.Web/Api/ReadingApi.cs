using Nianbao.Output;
using Nianbao.Web.Shell;

namespace Nianbao.Web.Api;

/// <summary><c>POST /api/parse</c> and <c>POST /api/check</c>: an uploaded report (or pasted text) through the batch
/// API; the codebook JSON of <c>nianbao parse --format json</c> and the unit JSON of <c>nianbao check --format json</c>.</summary>
public static class ReadingApi
{
    /// <summary>Maps the endpoints.</summary>
    /// <param name="api">The /api group.</param>
    public static void Map(RouteGroupBuilder api)
    {
        api.MapPost("/parse", Parse).WithName("parse").WithTags("reports")
            .WithSummary("Read a report into the codebook JSON shape")
            .WithDescription("Multipart form: `file` (HTML, DOCX, DOC, PDF, TXT, MD) or `text`. `?provenance=true` adds where each value was read. Errors as problem details: 400 no input, 413 too large, 415 wrong type, 422 unreadable or not a report.")
            .Produces(200, contentType: "application/json").ProducesProblem(400).ProducesProblem(413).ProducesProblem(415).ProducesProblem(422)
            .DisableAntiforgery();
        api.MapPost("/check", Check).WithName("check").WithTags("reports")
            .WithSummary("Read and check a report against the national format's rules")
            .WithDescription("Multipart form: `file` or `text`. Returns the `nianbao check --format json` array (one unit). An unreadable upload is 422 with its finding.")
            .Produces(200, contentType: "application/json").ProducesProblem(400).ProducesProblem(413).ProducesProblem(415).ProducesProblem(422)
            .DisableAntiforgery();
    }

    static async Task<IResult> Parse(HttpRequest request, ServeSettings settings, bool? provenance, CancellationToken cancel)
    {
        var (upload, problem) = await Uploads.Read(request, settings, Uploads.ReportKinds, cancel: cancel);
        if (problem is not null) return problem;
        var lang = Ui.Lang(request.HttpContext);
        var unit = Checks.Run(upload!, settings, null, check: false, cancel);
        if (unit.Report is null) return Unreadable(unit, lang);
        return Results.Text(JsonReportWriter.ToJson(unit.Report, new JsonReportWriter.Options(lang, provenance == true)), "application/json", System.Text.Encoding.UTF8);
    }

    static async Task<IResult> Check(HttpRequest request, ServeSettings settings, CorpusAccess corpus, CancellationToken cancel)
    {
        var (upload, problem) = await Uploads.Read(request, settings, Uploads.ReportKinds, cancel: cancel);
        if (problem is not null) return problem;
        var lang = Ui.Lang(request.HttpContext);
        var unit = Checks.Run(upload!, settings, corpus, check: true, cancel);
        if (unit.Report is null) return Unreadable(unit, lang);
        var json = new MemoryStream();
        CheckOutputs.WriteJson(json, [unit], lang);
        return Results.Bytes(json.ToArray(), "application/json");
    }

    /// <summary>422 with the finding that says why the upload could not be read.</summary>
    /// <param name="unit">The unreadable unit.</param>
    /// <param name="lang">zh or en.</param>
    /// <returns>The problem.</returns>
    public static IResult Unreadable(ReviewUnit unit, string lang) =>
        Problems.Result(Problems.Of(StatusCodes.Status422UnprocessableEntity, unit.Findings[0], unit.Findings, lang));
}
