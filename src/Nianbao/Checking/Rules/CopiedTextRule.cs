using Nianbao.Model;

namespace Nianbao.Checking.Rules;

/// <summary>
/// NB-XY-TEXT (docs/format.md §5.4, §7 item 4): sections 一, 五 and 六 that repeat the previous year's report (template.json
/// "rules.copiedText"). Measure: Jaccard similarity of the sets of character 5-grams after normalisation (simplified,
/// half-width) with digits, punctuation and whitespace removed, so a copy with the years updated still counts as a
/// copy. Threshold 0.75 (evaluators cite ~90 % repetition; a 90 % copy scores about 0.8); both texts need ≥ 50
/// characters, so a one-line "无" is never a copy.
/// </summary>
[RuleCodes("NB-XY-TEXT", Family = "Copied narrative (docs/format.md §5.4, §7)", Order = 6)]
internal sealed class CopiedTextRule : IReportRule
{
    public IEnumerable<Finding> Check(CheckContext context)
    {
        if (context.Previous is not { } prev) yield break;
        var rule = context.Template.Rules.CopiedText;
        foreach (var key in rule.Sections)
        {
            if (!context.Report.Sections.TryGetValue(key, out var now) || !prev.Sections.TryGetValue(key, out var before)) continue;
            var similarity = TextSimilarity.Jaccard5(now.Match, before.Match, rule.MinLength);
            if (similarity is not double s || s < rule.Threshold) continue;
            var def = context.Template.Section(key)!;
            yield return Finding.Create("NB-XY-TEXT", new FindingLocation { Section = key, Source = now.Source },
                ("ordinal", def.Ordinal), ("label", def.Label), ("similarity", Math.Round(s * 100)),
                ("previous_source", prev.Source), ("previous_year", prev.Year));
        }
    }
}
