using System.Text.RegularExpressions;
using Nianbao.Documents;

namespace Nianbao.Extraction;

/// <summary>The report year when the title does not give it: the statistics period (…YYYY年1月1日至…12月31日).</summary>
internal static partial class YearEvidence
{
    [GeneratedRegex(@"((?:19|20)[0-9]{2})\s*年\s*1\s*月\s*1\s*日")]
    private static partial Regex PeriodStart();

    public static int? FromPeriod(IEnumerable<Block> blocks)
    {
        foreach (var line in blocks.OfType<LineBlock>().Take(200))
        {
            var m = PeriodStart().Match(line.Line.Text);
            if (m.Success) return int.Parse(m.Groups[1].Value);
        }
        return null;
    }
}
