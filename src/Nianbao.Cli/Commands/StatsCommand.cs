using System.CommandLine;
using Nianbao.Analysis;
using Nianbao.Cli.Corpus;
using Nianbao.Corpus.Analysis;
using Nianbao.Corpus.Storage;

namespace Nianbao.Cli.Commands;

/// <summary>nianbao stats [PATH...] [--db …] [filters] [--by year|level|type|region] [--format text|json|csv|html]:
/// the metrics of docs/metrics.md over the corpus, or over files when paths are given (library: CorpusStatistics).</summary>
static class StatsCommand
{
    public static Command Create(string lang)
    {
        var paths = new Argument<string[]>("PATH")
        {
            Description = Lang.T(lang, "年度报告文件或文件夹（可选；不给时统计语料库）", "annual report files or folders (optional; without them the corpus is used)"),
            Arity = ArgumentArity.ZeroOrMore,
        };
        var db = CorpusOptions.Db(lang);
        var filters = new FilterOptions(lang);
        var by = new Option<string>("--by") { Description = Lang.T(lang, "分组：year（年度）|level（层级）|type（机关类型）|region（省份）", "group by: year|level|type|region (province)") };
        by.AcceptOnlyFromAmong("year", "level", "type", "region");
        var format = CommonOptions.Format(lang, "text", "json", "csv", "html");
        var minimum = new Option<long>("--min-denominator")
        {
            Description = Lang.T(lang, $"分母小于此数时不计算比率（默认 {Statistics.DefaultMinimumDenominator}）", $"no rate on a denominator below this (default {Statistics.DefaultMinimumDenominator})"),
            DefaultValueFactory = _ => Statistics.DefaultMinimumDenominator,
        };
        minimum.Validators.Add(r => { if (r.GetValueOrDefault<long>() < 1) r.AddError(Lang.T(lang, "--min-denominator 应为正整数", "--min-denominator must be a positive integer")); });
        var output = TextOutput.Option(lang);
        var langOption = CommonOptions.Lang(lang);
        var command = new Command("stats", Lang.T(lang,
            "统计指标（公开率、未公开构成、无法提供率、结转率、复议诉讼纠错率、每百件申请的案件数、自然人申请占比）：分子分母分别加总后计算，分母过小不计算（见 docs/metrics.md）",
            "metrics (disclosure rate, refusal mix, unable-to-provide rate, carry-over rate, review and litigation correction rates, cases per 100 applications, natural-person share) from summed numerators and denominators, none on a tiny denominator (docs/metrics.md)"))
        { paths, db, by, format, minimum, output, langOption };
        filters.AddTo(command);
        command.SetAction(r => CorpusOptions.Guard(lang, () =>
        {
            var dimension = r.GetValue(by) is { } b ? Enum.Parse<StatsDimension>(b, true) : StatsDimension.None;
            var files = new ReportFiles();
            StatsResult result;
            if (r.GetValue(paths) is { Length: > 0 } args)
            {
                if (files.Read(args, lang) is not { } reports) return ExitCodes.Input;
                result = CorpusStatistics.Compute(reports, dimension, r.GetValue(minimum));
            }
            else result = CorpusStatistics.Compute(CorpusDb.Open(r.GetValue(db)!, create: false), filters.Read(r), dimension, r.GetValue(minimum));
            var text = r.GetValue(format) switch
            {
                "json" => StatsOutput.Json(result, lang),
                "csv" => StatsOutput.Csv(result, lang),
                "html" => StatsHtml.Page(result, lang),
                _ => StatsOutput.Text(result, lang),
            };
            var exit = TextOutput.Write(text, r.GetValue(output), lang);
            return exit != ExitCodes.Ok ? exit : files.Failed > 0 ? ExitCodes.Input : ExitCodes.Ok;
        }));
        return command;
    }
}
