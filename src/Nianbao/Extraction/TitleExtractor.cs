using System.Text.RegularExpressions;
using Nianbao.Documents;
using Nianbao.Model;
using Nianbao.Template;

namespace Nianbao.Extraction;

/// <summary>
/// Finds the title "&lt;机关&gt;&lt;YYYY&gt;年政府信息公开工作年度报告" (docs/format.md §2.1) in the metadata block, on a line
/// of its own, or inside the preamble (《…年度报告》), and splits it into agency and year. A summary report's title may
/// name its scope after the year (天水市麦积区2022年全区政府信息公开工作年度报告; 本级 likewise): the scope word is not the
/// agency's.
/// </summary>
internal static partial class TitleExtractor
{
    public sealed record Title(string Text, string Agency, int Year, Provenance? Source);

    [GeneratedRegex(@"(?<agency>[^《》<>""“”\s,，。:：;；、|]{0,60}?)\s*(?<year>(?:19|20)[0-9]{2})\s*年\s*度?\s*(?:的)?\s*(?:全(?:自治区|地区|[省市州盟县区旗乡镇])|本级)?\s*(?:政府|政务)?\s*信息公开\s*(?:工作)?\s*(?:年度)?\s*(?:报告|年报)")]
    private static partial Regex TitlePattern();

    public static Title? Find(IReadOnlyDictionary<string, MetaField> metadata, IEnumerable<Block> preamble, IEnumerable<Block> all)
    {
        if (metadata.TryGetValue(Keys.Metadata.Title, out var t) && Parse(Normalizing.TextNormalizer.ForMatching(t.Value), t.Value, t.Source) is { } fromMeta)
            return fromMeta;
        var lines = preamble.OfType<LineBlock>().Select(l => l.Line).ToList();
        foreach (var line in lines)
            if (line.Text.Trim().Length <= 80 && Parse(line.Text.Trim(), line.Raw.Trim(), line.Source, wholeLine: true) is { } own) return own;
        var running = lines.Concat(all.OfType<LineBlock>().Take(60).Select(l => l.Line)).ToList();
        for (var i = 0; i < running.Count; i++)
        {
            var line = running[i];
            var single = Parse(line.Text, line.Raw, line.Source);
            // A title wrapped over two lines (PDF text, narrow columns) only shows whole when they are joined.
            var joined = i + 1 < running.Count && line.Text.Contains('年') | running[i + 1].Text.Contains("信息公开")
                ? Parse(line.Text + running[i + 1].Text, line.Text + running[i + 1].Text, line.Source, startsBefore: line.Text.Length)
                : null;
            if (joined is not null && (single is null || joined.Agency.Length > single.Agency.Length)) return joined;
            if (single is not null) return single;
        }
        return null;
    }

    static Title? Parse(string text, string raw, Provenance? source, bool wholeLine = false, int startsBefore = int.MaxValue)
    {
        // Every title holds 信息公开; running the pattern only near it keeps long narrative lines cheap.
        Match? m = null;
        for (var at = text.IndexOf("信息公开", StringComparison.Ordinal); at >= 0 && m is null; at = text.IndexOf("信息公开", at + 4, StringComparison.Ordinal))
        {
            var start = Math.Max(0, at - 90);
            var hit = TitlePattern().Match(text, start, Math.Min(text.Length - start, at - start + 30));
            if (hit.Success) m = hit;
        }
        if (m is null) return null;
        var agency = m.Groups["agency"].Value.Trim();
        if (agency.EndsWith("关于", StringComparison.Ordinal)) agency = agency[..^2];
        // A title line is the title: nothing much before or after it (else it is a sentence that mentions one).
        if (wholeLine && (m.Index > 2 || m.Index + m.Length < text.TrimEnd().Length - 3)) return null;
        if (m.Index >= startsBefore) return null;
        var year = int.Parse(m.Groups["year"].Value);
        var display = raw.Length == text.Length ? raw.Substring(m.Index, m.Length) : text.Substring(m.Index, m.Length);
        return new Title(MetadataExtractor.CleanDisplay(display.Trim()), agency, year, source);
    }
}
