using System.IO.Compression;
using System.Net;
using System.Text;
using System.Text.Json;
using Nianbao.Model;
using Nianbao.Template;
using Nianbao.Writing;

namespace Nianbao.Tests.Web;

/// <summary>Every REST endpoint through the real app in process (WebApplicationFactory): results in the library's
/// shapes, bad uploads answered with problem details, writes refused without the token.</summary>
public sealed class ApiTests(WebHostFixture fixture) : IClassFixture<WebHostFixture>
{
    readonly WebHost host = fixture.Host;

    [Fact]
    public async Task Parse_gives_the_codebook_json_of_the_sample()
    {
        var r = await host.CreateClient().PostAsync("/api/parse", WebHost.SampleForm("linxia-city-2023.txt"));
        Assert.Equal(HttpStatusCode.OK, r.StatusCode);
        var got = JsonDocument.Parse(await r.Content.ReadAsStringAsync()).RootElement;
        var expected = JsonDocument.Parse(File.ReadAllText(WebHost.Sample("expected/linxia-city-2023.json"))).RootElement;
        Assert.Equal(expected.GetProperty("agency").GetString(), got.GetProperty("agency").GetString());
        Assert.Equal(expected.GetProperty("year").GetInt32(), got.GetProperty("year").GetInt32());
        foreach (var table in expected.GetProperty("tables").EnumerateObject())
            foreach (var row in table.Value.EnumerateObject())
                foreach (var cell in row.Value.EnumerateObject())
                    Assert.Equal(cell.Value.ToString(), got.GetProperty("tables").GetProperty(table.Name).GetProperty(row.Name).GetProperty(cell.Name).ToString());
    }

    [Fact]
    public async Task Check_finds_the_four_arithmetic_errors_of_linxia_on_their_cells()
    {
        var r = await host.CreateClient().PostAsync("/api/check?lang=en", WebHost.SampleForm("linxia-city-2023.txt"));
        Assert.Equal(HttpStatusCode.OK, r.StatusCode);
        var unit = JsonDocument.Parse(await r.Content.ReadAsStringAsync()).RootElement[0];
        var errors = unit.GetProperty("findings").EnumerateArray().Where(f => f.GetProperty("severity").GetString() == "error").ToList();
        Assert.Equal(["NB-T3-HSUM", "NB-T3-HSUM", "NB-T3-HSUM", "NB-T3-VSUM"], errors.Select(e => e.GetProperty("code").GetString()).Order());
        Assert.All(errors, e => Assert.Equal(Keys.Tables.Applications, e.GetProperty("location").GetProperty("table").GetString()));
    }

    [Fact]
    public async Task Pasted_text_is_read_like_a_file()
    {
        var form = new MultipartFormDataContent { { new StringContent(File.ReadAllText(WebHost.Sample("lhasa-city-2021.txt"))), "text" } };
        var r = await host.CreateClient().PostAsync("/api/parse", form);
        Assert.Equal(HttpStatusCode.OK, r.StatusCode);
        Assert.Equal(2021, JsonDocument.Parse(await r.Content.ReadAsStringAsync()).RootElement.GetProperty("year").GetInt32());
    }

    [Theory]
    [InlineData("/api/parse")]
    [InlineData("/api/check")]
    public async Task Bad_uploads_get_clear_problem_details(string endpoint)
    {
        var client = host.CreateClient();
        // Too big: 1 MB is this server's file-size limit; refused before it is parsed.
        await WebHost.Problem(await client.PostAsync(endpoint, WebHost.FileForm(new byte[1_200_000], "big.txt")), HttpStatusCode.RequestEntityTooLarge, "NB-INPUT-LIMIT-FILE");
        await WebHost.Problem(await client.PostAsync(endpoint, WebHost.FileForm(new byte[3_000_000], "bigger.txt")), HttpStatusCode.RequestEntityTooLarge, "NB-INPUT-LIMIT-FILE");
        // Wrong type: by name, before its bytes are read.
        var wrong = await WebHost.Problem(await client.PostAsync(endpoint + "?lang=en", WebHost.FileForm("MZ"u8.ToArray(), "tool.exe")), HttpStatusCode.UnsupportedMediaType, "NB-WEB-TYPE");
        Assert.Contains("tool.exe", wrong.GetProperty("detail").GetString());
        // Binary under a report's name.
        var noise = new byte[50_000];
        new Random(7).NextBytes(noise);
        await WebHost.Problem(await client.PostAsync(endpoint, WebHost.FileForm(noise, "report.txt")), HttpStatusCode.UnprocessableEntity, "NB-INPUT-BINARY");
        // Text that is not an annual report.
        await WebHost.Problem(await client.PostAsync(endpoint, WebHost.FileForm("今天天气很好，我们去公园散步。\n第二行。\n"u8.ToArray(), "note.txt")), HttpStatusCode.UnprocessableEntity, "NB-INPUT-NOT-REPORT");
        // A zip bomb as .docx: 40 MB of zeros declared inside a tiny package (limit here 2 MB inflated).
        await WebHost.Problem(await client.PostAsync(endpoint, WebHost.FileForm(ZipBomb(), "report.docx")), HttpStatusCode.UnprocessableEntity, "NB-INPUT-LIMIT-ZIP-SIZE");
        // Nothing at all.
        await WebHost.Problem(await client.PostAsync(endpoint, new MultipartFormDataContent { { new StringContent("x"), "other" } }), HttpStatusCode.BadRequest, "NB-WEB-NO-INPUT");
    }

    static byte[] ZipBomb()
    {
        var s = new MemoryStream();
        using (var zip = new ZipArchive(s, ZipArchiveMode.Create, true))
        {
            foreach (var (name, text) in new[] { ("[Content_Types].xml", "<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\"/>") })
                using (var w = new StreamWriter(zip.CreateEntry(name).Open())) w.Write(text);
            using var doc = zip.CreateEntry("word/document.xml", CompressionLevel.SmallestSize).Open();
            var zeros = new byte[1 << 20];
            for (var i = 0; i < 40; i++) doc.Write(zeros);
        }
        Assert.True(s.Length < 200_000);
        return s.ToArray();
    }

    [Fact]
    public async Task Writes_are_refused_without_the_token()
    {
        var anonymous = host.CreateClient();
        await WebHost.Problem(await anonymous.PostAsync("/api/import", WebHost.SampleForm("erkou-township-2023.txt")), HttpStatusCode.Unauthorized, "NB-WEB-TOKEN");
        var wrong = host.CreateClient();
        wrong.DefaultRequestHeaders.Authorization = new("Bearer", "not-the-token");
        await WebHost.Problem(await wrong.PostAsync("/api/import", WebHost.SampleForm("erkou-township-2023.txt")), HttpStatusCode.Unauthorized, "NB-WEB-TOKEN");
        var review = JsonContent(new { code = "NB-T3-HSUM", location = "", status = "confirmed" });
        await WebHost.Problem(await anonymous.PostAsync("/api/reports/1/review", review), HttpStatusCode.Unauthorized, "NB-WEB-TOKEN");
        // A cookie is no substitute for the header on the API.
        var cookie = host.CreateClient();
        cookie.DefaultRequestHeaders.Add("Cookie", "nb_writer=" + Nianbao.Web.Shell.Security.CookieValue(WebHost.Token));
        await WebHost.Problem(await cookie.PostAsync("/api/import", WebHost.SampleForm("erkou-township-2023.txt")), HttpStatusCode.Unauthorized, "NB-WEB-TOKEN");

        using var readOnly = new WebHost { StartToken = null };
        var c = readOnly.CreateClient();
        c.DefaultRequestHeaders.Authorization = new("Bearer", WebHost.Token);
        await WebHost.Problem(await c.PostAsync("/api/import", WebHost.SampleForm("erkou-township-2023.txt")), HttpStatusCode.Forbidden, "NB-WEB-READONLY");
        // Read-only and no corpus yet: reading says so instead of creating one.
        await WebHost.Problem(await c.GetAsync("/api/reports"), HttpStatusCode.ServiceUnavailable, "NB-DB-MISSING");
        Assert.False(File.Exists(Path.Combine(readOnly.Folder, "corpus.db")));
    }

    static StringContent JsonContent(object o) => new(JsonSerializer.Serialize(o), Encoding.UTF8, "application/json");

    [Fact]
    public async Task Import_list_show_review_and_export_the_corpus()
    {
        using var own = new WebHost();
        var writer = own.Writer();
        var form = new MultipartFormDataContent();
        foreach (var name in new[] { "linxia-city-2023.txt", "lhasa-city-2021.txt", "sifangtai-district-2023.txt" })
            form.Add(new ByteArrayContent(File.ReadAllBytes(WebHost.Sample(name))), "file", name);
        form.Add(new ByteArrayContent("not a report at all"u8.ToArray()), "file", "junk.txt");
        var imported = JsonDocument.Parse(await (await writer.PostAsync("/api/import", form)).Content.ReadAsStringAsync()).RootElement;
        Assert.Equal(3, imported.GetProperty("new").GetInt32());
        Assert.Equal(1, imported.GetProperty("failed").GetInt32());
        Assert.Equal("junk.txt", imported.GetProperty("failures")[0].GetProperty("file").GetString());

        var client = own.CreateClient();
        var page = JsonDocument.Parse(await client.GetStringAsync("/api/reports?sort=year&desc=true&size=2")).RootElement;
        Assert.Equal(3, page.GetProperty("total").GetInt32());
        Assert.Equal(2, page.GetProperty("rows").GetArrayLength());
        Assert.Equal(2023, page.GetProperty("rows")[0].GetProperty("year").GetInt32());
        var linxia = JsonDocument.Parse(await client.GetStringAsync("/api/reports?agency=临夏")).RootElement.GetProperty("rows")[0];
        Assert.Equal("linxia-city-2023.txt", linxia.GetProperty("fileName").GetString());
        Assert.Equal(1, JsonDocument.Parse(await client.GetStringAsync("/api/reports?code=NB-T3-VSUM")).RootElement.GetProperty("total").GetInt32());
        await WebHost.Problem(await client.GetAsync("/api/reports?sort=nonsense"), HttpStatusCode.BadRequest, "NB-WEB-PARAMETER");

        var id = linxia.GetProperty("id").GetInt64();
        var shown = JsonDocument.Parse(await client.GetStringAsync($"/api/reports/{id}")).RootElement;
        Assert.Equal("临夏市人民政府", shown.GetProperty("report").GetProperty("agency").GetString());
        var vsum = shown.GetProperty("findings").EnumerateArray().First(f => f.GetProperty("code").GetString() == "NB-T3-VSUM");
        Assert.Equal("open", vsum.GetProperty("decision").GetString());
        await WebHost.Problem(await client.GetAsync("/api/reports/999"), HttpStatusCode.NotFound, "NB-WEB-NOT-FOUND");

        var decision = JsonContent(new { code = "NB-T3-VSUM", location = vsum.GetProperty("location").GetString(), status = "dismissed", comment = "表格跨页，已核实", by = "张三" });
        Assert.Equal(HttpStatusCode.NoContent, (await writer.PostAsync($"/api/reports/{id}/review", decision)).StatusCode);
        shown = JsonDocument.Parse(await client.GetStringAsync($"/api/reports/{id}")).RootElement;
        vsum = shown.GetProperty("findings").EnumerateArray().First(f => f.GetProperty("code").GetString() == "NB-T3-VSUM");
        Assert.Equal("dismissed", vsum.GetProperty("decision").GetString());
        Assert.Equal("表格跨页，已核实", vsum.GetProperty("comment").GetString());
        Assert.Equal(1, JsonDocument.Parse(await client.GetStringAsync("/api/reports?review=dismissed")).RootElement.GetProperty("total").GetInt32());
        await WebHost.Problem(await writer.PostAsync($"/api/reports/{id}/review", JsonContent(new { code = "NB-NOPE", location = "", status = "confirmed" })), HttpStatusCode.NotFound, "NB-WEB-NOT-FOUND");
        await WebHost.Problem(await writer.PostAsync($"/api/reports/{id}/review", JsonContent(new { code = "NB-T3-VSUM", location = "", status = "maybe" })), HttpStatusCode.BadRequest, "NB-WEB-PARAMETER");

        // The metrics of `nianbao stats` over the filtered corpus, as its JSON.
        var stats = await client.GetStringAsync("/api/stats?by=year");
        Assert.Equal(Nianbao.Analysis.StatsOutput.Json(Nianbao.Corpus.Analysis.CorpusStatistics.Compute(
            Nianbao.Corpus.Storage.CorpusDb.Open(Path.Combine(own.Folder, "corpus.db"), false), Nianbao.Corpus.Query.ReportFilter.All, Nianbao.Analysis.StatsDimension.Year), "zh"), stats);
        await WebHost.Problem(await client.GetAsync("/api/stats?by=colour"), HttpStatusCode.BadRequest, "NB-WEB-PARAMETER");

        foreach (var format in new[] { "csv", "csv-long", "xlsx", "jsonl", "parquet" })
        {
            var r = await client.GetAsync($"/api/export?to={format}&year=2023");
            Assert.Equal(HttpStatusCode.OK, r.StatusCode);
            var bytes = await r.Content.ReadAsByteArrayAsync();
            Assert.True(bytes.Length > 100, format);
            if (format == "jsonl") Assert.Equal(2, Encoding.UTF8.GetString(bytes).Trim().Split('\n').Length);
        }
        var codebook = await client.GetStringAsync("/api/export?to=csv&codebook=true");
        Assert.Contains(Keys.Tables.Applications, codebook);
        await WebHost.Problem(await client.GetAsync("/api/export?to=pdf"), HttpStatusCode.BadRequest, "NB-WEB-PARAMETER");
    }

    [Fact]
    public async Task Render_refuses_broken_arithmetic_unless_forced_and_writes_what_parses_back()
    {
        var client = host.CreateClient();
        var broken = await (await client.PostAsync("/api/parse", WebHost.SampleForm("linxia-city-2023.txt"))).Content.ReadAsStringAsync();
        var refused = await WebHost.Problem(await client.PostAsync("/api/render?to=docx", new StringContent(broken, Encoding.UTF8, "application/json")),
            HttpStatusCode.UnprocessableEntity, "NB-WEB-REFUSED");
        var findings = refused.GetProperty("findings").EnumerateArray().ToList();
        Assert.Equal(4, findings.Count);
        Assert.All(findings, f => Assert.NotEmpty(f.GetProperty("cells").EnumerateArray()));
        Assert.Contains(findings, f => f.GetProperty("hint").ValueKind == JsonValueKind.String);

        var forced = await client.PostAsync("/api/render?to=html&force=true", new StringContent(broken, Encoding.UTF8, "application/json"));
        Assert.Equal(HttpStatusCode.OK, forced.StatusCode);
        Assert.Contains("NB-T3-VSUM", forced.Headers.GetValues("X-Nianbao-Forced").Single());

        var good = await (await client.PostAsync("/api/parse", WebHost.SampleForm("sifangtai-district-2023.txt"))).Content.ReadAsStringAsync();
        var docx = await client.PostAsync("/api/render?to=docx", new StringContent(good, Encoding.UTF8, "application/json"));
        Assert.Equal(HttpStatusCode.OK, docx.StatusCode);
        var back = ReportParser.Parse(await docx.Content.ReadAsByteArrayAsync(), "back.docx");
        var original = ReportParser.ParseFile(WebHost.Sample("sifangtai-district-2023.txt"));
        foreach (var (table, values) in original.Tables)
            foreach (var (row, column, value) in values.All)
                Assert.Equal(value.Integer, back.Value(table, row, column).Integer);

        // The fill-in file as a multipart upload, with a narrative file.
        var form = WebHost.FileForm(Encoding.UTF8.GetBytes(good), "filled.json");
        form.Add(new StringContent("一、总体情况\n本年度我们做了很多工作。\n"), "narrative");
        var md = await client.PostAsync("/api/render?to=md", form);
        Assert.Equal(HttpStatusCode.OK, md.StatusCode);
        Assert.Contains("本年度我们做了很多工作。", await md.Content.ReadAsStringAsync());
        await WebHost.Problem(await client.PostAsync("/api/render?to=docx", WebHost.FileForm("x"u8.ToArray(), "filled.csv")), HttpStatusCode.UnsupportedMediaType, "NB-WEB-TYPE");
        await WebHost.Problem(await client.PostAsync("/api/render?to=pdf", new StringContent(good, Encoding.UTF8, "application/json")), HttpStatusCode.BadRequest, "NB-WEB-PARAMETER");
    }

    [Fact]
    public async Task The_draft_check_names_broken_cells_and_a_value_that_is_not_a_number()
    {
        var client = host.CreateClient();
        var template = await client.GetStringAsync("/api/template?format=2021");
        var draft = System.Text.Json.Nodes.JsonNode.Parse(template)!;
        draft["year"] = 2024;
        draft["agency"] = "某县人民政府";
        var t3 = draft["tables"]![Keys.Tables.Applications]!;
        t3[Keys.Applications.Rows.NewReceived]![Keys.Applications.Columns.NaturalPerson] = 5;
        t3[Keys.Applications.Rows.NewReceived]![Keys.Applications.Columns.Total] = 7;
        var r = JsonDocument.Parse(await (await client.PostAsync("/api/compose/check", new StringContent(draft.ToJsonString(), Encoding.UTF8, "application/json"))).Content.ReadAsStringAsync()).RootElement;
        Assert.False(r.GetProperty("publishable").GetBoolean());
        Assert.Contains(r.GetProperty("broken").EnumerateArray(), f => f.GetProperty("cells").EnumerateArray()
            .Any(c => c.GetString() == new CellRef(Keys.Tables.Applications, Keys.Applications.Rows.NewReceived, Keys.Applications.Columns.Total).ToString()));

        t3[Keys.Applications.Rows.NewReceived]![Keys.Applications.Columns.Total] = "七";
        var bad = await WebHost.Problem(await client.PostAsync("/api/compose/check", new StringContent(draft.ToJsonString(), Encoding.UTF8, "application/json")),
            HttpStatusCode.UnprocessableEntity, "NB-FILL-VALUE");
        Assert.Equal(new CellRef(Keys.Tables.Applications, Keys.Applications.Rows.NewReceived, Keys.Applications.Columns.Total).ToString(),
            bad.GetProperty("findings")[0].GetProperty("cells")[0].GetString());

        var xlsx = await client.GetAsync("/api/template?format=2021&to=xlsx");
        Assert.Equal(HttpStatusCode.OK, xlsx.StatusCode);
        Assert.Equal((byte)'P', (await xlsx.Content.ReadAsByteArrayAsync())[0]);
    }

    [Fact]
    public async Task OpenApi_document_lists_every_endpoint_and_the_reference_page_is_served_locally()
    {
        var client = host.CreateClient();
        var doc = JsonDocument.Parse(await client.GetStringAsync("/openapi/v1.json")).RootElement;
        var paths = doc.GetProperty("paths").EnumerateObject().Select(p => p.Name).ToList();
        foreach (var p in new[] { "/api/parse", "/api/check", "/api/import", "/api/reports", "/api/reports/{id}", "/api/export", "/api/stats", "/api/render", "/api/compose/check", "/api/template", "/api/reports/{id}/review" })
            Assert.Contains(p, paths);
        var scalar = await client.GetAsync("/scalar/");
        if (scalar.StatusCode == HttpStatusCode.MovedPermanently || scalar.StatusCode == HttpStatusCode.Redirect) scalar = await client.GetAsync(scalar.Headers.Location);
        Assert.Equal(HttpStatusCode.OK, scalar.StatusCode);
        var html = await scalar.Content.ReadAsStringAsync();
        Assert.DoesNotContain("cdn.jsdelivr", html);
        Assert.DoesNotContain("https://", System.Text.RegularExpressions.Regex.Matches(html, "src=\"([^\"]*)\"").Select(m => m.Groups[1].Value));
        var csp = scalar.Headers.GetValues("Content-Security-Policy").Single();
        Assert.Contains("'nonce-", csp);
        Assert.DoesNotContain("unsafe-inline", csp.Split(';').Single(d => d.Trim().StartsWith("script-src")));
    }

    [Fact]
    public async Task Pages_render_from_the_corpus_and_show_report_text_encoded()
    {
        using var own = new WebHost();
        var writer = own.Writer();
        var hostile = File.ReadAllText(WebHost.Sample("lhasa-city-2021.txt")).Replace("一、总体情况\n", "一、总体情况\n<script>alert(1)</script><img src=x onerror=alert(2)>\n");
        var form = new MultipartFormDataContent { { new ByteArrayContent(Encoding.UTF8.GetBytes(hostile)), "file", "lhasa<b>.txt" } };
        Assert.Equal(HttpStatusCode.OK, (await writer.PostAsync("/api/import", form)).StatusCode);
        var client = own.CreateClient();
        foreach (var path in new[] { "/corpus", "/corpus?sort=year&desc=true&year=2021", "/reports/1", "/agency/1", "/stats?by=level", "/compose", "/compose?format=2019", "/api-docs", "/signin", "/?lang=en" })
        {
            var r = await client.GetAsync(path);
            Assert.True(r.StatusCode == HttpStatusCode.OK, $"{path}: {r.StatusCode}");
            var html = await r.Content.ReadAsStringAsync();
            Assert.DoesNotContain("<script>alert", html);
            Assert.DoesNotContain("<img src=x", html);
            Assert.DoesNotContain("lhasa<b>", html);
            Assert.DoesNotMatch("<script(?![^>]*\\ssrc=)", html);
        }
        Assert.Contains("lhasa&lt;b&gt;.txt", await client.GetStringAsync("/corpus"));
        Assert.Contains("Check a report", await client.GetStringAsync("/?lang=en"));
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync("/reports/99")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync("/agency/99")).StatusCode);
    }

    [Fact]
    public async Task Pages_carry_security_headers_and_forms_need_antiforgery()
    {
        var client = host.CreateClient();
        var r = await client.GetAsync("/");
        Assert.Equal(HttpStatusCode.OK, r.StatusCode);
        var csp = r.Headers.GetValues("Content-Security-Policy").Single();
        Assert.Equal("script-src 'self'", csp.Split(';').Select(d => d.Trim()).Single(d => d.StartsWith("script-src")));
        Assert.Equal("nosniff", r.Headers.GetValues("X-Content-Type-Options").Single());
        Assert.Equal("DENY", r.Headers.GetValues("X-Frame-Options").Single());
        var html = await r.Content.ReadAsStringAsync();
        Assert.Contains("__RequestVerificationToken", html);
        Assert.DoesNotMatch("<script(?![^>]*\\ssrc=)", html);   // no inline script
        // A form post without the antiforgery token is refused.
        var post = await client.PostAsync("/", WebHost.SampleForm("linxia-city-2023.txt"));
        Assert.Equal(HttpStatusCode.BadRequest, post.StatusCode);
    }
}

/// <summary>One app for the API tests of a class.</summary>
public sealed class WebHostFixture : IDisposable
{
    public WebHost Host { get; } = new();
    public void Dispose() => Host.Dispose();
}
