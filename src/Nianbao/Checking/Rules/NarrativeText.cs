using Nianbao.Model;

namespace Nianbao.Checking.Rules;

/// <summary>Word tests on the matching copy of a report's narrative sections (simplified, half-width: 處理費 → 处理费).</summary>
internal static class NarrativeText
{
    public static string? Section(Report report, string key) =>
        report.Sections.TryGetValue(key, out var s) ? s.Match : null;

    public static string All(Report report) => string.Join("\n", report.Sections.Values.Select(s => s.Match));

    public static bool ContainsAny(string text, IEnumerable<string> words) =>
        words.Any(w => text.Contains(w, StringComparison.Ordinal));
}
