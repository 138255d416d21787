using System.Text;
using Nianbao.Checking;
using Nianbao.Checking.Rules;
using Nianbao.Model;
using Nianbao.Tests.Samples;
using Nianbao.Template;

namespace Nianbao.Tests.Narrative;

/// <summary>Samples (optionally edited) and the narrative/timeliness rules run directly on them.</summary>
static class NarrativeTestKit
{
    public static string Text(string name) => File.ReadAllText(SampleFiles.Path(name + ".txt"));

    public static Report Parse(string name) => ReportParser.ParseFile(SampleFiles.Path(name + ".txt"));

    /// <summary>The sample with one exact edit; the edit must apply exactly once, so a changed sample fails loudly.</summary>
    public static Report ParseEdited(string name, string from, string to)
    {
        var text = Text(name);
        var at = text.IndexOf(from, StringComparison.Ordinal);
        Assert.True(at >= 0 && text.IndexOf(from, at + 1, StringComparison.Ordinal) < 0, $"'{from}' must occur once in {name}");
        return ReportParser.Parse(Encoding.UTF8.GetBytes(text.Replace(from, to)), name + ".txt");
    }

    public static readonly IReportRule[] Rules =
        [new NarrativeTableRule(), new NarrativeFeeRule(), new NarrativeYearRule(), new NarrativeOverviewRule(), new TimelinessRule()];

    public static List<Finding> Check(Report report)
    {
        var context = new CheckContext(report, null, ReportIdentities.Of(report, ReportTemplate.Embedded), ReportTemplate.Embedded);
        return Rules.SelectMany(r => r.Check(context)).ToList();
    }

    public static IEnumerable<string> SampleNames => SampleFiles.Names;
}
