using Nianbao.Model;

namespace Nianbao.Checking;

/// <summary>The optional "formula" and "reason" of each finding code, from the finding catalogs.</summary>
internal static class RuleText
{
    public sealed record Entry(string? Formula, string? Reason);

    public static Entry Of(string code) =>
        FindingCatalog.All.TryGetValue(code, out var e) ? new Entry(e.Formula, e.Reason) : new Entry(null, null);
}
