using Nianbao.Model;
using Nianbao.Template;
using Nianbao.Web.Shell;
using Nianbao.Writing;

namespace Nianbao.Web.Api;

/// <summary>Composing a report: the fill-in file (<c>nianbao template</c>), the live check of a draft, and render
/// (<c>nianbao render</c>: checked first; broken arithmetic refuses the report unless forced, and a forced render
/// is recorded in the server log and in the response header <c>X-Nianbao-Forced</c>).</summary>
public static class ComposeApi
{
    /// <summary>Maps the endpoints.</summary>
    /// <param name="api">The /api group.</param>
    public static void Map(RouteGroupBuilder api)
    {
        api.MapGet("/template", FillInFile).WithName("template").WithTags("compose")
            .WithSummary("The fill-in file of a format version (json or xlsx)")
            .Produces(200, contentType: "application/json").ProducesProblem(400);
        api.MapPost("/compose/check", CheckDraft).WithName("checkDraft").WithTags("compose")
            .WithSummary("Check a draft (the codebook JSON shape): every finding, and which break the arithmetic")
            .WithDescription("Body: the fill-in JSON (as `GET /api/template` gives, filled). Returns {findings, broken, publishable}. A value that is not a number is a 422 problem naming its cell.")
            .Produces(200).ProducesProblem(422).DisableAntiforgery();
        api.MapPost("/render", Render).WithName("render").WithTags("compose")
            .WithSummary("Write a filled report as docx, html or md after checking it")
            .WithDescription("Body: the filled JSON (application/json), or a multipart form with `file` (the filled XLSX or JSON) and optionally `narrative` (a Markdown or text file, or a text field) headed 一、…六、. `to` = docx|html|md; `force=true` writes a report that breaks arithmetic rules (recorded). Refused: 422 NB-WEB-REFUSED listing each broken rule with its cells and repair hint.")
            .Produces(200, contentType: "application/octet-stream").ProducesProblem(400).ProducesProblem(413).ProducesProblem(415).ProducesProblem(422)
            .DisableAntiforgery();
    }

    static IResult FillInFile(HttpContext http, string? format, string? to)
    {
        var lang = Ui.Lang(http);
        var template = ReportTemplate.Embedded;
        var id = template.Formats.FirstOrDefault(f => f.Tables && f.Id.Value == (format ?? template.Formats[0].Id.Value))?.Id;
        if (id is null) return CorpusApi.BadParameter("format", format ?? "", string.Join(", ", template.Formats.Where(f => f.Tables).Select(f => f.Id.Value)), lang);
        return (to ?? "json") switch
        {
            "json" => Results.Text(FillIn.Json(template, id), "application/json", System.Text.Encoding.UTF8),
            "xlsx" => Results.File(FillIn.Xlsx(template, id), "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", $"nianbao-{id.Value}.xlsx"),
            _ => CorpusApi.BadParameter("to", to!, "json, xlsx", lang),
        };
    }

    static async Task<IResult> CheckDraft(HttpRequest request, ServeSettings settings, CancellationToken cancel)
    {
        var lang = Ui.Lang(request.HttpContext);
        var (bytes, problem) = await JsonBody(request, settings, lang, cancel);
        if (problem is not null) return problem;
        Report filled;
        try { filled = FillIn.Read(bytes!, "draft.json", ReportTemplate.Embedded, settings.Limits); }
        catch (InputException e) { return Problems.Result(Problems.Of(422, e.Finding, lang)); }
        var findings = Checking.ReportChecker.Check(filled);
        return Results.Json(new
        {
            findings = findings.Select(f => Problems.Brief(f, lang)),
            broken = findings.Where(Composer.IsArithmetic).Select(f => Problems.Brief(f, lang)),
            publishable = !findings.Any(Composer.IsArithmetic),
        });
    }

    static async Task<IResult> Render(HttpRequest request, ServeSettings settings, ILoggerFactory logs, string? to, bool? force, CancellationToken cancel)
    {
        var lang = Ui.Lang(request.HttpContext);
        WriteTarget? target = (to ?? "docx") switch { "docx" => WriteTarget.Docx, "html" => WriteTarget.Html, "md" => WriteTarget.Markdown, _ => null };
        if (target is null) return CorpusApi.BadParameter("to", to!, "docx, html, md", lang);
        byte[] bytes;
        string name = "draft.json";
        string? narrative = null;
        if (request.HasFormContentType)
        {
            var (upload, problem) = await Uploads.Read(request, settings, Uploads.FillInKinds, cancel: cancel);
            if (problem is not null) return problem;
            (bytes, name) = (upload!.Bytes, upload.Name);
            var form = await request.ReadFormAsync(cancel);
            narrative = form.Files.GetFile("narrative") is { Length: > 0 } n && n.Length <= settings.Limits.MaxFileBytes
                ? await new StreamReader(n.OpenReadStream()).ReadToEndAsync(cancel) : form["narrative"].ToString() is { Length: > 0 } t ? t : null;
        }
        else
        {
            var (body, problem) = await JsonBody(request, settings, lang, cancel);
            if (problem is not null) return problem;
            bytes = body!;
        }
        Report filled;
        try { filled = FillIn.Read(bytes, name, ReportTemplate.Embedded, settings.Limits); }
        catch (InputException e) { return Problems.Result(Problems.Of(422, e.Finding, lang)); }
        var result = Composer.Compose(filled, target.Value, narrative, force == true);
        if (result.Refused)
            return Problems.Result(Problems.Of(422, Finding.Create("NB-WEB-REFUSED", null, ("count", result.Broken.Count)), result.Broken, lang));
        if (result.Broken.Count > 0)
        {
            var codes = string.Join(" ", result.Broken.Select(f => f.Code).Distinct());
            logs.CreateLogger("Nianbao.Render").LogWarning("forced render of {Agency} {Year} despite broken arithmetic: {Codes}", filled.Agency, filled.Year, codes);
            request.HttpContext.Response.Headers["X-Nianbao-Forced"] = codes;
        }
        var file = "nianbao" + ReportWriter.Extension(target.Value);
        var type = target switch
        {
            WriteTarget.Docx => "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
            WriteTarget.Html => "text/html; charset=utf-8",
            _ => "text/markdown; charset=utf-8",
        };
        return Results.File(result.Output!, type, file);
    }

    /// <summary>The JSON body of a request, bounded by the file-size limit.</summary>
    static async Task<(byte[]? Bytes, IResult? Problem)> JsonBody(HttpRequest request, ServeSettings settings, string lang, CancellationToken cancel)
    {
        if (request.ContentLength is long declared && declared > settings.Limits.MaxFileBytes) return (null, Problems.Result(Problems.TooLarge(declared, settings, lang)));
        var buffer = new MemoryStream();
        var chunk = new byte[81920];
        int read;
        while ((read = await request.Body.ReadAsync(chunk, cancel)) > 0)
        {
            buffer.Write(chunk, 0, read);
            if (buffer.Length > settings.Limits.MaxFileBytes) return (null, Problems.Result(Problems.TooLarge(buffer.Length, settings, lang)));
        }
        if (buffer.Length == 0) return (null, Problems.Result(Problems.Of(400, Finding.Create("NB-WEB-NO-INPUT"), lang)));
        return (buffer.ToArray(), null);
    }
}
