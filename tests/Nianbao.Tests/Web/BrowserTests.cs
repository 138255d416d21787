using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using Nianbao.Checking;
using Nianbao.Template;
using Nianbao.Web.Shell;

namespace Nianbao.Tests.Web;

/// <summary>
/// The app on a real Kestrel (127.0.0.1, a free port) driven by Debian's chromium, headless, through Playwright (no
/// browser download; test.sh installs chromium). A few end-to-end paths only, to keep CI fast. Each test writes a
/// screenshot to bin/…/artifacts; with NIANBAO_WRITE_SCREENSHOTS=1 also to docs/images (docs/web.md).
/// </summary>
public sealed class BrowserTests(BrowserFixture fx) : IClassFixture<BrowserFixture>
{
    [Fact]
    public async Task Checking_linxia_shows_its_four_errors_on_their_cells()
    {
        var page = await fx.NewPage();
        await page.GotoAsync(fx.Url + "/");
        await page.SetInputFilesAsync("#file", WebHost.Sample("linxia-city-2023.txt"));
        await page.ClickAsync("#check-submit");
        await page.WaitForSelectorAsync("#tables table");
        Assert.Equal("4", await page.TextContentAsync("#n-errors"));
        Assert.Equal(4, await page.Locator("#findings tr.f-error").CountAsync());

        // The cells the library's checker names for the four errors are exactly the cells marked as errors.
        var report = ReportParser.ParseFile(WebHost.Sample("linxia-city-2023.txt"));
        var expected = ReportChecker.Check(report).Where(f => f.Severity == Model.Severity.Error)
            .SelectMany(Problems.Cells).Select(c => c.ToString()).ToHashSet();
        var marked = (await page.Locator("#tables td.f-error").EvaluateAllAsync<string[]>("els => els.map(e => e.dataset.cell)")).ToHashSet();
        Assert.Equal(expected.Order(), marked.Order());
        var vsumTotal = new CellRef(Keys.Tables.Applications, Keys.Applications.Rows.TotalProcessed, Keys.Applications.Columns.NaturalPerson).ToString();
        Assert.Contains(vsumTotal, marked);

        // Clicking a value shows where it was read and the findings on it.
        await page.ClickAsync($"#tables td[data-cell='{vsumTotal}']");
        await Assertions.Expect(page.Locator(".report-view .panel")).ToBeVisibleAsync();
        Assert.Equal(vsumTotal, await page.TextContentAsync(".panel .cell-name"));
        Assert.Equal("24", (await page.TextContentAsync(".panel .cell-raw"))!.Trim());
        Assert.Contains("NB-T3-VSUM", await page.TextContentAsync(".panel .cell-findings"));
        await fx.Screenshot(page, "web-check");

        // Its downloads.
        var download = await page.RunAndWaitForDownloadAsync(() => page.ClickAsync("#dl-docx"));
        var back = ReportParser.Parse(File.ReadAllBytes((await download.PathAsync())!), "back.docx");
        Assert.Equal(report.Value(Keys.Tables.Applications, Keys.Applications.Rows.NewReceived, Keys.Applications.Columns.Total).Integer,
            back.Value(Keys.Tables.Applications, Keys.Applications.Rows.NewReceived, Keys.Applications.Columns.Total).Integer);
        await page.CloseAsync();
    }

    [Fact]
    public async Task Report_text_with_script_and_onerror_is_shown_as_text_and_nothing_runs()
    {
        var page = await fx.NewPage();
        var dialogs = 0;
        page.Dialog += (_, d) => { dialogs++; _ = d.DismissAsync(); };
        var hostile = File.ReadAllText(WebHost.Sample("linxia-city-2023.txt"))
            .Replace("一、总体情况\n", "一、总体情况\n<script>window.__pwned=1;alert(1)</script><img src=x onerror=\"window.__pwned=2;alert(2)\">\n");
        await page.GotoAsync(fx.Url + "/");
        await page.FillAsync("#text", hostile);
        await page.ClickAsync("#check-submit");
        await page.WaitForSelectorAsync("#tables table");
        Assert.Contains("<script>window.__pwned=1;alert(1)</script>", await page.TextContentAsync("#sections"));
        Assert.Contains("onerror=", await page.TextContentAsync("#sections"));
        Assert.Equal(0, await page.Locator("#sections img, #tables img, main script").CountAsync());
        await page.WaitForTimeoutAsync(300);
        Assert.Equal("undefined", await page.EvaluateAsync<string>("() => typeof window.__pwned"));
        Assert.Equal(0, dialogs);
        await page.CloseAsync();
    }

    [Fact]
    public async Task Compose_shows_a_broken_rule_live_blocks_publishing_and_the_fixed_report_parses_back()
    {
        var page = await fx.NewPage();
        await page.GotoAsync(fx.Url + "/compose");
        await page.FillAsync("#agency", "临夏市人民政府");
        await page.FillAsync("#year", "2024");
        var newReceived = new CellRef(Keys.Tables.Applications, Keys.Applications.Rows.NewReceived, Keys.Applications.Columns.NaturalPerson).ToString();
        var granted = new CellRef(Keys.Tables.Applications, Keys.Applications.Rows.Granted, Keys.Applications.Columns.NaturalPerson).ToString();
        var total = new CellRef(Keys.Tables.Applications, Keys.Applications.Rows.NewReceived, Keys.Applications.Columns.Total).ToString();
        // 5 new applications and no outcome: the balance of table 三 is broken, shown as the user types.
        await page.FillAsync($"input[name='{newReceived}']", "5");
        await Assertions.Expect(page.Locator("#status")).ToHaveAttributeAsync("data-state", "blocked");
        await Assertions.Expect(page.Locator($"td[data-cell='{newReceived}']")).ToHaveClassAsync(new System.Text.RegularExpressions.Regex("f-error"));
        Assert.Equal("5", await page.InputValueAsync($"input[name='{total}']"));   // the total is computed
        Assert.Contains("NB-T3-BAL", await page.TextContentAsync("#compose-findings"));
        Assert.True(await page.IsDisabledAsync("#download-docx"));
        await fx.Screenshot(page, "web-compose");

        // The draft survives a reload (autosaved), errors and all.
        await page.ReloadAsync();
        Assert.Equal("5", await page.InputValueAsync($"input[name='{newReceived}']"));
        await Assertions.Expect(page.Locator("#status")).ToHaveAttributeAsync("data-state", "blocked");

        // Fixed: 5 granted. Publishing opens; the DOCX reads back with the form's values, blanks blank.
        await page.FillAsync($"input[name='{granted}']", "5");
        await page.FillAsync("textarea[data-section='overview']", "本年度依申请公开工作平稳有序。");
        await Assertions.Expect(page.Locator("#status")).ToHaveAttributeAsync("data-state", "publishable");
        await Assertions.Expect(page.Locator("#download-docx")).ToBeEnabledAsync();
        var values = await page.EvaluateAsync<Dictionary<string, string>>(
            "() => Object.fromEntries(Array.from(document.querySelectorAll('td[data-cell] input')).map(i => [i.name, i.value]))");
        var download = await page.RunAndWaitForDownloadAsync(() => page.ClickAsync("#download-docx"));
        var back = ReportParser.Parse(File.ReadAllBytes((await download.PathAsync())!), "composed.docx");
        Assert.Equal(2024, back.Year);
        Assert.Contains("本年度依申请公开工作平稳有序。", back.Sections[Keys.Sections.Overview].Text);
        var filled = 0;
        foreach (var (key, value) in values)
        {
            var parts = key.Split('.');
            var read = back.Value(parts[0], parts[1], parts[2]);
            if (value.Length == 0) Assert.True(read.Integer is null && read.Text is null, $"{key} should be blank, read {read.Raw}");
            else { filled++; Assert.Equal(value, read.Integer?.ToString() ?? read.Text); }
        }
        Assert.True(filled >= 6, $"only {filled} values filled");
        await page.CloseAsync();
    }

    [Fact]
    public async Task Corpus_page_filters_and_draws_its_chart_and_agency_page_compares_years()
    {
        await fx.ImportSamples();
        var page = await fx.NewPage();
        await page.GotoAsync(fx.Url + "/corpus");
        Assert.Equal(6, await page.Locator("#reports tbody tr").CountAsync());
        await Assertions.Expect(page.Locator("#chart")).ToHaveAttributeAsync("data-nb-drawn", "true");
        Assert.True(await page.Locator("#chart svg path").CountAsync() > 0);
        await page.FillAsync("#f-year", "2023");
        await page.ClickAsync("#f-apply");
        await page.WaitForURLAsync("**/corpus?*year=2023*");
        Assert.Equal(3, await page.Locator("#reports tbody tr").CountAsync());
        await Assertions.Expect(page.Locator("#chart")).ToHaveAttributeAsync("data-nb-drawn", "true");
        await page.SelectOptionAsync("#f-code", "NB-T3-VSUM");
        await page.ClickAsync("#f-apply");
        await Assertions.Expect(page.Locator("#reports tbody tr")).ToHaveCountAsync(1);
        Assert.Contains("临夏市", await page.TextContentAsync("#reports tbody"));
        await page.GotoAsync(fx.Url + "/corpus");
        await fx.Screenshot(page, "web-corpus");

        // The agency with two years: side by side, the comparison, the trend chart.
        await page.ClickAsync("#reports a:text('拉萨市人民政府')");
        await Assertions.Expect(page.Locator(".years > section")).ToHaveCountAsync(2);
        await Assertions.Expect(page.Locator("#trend")).ToHaveAttributeAsync("data-nb-drawn", "true");
        Assert.Contains("NB-XY-TEXT", await page.TextContentAsync(".pair .cross-year"));
        await fx.Screenshot(page, "web-agency");

        // Review from the report page: sign in with the token, dismiss a finding with a comment (antiforgery and cookie).
        await page.GotoAsync(fx.Url + "/signin");
        await page.FillAsync("#token", WebHost.Token);
        await page.ClickAsync("#signin");
        await page.WaitForURLAsync("**/corpus");
        await page.ClickAsync("#reports a[href='/reports/5']");
        var form = page.Locator("form.review[data-code='NB-T3-VSUM']");
        await form.Locator("input[name=comment]").FillAsync("表格跨页，<b>已核实</b>");
        await form.Locator("button[value=dismissed]").ClickAsync();
        await page.WaitForURLAsync("**/reports/5");
        var row = page.Locator("tr[data-code='NB-T3-VSUM']");
        Assert.Equal("dismissed", await row.Locator("[data-decision]").GetAttributeAsync("data-decision"));
        Assert.Contains("表格跨页，<b>已核实</b>", await row.Locator(".decision").TextContentAsync());

        // Statistics: the metrics of `nianbao stats` by year, charted.
        await page.GotoAsync(fx.Url + "/stats?by=year");
        await Assertions.Expect(page.Locator("#stats-chart")).ToHaveAttributeAsync("data-nb-drawn", "true");
        Assert.Equal(Nianbao.Analysis.MetricCatalog.All.Count, await page.Locator("#stats-table tbody tr").CountAsync());
        await fx.Screenshot(page, "web-stats");

        // API docs: the bundled Scalar reference renders from the served OpenAPI document.
        await page.GotoAsync(fx.Url + "/api-docs");
        await fx.Screenshot(page, "web-api");
        await page.GotoAsync(fx.Url + "/scalar/");
        await page.GetByText("/api/check").First.WaitForAsync(new() { Timeout = 20000 });
        await fx.Screenshot(page, "web-scalar");
        await page.CloseAsync();
    }
}

/// <summary>One Kestrel server and one headless chromium for the browser tests.</summary>
public sealed class BrowserFixture : IAsyncLifetime
{
    readonly WebHost host = new();
    IPlaywright? playwright;
    IBrowser? browser;
    bool imported;
    public string Url { get; private set; } = "";

    public async Task InitializeAsync()
    {
        host.UseKestrel(o => o.Listen(IPAddress.Loopback, 0));
        host.StartServer();
        Url = host.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        playwright = await Playwright.CreateAsync();
        browser = await playwright.Chromium.LaunchAsync(new()
        {
            ExecutablePath = "/usr/bin/chromium", Headless = true,
            Args = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run", "--disable-quic"],
        });
    }

    public async Task<IPage> NewPage()
    {
        var context = await browser!.NewContextAsync(new() { AcceptDownloads = true, ViewportSize = new() { Width = 1280, Height = 900 }, Locale = "zh-CN" });
        var page = await context.NewPageAsync();
        page.SetDefaultTimeout(15000);
        return page;
    }

    /// <summary>The five samples and a 2022 copy of Lhasa's 2021 report (a second year for one agency), through the API.</summary>
    public async Task ImportSamples()
    {
        if (imported) return;
        imported = true;
        using var client = new HttpClient { BaseAddress = new Uri(Url) };
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", WebHost.Token);
        var form = new MultipartFormDataContent();
        foreach (var name in new[] { "erkou-township-2023.txt", "lhasa-city-2021.txt", "linxia-city-2023.txt", "maiji-service-bureau-2022.txt", "sifangtai-district-2023.txt" })
            form.Add(new ByteArrayContent(File.ReadAllBytes(WebHost.Sample(name))), "file", name);
        var next = File.ReadAllText(WebHost.Sample("lhasa-city-2021.txt")).Replace("2021", "2022");
        form.Add(new ByteArrayContent(Encoding.UTF8.GetBytes(next)), "file", "lhasa-city-2022.txt");
        var r = await client.PostAsync("/api/import", form);
        var summary = JsonDocument.Parse(await r.Content.ReadAsStringAsync()).RootElement;
        Assert.Equal(6, summary.GetProperty("new").GetInt32());
    }

    public async Task Screenshot(IPage page, string name)
    {
        var dir = Path.Combine(AppContext.BaseDirectory, "artifacts");
        Directory.CreateDirectory(dir);
        var path = Path.Combine(dir, name + ".png");
        await page.ScreenshotAsync(new() { Path = path, FullPage = false });
        if (Environment.GetEnvironmentVariable("NIANBAO_WRITE_SCREENSHOTS") == "1")
            File.Copy(path, Path.Combine(Architecture.RepoFiles.Root(), "docs", "images", name + ".png"), overwrite: true);
    }

    public async Task DisposeAsync()
    {
        if (browser is not null) await browser.DisposeAsync();
        playwright?.Dispose();
        await host.DisposeAsync();
    }
}
