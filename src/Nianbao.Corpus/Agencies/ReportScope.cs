using Nianbao.Template;
using Nianbao.Model;

namespace Nianbao.Corpus.Agencies;

/// <summary>
/// Whether a report covers its issuer only (本级, "own") or summarises a whole area (汇总, "summary"), where the
/// report says so or its issuer implies it (docs/corpus.md "Scope"): a title on 全省/全市/全县… reports is a
/// summary; a title saying 本级 is own; a department's or a township's report covers itself. Otherwise unknown.
/// </summary>
public static class ReportScope
{
    /// <summary>本级 (the library's <see cref="Nianbao.Analysis.Scopes.Own"/>).</summary>
    public const string Own = Nianbao.Analysis.Scopes.Own;
    /// <summary>汇总 (the library's <see cref="Nianbao.Analysis.Scopes.Summary"/>).</summary>
    public const string Summary = Nianbao.Analysis.Scopes.Summary;

    static readonly string[] Whole = ["全省", "全自治区", "全市", "全州", "全盟", "全地区", "全县", "全区", "全旗"];

    public static (string? Scope, string? Evidence) Infer(Report report, AgencyIdentity? agency)
    {
        var title = report.Metadata.TryGetValue(Keys.Metadata.Title, out var t) ? AgencyIdentity.Comparable(t.Value) : "";
        if (Whole.FirstOrDefault(w => title.Contains(w, StringComparison.Ordinal)) is { } whole) return (Summary, $"标题含“{whole}”");
        if (title.Contains("本级", StringComparison.Ordinal)) return (Own, "标题含“本级”");
        if (title.Contains("汇总", StringComparison.Ordinal)) return (Summary, "标题含“汇总”");
        return agency?.Type switch
        {
            "department" => (Own, "部门的报告只含本机关"),
            "township" => (Own, "乡镇、街道的报告只含本级"),
            _ => (null, null),
        };
    }
}
