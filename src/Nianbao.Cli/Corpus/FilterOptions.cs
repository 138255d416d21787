using System.CommandLine;
using Nianbao.Corpus.Query;

namespace Nianbao.Cli.Corpus;

/// <summary>The report filters shared by list, export and review.</summary>
sealed class FilterOptions
{
    readonly Option<int?> year;
    readonly Option<string?> agency, region, level, type, code, review;

    public FilterOptions(string lang)
    {
        year = new("--year") { Description = Lang.T(lang, "年度", "report year") };
        agency = new("--agency") { Description = Lang.T(lang, "机关编号或名称的一部分", "agency id, or part of its name") };
        region = new("--region") { Description = Lang.T(lang, "行政区划代码的开头，如 62（甘肃省）、6229（临夏州）", "start of the region code, e.g. 62 (Gansu), 6229 (Linxia prefecture)") };
        level = new("--level") { Description = Lang.T(lang, "层级：national|provincial|city|county|township", "level: national|provincial|city|county|township") };
        type = new("--type") { Description = Lang.T(lang, "机关类型：government|department|township", "agency type: government|department|township") };
        code = new("--code") { Description = Lang.T(lang, "含有此代码问题的报告，如 NB-ID-T3-COL", "reports with a finding of this code, e.g. NB-ID-T3-COL") };
        review = new("--review") { Description = Lang.T(lang, "含有此审核状态问题的报告：open|confirmed|dismissed", "reports with a finding in this review status: open|confirmed|dismissed") };
        review.AcceptOnlyFromAmong("open", "confirmed", "dismissed");
    }

    public void AddTo(Command command)
    {
        foreach (var o in new Option[] { year, agency, region, level, type, code, review }) command.Options.Add(o);
    }

    public ReportFilter Read(ParseResult r) => new()
    {
        Year = r.GetValue(year), Agency = r.GetValue(agency), Region = r.GetValue(region), Level = r.GetValue(level),
        Type = r.GetValue(type), Code = r.GetValue(code), Review = r.GetValue(review),
    };
}
