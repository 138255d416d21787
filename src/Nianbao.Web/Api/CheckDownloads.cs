using Nianbao.Output;
using Nianbao.Template;
using Nianbao.Web.Shell;
using Nianbao.Writing;

namespace Nianbao.Web.Api;

/// <summary>The Check page's downloads of a kept upload: its codebook JSON, the report rendered in the standard layout
/// (DOCX) and the 问题清单 (XLSX) — the library's writers.</summary>
public static class CheckDownloads
{
    /// <summary>Maps <c>GET /check/{id}/{kind}</c>.</summary>
    /// <param name="app">The app.</param>
    public static void Map(IEndpointRouteBuilder app) =>
        app.MapGet("/check/{id}/{kind}", (HttpContext http, CheckedUploads kept, string id, string kind) =>
        {
            var lang = Ui.Lang(http);
            if (kept.Find(id) is not { Unit.Report: { } report } hit)
                return Problems.Result(Problems.Of(404, Model.Finding.Create("NB-WEB-NOT-FOUND", null, ("what", id)), lang));
            var stem = Path.GetFileNameWithoutExtension(hit.Upload.Name);
            switch (kind)
            {
                case "json":
                    return Results.File(System.Text.Encoding.UTF8.GetBytes(JsonReportWriter.ToJson(report, new JsonReportWriter.Options(lang, Provenance: true))),
                        "application/json", stem + ".json");
                case "docx":
                    return Results.File(ReportWriter.Write(report, WriteTarget.Docx), "application/vnd.openxmlformats-officedocument.wordprocessingml.document", stem + ".docx");
                case "xlsx":
                    var s = new MemoryStream();
                    ReviewReportXlsx.Write(s, [hit.Unit], lang, ReportTemplate.Embedded);
                    return Results.File(s.ToArray(), "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", stem + Ui.T(http, "-问题清单.xlsx", "-findings.xlsx"));
                default:
                    return CorpusApi.BadParameter("kind", kind, "json, docx, xlsx", lang);
            }
        }).ExcludeFromDescription();
}
