using Nianbao.Model;
using Nianbao.Normalizing;

namespace Nianbao.Checking.Rules;

/// <summary>Word tests on the matching copy of a report's narrative sections (simplified, half-width: 處理費 → 处理费).</summary>
public static class NarrativeText
{
    public static string? Section(Report report, string key) =>
        report.Sections.TryGetValue(key, out var s) ? TextNormalizer.ForMatching(s.Text) : null;

    public static string All(Report report) => TextNormalizer.ForMatching(string.Join("\n", report.Sections.Values.Select(s => s.Text)));

    public static bool ContainsAny(string text, IEnumerable<string> words) =>
        words.Any(w => text.Contains(w, StringComparison.Ordinal));
}
