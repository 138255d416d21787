using Nianbao.Documents;
using Nianbao.Model;
using Nianbao.Template;

namespace Nianbao.Segmenting;

/// <summary>
/// Finds the six sections in reading order (docs/format.md §2.1). Headings are taken in increasing ordinal; a missing
/// section is skipped, not guessed. The last section ends at page chrome (§9.1 A15–A16) or the document end.
/// </summary>
internal static class SectionSegmenter
{
    public static Segmentation Segment(IReadOnlyList<Block> blocks, ReportTemplate template)
    {
        // Several reports back to back: the first is read, and a finding says where the next begins.
        Finding? concatenated = null;
        if (ConcatenatedReports.Find(blocks, template) is { } second)
        {
            blocks = blocks.Take(second.Start).ToList();
            concatenated = Finding.Create("NB-S-CONCATENATED", new FindingLocation { Source = second.At.Source },
                ("count", second.Count), ("at", Shorten(second.At.Raw.Trim())));
        }

        var sections = template.Sections;
        var heads = new List<(SectionDef Def, int Index, Cell Cell)>();
        var next = 0;
        for (var i = 0; i < blocks.Count && next < sections.Count; i++)
        {
            if (blocks[i] is not LineBlock line) continue;
            var found = HeadingMatcher.Match(line.Line, sections, next);
            if (found < 0) continue;
            heads.Add((sections[found], i, line.Line));
            next = found + 1;
        }

        var spans = new List<SectionSpan>();
        for (var h = 0; h < heads.Count; h++)
        {
            var end = h + 1 < heads.Count ? heads[h + 1].Index : ChromeStart(blocks, heads[h].Index + 1, template);
            spans.Add(new SectionSpan(heads[h].Def, heads[h].Index, end, heads[h].Cell));
        }

        var findings = new List<Finding>();
        foreach (var s in sections)
        {
            var span = spans.FirstOrDefault(x => x.Section == s);
            if (span is null)
            {
                findings.Add(Finding.Create("NB-S-SECTION", new FindingLocation { Section = s.Key }, ("ordinal", s.Ordinal), ("label", s.Label)));
                continue;
            }
            var (canonical, variant) = HeadingMatcher.Fit(span.Heading, s);
            if (!canonical)
                findings.Add(Finding.Create("NB-S-HEADING", new FindingLocation { Section = s.Key, Source = span.Heading.Source },
                    ("ordinal", s.Ordinal), ("printed", span.Heading.Raw.Trim()), ("label", s.Label), ("note", template.NoteOf(variant?.Note ?? Keys.Notes.Wording))));
        }
        return new Segmentation(spans, findings) { BlockCount = blocks.Count, Concatenated = concatenated };
    }

    /// <summary>The first block from <paramref name="start"/> that is page chrome or script residue.</summary>
    static int ChromeStart(IReadOnlyList<Block> blocks, int start, ReportTemplate template)
    {
        for (var i = start; i < blocks.Count; i++)
            if (blocks[i] is LineBlock l && IsChrome(l.Line, template)) return i;
        return blocks.Count;
    }

    static string Shorten(string s) => s.Length <= 40 ? s : s[..40] + "…";

    static readonly System.Runtime.CompilerServices.ConditionalWeakTable<ReportTemplate, string[]> ChromeKeys = [];

    public static bool IsChrome(Cell line, ReportTemplate template)
    {
        var t = line.Text.AsSpan().TrimStart();
        if (t.StartsWith("//") || t.StartsWith("<!--") || t.StartsWith("var ") || t.StartsWith("function")) return true;
        var key = line.Key;
        // The label keys of the page-chrome phrases, computed once per template.
        foreach (var c in ChromeKeys.GetValue(template, x => x.Chrome.Select(Normalizing.LabelKey.OfPrinted).ToArray()))
            if (key.Contains(c, StringComparison.Ordinal)) return true;
        return false;
    }
}
