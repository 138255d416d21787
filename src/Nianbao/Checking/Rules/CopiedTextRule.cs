using Nianbao.Model;
using Nianbao.Template;

namespace Nianbao.Checking.Rules;

/// <summary>
/// NB-XY-TEXT (format.md §5.4, §7 item 4): sections 一, 五 and 六 that repeat the previous year's report.
/// Measure: Jaccard similarity of the sets of character 5-grams after normalisation (simplified, half-width) with
/// digits, punctuation and whitespace removed, so a copy with the years updated still counts as a copy.
/// Threshold 0.75 (evaluators cite ~90 % repetition; a 90 % copy scores about 0.8); both texts need ≥ 50
/// characters, so a one-line "无" is never a copy.
/// </summary>
[RuleCodes("NB-XY-TEXT", Family = "Copied narrative (format.md §5.4, §7)", Order = 6)]
public sealed class CopiedTextRule : IReportRule
{
    public const double Threshold = 0.75;
    public const int MinLength = 50;
    static readonly string[] Sections = ["overview", "problems", "other"];

    public IEnumerable<Finding> Check(CheckContext context)
    {
        if (context.Previous is not { } prev) yield break;
        foreach (var key in Sections)
        {
            if (!context.Report.Sections.TryGetValue(key, out var now) || !prev.Sections.TryGetValue(key, out var before)) continue;
            var similarity = TextSimilarity.Jaccard5(now.Text, before.Text, MinLength);
            if (similarity is not double s || s < Threshold) continue;
            var def = ReportTemplate.Default.Sections.First(d => d.Key == key);
            yield return Finding.Create("NB-XY-TEXT", new FindingLocation { Section = key, Source = now.Source },
                ("ordinal", def.Ordinal), ("label", def.Label), ("similarity", Math.Round(s * 100)),
                ("previous_source", prev.Source), ("previous_year", prev.Year));
        }
    }
}
