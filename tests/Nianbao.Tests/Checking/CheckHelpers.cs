using System.Text;
using Nianbao.Checking;
using Nianbao.Checking.Repair;
using Nianbao.Model;
using Nianbao.Tests.Samples;

namespace Nianbao.Tests.Checking;

/// <summary>Parsing sample text (or an edited copy of it) and checking it.</summary>
static class CheckHelpers
{
    public static string SampleText(string name) => File.ReadAllText(SampleFiles.Path(name + ".txt"));

    public static Report Parse(string text, string name = "variant.txt") => ReportParser.Parse(Encoding.UTF8.GetBytes(text), name);

    public static IReadOnlyList<Finding> Check(string text) => ReportChecker.Check(Parse(text));

    /// <summary>Replaces exactly one occurrence, so an edit that no longer matches the sample fails loudly.</summary>
    public static string Edit(this string text, string from, string to)
    {
        var at = text.IndexOf(from, StringComparison.Ordinal);
        Assert.True(at >= 0, $"sample text no longer contains \"{from}\"");
        Assert.True(text.IndexOf(from, at + 1, StringComparison.Ordinal) < 0, $"\"{from}\" occurs more than once");
        return text[..at] + to + text[(at + from.Length)..];
    }

    /// <summary>linxia-city-2023 with the three rows whose totals were typed into the total column only made
    /// consistent (自然人 = 18, 2, 4): a report on which every rule holds.</summary>
    public static string ConsistentLinxia() => SampleText("linxia-city-2023")
        .Edit("(一)予以公开 | 0 | 0 | 0 | 0 | 0 | 0 | 18 |", "(一)予以公开 | 18 | 0 | 0 | 0 | 0 | 0 | 18 |")
        .Edit("2.其他法律行政法规禁止公开 | 0 | 0 | 0 | 0 | 0 | 0 | 2 |", "2.其他法律行政法规禁止公开 | 2 | 0 | 0 | 0 | 0 | 0 | 2 |")
        .Edit("1.本机关不掌握相关政府信息 | 0 | 0 | 0 | 0 | 0 | 0 | 4 |", "1.本机关不掌握相关政府信息 | 4 | 0 | 0 | 0 | 0 | 0 | 4 |");

    public static List<Finding> Errors(this IEnumerable<Finding> findings) => findings.Where(f => f.Severity == Severity.Error).ToList();

    public static string Describe(this IEnumerable<Finding> findings) =>
        string.Join("\n", findings.Select(f => $"{f.Severity} {f.Code} {f.Location.Table}/{f.Location.Row}/{f.Location.Column}: {f.Message("en")}"));

    public static RepairSuggestion Suggestion(this Finding f) =>
        Assert.IsType<RepairSuggestion>(f.Arg("suggestion"));
}
