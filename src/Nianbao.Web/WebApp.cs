using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Http.Timeouts;
using Microsoft.Extensions.FileProviders;
using Nianbao.Corpus.Storage;
using Nianbao.Model;
using Nianbao.Output;
using Nianbao.Web.Api;
using Nianbao.Web.Shell;
using Scalar.AspNetCore;

namespace Nianbao.Web;

/// <summary>
/// The web app's composition (docs/web.md): settings, services, the security shell, the REST API under /api, the
/// OpenAPI document and its reference page, the static files (embedded in the assembly) and the pages. Composition
/// only: every endpoint and page calls the library.
/// </summary>
public static class WebApp
{
    /// <summary>Where the chart scripts are served (<see cref="HtmlCharts.Scripts"/>).</summary>
    internal const string ChartBase = "/static/lib";
    static readonly Dictionary<string, Lazy<byte[]>> ChartFiles = ChartAssets.Files.ToDictionary(f => f, f => new Lazy<byte[]>(() => ChartAssets.Read(f)));

    /// <summary>Builds the app; <paramref name="configure"/> may add settings (the serve command, tests).</summary>
    /// <param name="args">Command-line configuration (e.g. <c>--Nianbao:Db=FILE</c>, <c>--urls</c>).</param>
    /// <param name="configure">Extra configuration of the builder.</param>
    /// <returns>The app, ready to run.</returns>
    public static WebApplication Create(string[] args, Action<WebApplicationBuilder>? configure = null)
    {
        // The application is this assembly, whoever starts it (the CLI), so its pages are found.
        var builder = WebApplication.CreateBuilder(new WebApplicationOptions
        {
            Args = args, ContentRootPath = AppContext.BaseDirectory, ApplicationName = typeof(WebApp).Assembly.GetName().Name,
        });
        configure?.Invoke(builder);
        builder.Logging.AddFilter("Microsoft", LogLevel.Warning).AddFilter("System", LogLevel.Warning);
        var services = builder.Services;
        // Read when first needed, so configuration added after this point (tests) still counts.
        services.AddSingleton(sp => ServeSettings.From(sp.GetRequiredService<IConfiguration>()));
        services.AddSingleton<CorpusAccess>();
        services.AddSingleton<CheckedUploads>();
        services.AddProblemDetails();
        // Pages keep Chinese as text (Razor still encodes every markup character).
        services.AddWebEncoders(o => o.TextEncoderSettings = new System.Text.Encodings.Web.TextEncoderSettings(System.Text.Unicode.UnicodeRanges.All));
        services.AddOpenApi(o => o.AddDocumentTransformer((doc, _, _) =>
        {
            doc.Info.Title = "Nianbao API";
            doc.Info.Description = "政府信息公开工作年度报告：读取、核查、语料库、导出、生成、审核 / read, check, corpus, export, render, review. Errors are RFC 7807 problem details with a stable `code`.";
            return Task.CompletedTask;
        }));
        services.AddRazorPages();
        services.AddAntiforgery(o => { o.Cookie.Name = "nb_af"; o.Cookie.SameSite = SameSiteMode.Strict; o.Cookie.HttpOnly = true; });
        services.AddRequestTimeouts();
        services.AddOptions<RequestTimeoutOptions>().Configure<ServeSettings>((o, settings) => o.DefaultPolicy = new RequestTimeoutPolicy
        {
            Timeout = TimeSpan.FromSeconds(settings.TimeoutSeconds),
            WriteTimeoutResponse = async http =>
            {
                http.Response.StatusCode = 503;
                await Problems.Result(Problems.Of(503, Finding.Create("NB-WEB-FAILED", null, ("error", "timeout")), Ui.Lang(http))).ExecuteAsync(http);
            },
        });
        Uploads.Limit(services);

        var app = builder.Build();
        var settings = app.Services.GetRequiredService<ServeSettings>();
        app.UseExceptionHandler(e => e.Run(async http =>
        {
            var error = http.Features.Get<IExceptionHandlerFeature>()?.Error;
            while (error is AggregateException { InnerExceptions.Count: 1 } a) error = a.InnerExceptions[0];
            var lang = Ui.Lang(http);
            var problem = error switch
            {
                CorpusException c => Problems.Of(503, c.Finding, lang),
                System.Data.Common.DbException d => Problems.Of(503, Finding.Create("NB-DB-CONNECT", null, ("path", settings.Db), ("reason", d.Message)), lang),
                BadHttpRequestException { StatusCode: 413 } => Problems.TooLarge(http.Request.ContentLength ?? 0, settings, lang),
                OperationCanceledException => Problems.Of(503, Finding.Create("NB-WEB-FAILED", null, ("error", "timeout")), lang),
                _ => Problems.Of(500, Finding.Create("NB-WEB-FAILED", null, ("error", error?.GetType().Name ?? "unknown")), lang),
            };
            http.Response.StatusCode = problem.Status ?? 500;
            await Problems.Result(problem).ExecuteAsync(http);
        }));
        app.UseStatusCodePages(async ctx =>
        {
            var http = ctx.HttpContext;
            if (http.Response.StatusCode == 404)
                await Problems.Result(Problems.Of(404, Finding.Create("NB-WEB-NOT-FOUND", null, ("what", http.Request.Path.Value ?? "")), Ui.Lang(http))).ExecuteAsync(http);
        });
        app.UseSecurityHeaders();
        app.UseStaticFiles(new StaticFileOptions
        {
            FileProvider = new ManifestEmbeddedFileProvider(typeof(WebApp).Assembly, "wwwroot"),
            RequestPath = "/static",
            OnPrepareResponse = f => f.Context.Response.Headers.CacheControl = "public, max-age=3600",
        });
        // Apache ECharts and the script that draws every data-nb-chart element: the library's bundled copies
        // (Output/ChartAssets, ECharts pinned once in its package-lock.json), the same the HTML outputs inline.
        foreach (var (file, bytes) in ChartFiles)
            app.MapGet(ChartBase + "/" + file, () => Results.Bytes(bytes.Value, "text/javascript")).ExcludeFromDescription();
        app.UseRouting();
        app.UseRequestTimeouts();
        app.UseAntiforgery();

        var api = app.MapGroup("/api");
        ReadingApi.Map(api);
        CorpusApi.Map(api);
        ComposeApi.Map(api);
        CheckDownloads.Map(app);
        app.MapOpenApi("/openapi/{documentName}.json");
        app.MapScalarApiReference("/scalar", (o, http) => o
            .WithTitle("Nianbao API")
            .WithOpenApiRoutePattern("/openapi/{documentName}.json")
            .DisableDefaultFonts()
            .WithNonce((string)http.Items[Security.NonceItem]!));
        app.MapRazorPages();
        return app;
    }
}
