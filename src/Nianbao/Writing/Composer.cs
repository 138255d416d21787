using Nianbao.Checking;
using Nianbao.Model;
using Nianbao.Template;

namespace Nianbao.Writing;

/// <summary>What composing gave: the findings of the check, the arithmetic ones that refuse the report, and the
/// rendered file (null when refused).</summary>
public sealed record ComposeResult(IReadOnlyList<Finding> Findings, IReadOnlyList<Finding> Broken, byte[]? Output)
{
    /// <summary>True when nothing was written because an arithmetic rule is broken.</summary>
    public bool Refused => Output is null;
}

/// <summary>
/// Validate before publish (issue 11 item 3): a filled report is checked with the library's checker first; a report
/// that breaks an arithmetic rule of its tables (an error located in a table: the identities, non-negative counts,
/// the comparisons of the template's rules) is not written unless forced. The narrative comes from a compiler's
/// Markdown or text file (<see cref="NarrativeText"/>); sections it lacks keep the filled file's text or the
/// template's placeholder.
/// </summary>
public static class Composer
{
    /// <summary>Checks <paramref name="filled"/>, then writes it to <paramref name="target"/> unless an arithmetic rule is broken
    /// and <paramref name="force"/> is false; <paramref name="narrative"/> is a Markdown or text file's content.</summary>
    public static ComposeResult Compose(Report filled, WriteTarget target, string? narrative = null, bool force = false, ReportTemplate? template = null)
    {
        template ??= ReportTemplate.Embedded;
        var findings = ReportChecker.Check(filled, template);
        var broken = findings.Where(IsArithmetic).ToList();
        if (broken.Count > 0 && !force) return new ComposeResult(findings, broken, null);
        var sections = narrative is null ? null : NarrativeText.Sections(narrative, template);
        return new ComposeResult(findings, broken, ReportWriter.Write(filled, target, template, sections));
    }

    /// <summary>An arithmetic rule broken: an error that points at a table.</summary>
    public static bool IsArithmetic(Finding f) => f.Severity == Severity.Error && f.Location.Table is not null;
}

/// <summary>
/// A compiler's narrative file: Markdown or plain text whose sections are headed by the template's ordinals
/// (一、… 六、, with or without Markdown '#'); the text under each heading is that section's. Text before the first
/// heading is ignored; a heading not followed by text leaves the section to its placeholder.
/// </summary>
public static class NarrativeText
{
    /// <summary>Section key → text of each section the file gives text for.</summary>
    public static Dictionary<string, string> Sections(string text, ReportTemplate template)
    {
        var result = new Dictionary<string, List<string>>();
        List<string>? current = null;
        foreach (var raw in text.Replace("\r\n", "\n").Split('\n'))
        {
            var line = raw.Trim().TrimStart('#').Trim();
            var section = template.Sections.FirstOrDefault(s => line.StartsWith(s.Ordinal + "、", StringComparison.Ordinal) && line.Length <= s.Label.Length + 12);
            if (section is not null) { result[section.Key] = current = []; continue; }
            current?.Add(raw.TrimEnd());
        }
        return result.Where(r => r.Value.Any(l => l.Trim().Length > 0))
            .ToDictionary(r => r.Key, r => string.Join("\n", r.Value).Trim());
    }
}
