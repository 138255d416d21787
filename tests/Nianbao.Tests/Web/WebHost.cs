using System.Net;
using System.Net.Http.Headers;
using System.Text.Json;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Nianbao.Web.Shell;

namespace Nianbao.Tests.Web;

/// <summary>The web app in process over a fresh SQLite corpus in a temporary folder, started with a token (or none:
/// read-only) and small limits, so the limit tests need small uploads only.</summary>
public sealed class WebHost : WebApplicationFactory<CorpusAccess>
{
    public const string Token = "test-token-5f1c";
    public string Folder { get; } = Directory.CreateTempSubdirectory("nianbao-web-test-").FullName;
    public string? StartToken { get; init; } = Token;

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseSetting("Nianbao:Db", Path.Combine(Folder, "corpus.db"));
        if (StartToken is not null) builder.UseSetting("Nianbao:Token", StartToken);
        builder.UseSetting("Nianbao:Limits:file-mb", "1");
        builder.UseSetting("Nianbao:Limits:zip-mb", "2");
    }

    protected override void Dispose(bool disposing)
    {
        base.Dispose(disposing);
        try { Directory.Delete(Folder, true); } catch (IOException) { }
    }

    public static string Sample(string name) => Path.Combine(AppContext.BaseDirectory, "samples", name);

    /// <summary>A multipart form with one file.</summary>
    public static MultipartFormDataContent FileForm(byte[] bytes, string name, string field = "file")
    {
        var form = new MultipartFormDataContent();
        var content = new ByteArrayContent(bytes);
        content.Headers.ContentType = new MediaTypeHeaderValue("application/octet-stream");
        form.Add(content, field, name);
        return form;
    }

    public static MultipartFormDataContent SampleForm(string name) => FileForm(File.ReadAllBytes(Sample(name)), name);

    public HttpClient Writer()
    {
        var c = CreateClient();
        c.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", Token);
        return c;
    }

    /// <summary>The problem details of a response, checked to be one (content type, status, code).</summary>
    public static async Task<JsonElement> Problem(HttpResponseMessage r, HttpStatusCode status, string code)
    {
        Assert.Equal(status, r.StatusCode);
        Assert.Equal("application/problem+json", r.Content.Headers.ContentType?.MediaType);
        var json = JsonDocument.Parse(await r.Content.ReadAsStringAsync()).RootElement;
        Assert.Equal(code, json.GetProperty("code").GetString());
        Assert.Equal((int)status, json.GetProperty("status").GetInt32());
        Assert.False(string.IsNullOrWhiteSpace(json.GetProperty("detail").GetString()));
        return json;
    }
}
