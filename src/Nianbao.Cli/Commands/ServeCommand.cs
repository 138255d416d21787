using System.CommandLine;
using Nianbao.Web;

namespace Nianbao.Cli.Commands;

/// <summary>nianbao serve [--db FILE|postgres://…] [--urls http://127.0.0.1:5080] [--token …]: the web app and REST
/// API (src/Nianbao.Web, docs/web.md) on Kestrel over the corpus; without a token it is read-only.</summary>
static class ServeCommand
{
    public static Command Create(string lang)
    {
        var db = Corpus.CorpusOptions.Db(lang);
        var urls = new Option<string>("--urls")
        {
            Description = Lang.T(lang, "监听地址（默认 http://127.0.0.1:5080，仅本机）", "the address to listen on (default http://127.0.0.1:5080, this machine only)"),
            DefaultValueFactory = _ => "http://127.0.0.1:5080",
        };
        var token = new Option<string?>("--token")
        {
            Description = Lang.T(lang, "写入（导入、审核）所需的令牌（也可用环境变量 NIANBAO_TOKEN）；不给出则只读",
                "the token writes (import, review) need (or the environment variable NIANBAO_TOKEN); without one the server is read-only"),
        };
        var command = new Command("serve", Lang.T(lang,
            "启动网页应用和 REST API：检查、语料库、机关、编制、审核、API 文档",
            "start the web app and REST API: check, corpus, agencies, compose, review, API docs"))
        { db, urls, token, CommonOptions.Lang(lang) };
        command.SetAction(r =>
        {
            var given = r.GetValue(token) ?? Environment.GetEnvironmentVariable("NIANBAO_TOKEN");
            var args = new List<string> { "--urls", r.GetValue(urls)!, "--Nianbao:Db", r.GetValue(db)! };
            if (given is { Length: > 0 }) args.AddRange(["--Nianbao:Token", given]);
            var app = WebApp.Create([.. args]);
            Console.Error.WriteLine(Lang.T(lang,
                $"nianbao serve：{r.GetValue(urls)}，语料库 {r.GetValue(db)}，{(given is { Length: > 0 } ? "可写入（需令牌）" : "只读")}；Ctrl+C 停止",
                $"nianbao serve: {r.GetValue(urls)}, corpus {r.GetValue(db)}, {(given is { Length: > 0 } ? "writable (with the token)" : "read-only")}; Ctrl+C stops"));
            app.Run();
            return ExitCodes.Ok;
        });
        return command;
    }
}
