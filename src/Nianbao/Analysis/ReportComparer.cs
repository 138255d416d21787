using Nianbao.Checking;
using Nianbao.Model;
using Nianbao.Normalizing;
using Nianbao.Template;

namespace Nianbao.Analysis;

/// <summary>A table cell whose value differs between the two reports (null for blank or absent).</summary>
public sealed record ChangedValue(CellRef Cell, CellValue Before, CellValue After)
{
    /// <summary>After − before when both are numbers.</summary>
    public decimal? Change => Before.Number is { } b && After.Number is { } a ? a - b : null;
}

/// <summary>A sentence of the later report's section, and whether it was copied from the earlier report.</summary>
public sealed record Passage(string Text, bool Copied);

/// <summary>One narrative section compared: the 5-gram Jaccard similarity (<see cref="TextSimilarity"/>), null when
/// either text is too short, and the later text as passages with the copied ones marked.</summary>
public sealed record SectionComparison(string Section, double? Similarity, IReadOnlyList<Passage> Passages)
{
    /// <summary>Characters of the later text in copied sentences.</summary>
    public int CopiedCharacters => Passages.Where(p => p.Copied).Sum(p => p.Text.Length);
    /// <summary>Characters of the later text.</summary>
    public int Characters => Passages.Sum(p => p.Text.Length);
}

/// <summary>Two reports of one agency compared: the earlier and later (by year), every changed value, the cross-year
/// findings (carry-over, documents in force, copied text) and the narrative sections.</summary>
public sealed record ReportComparison(Report Earlier, Report Later, IReadOnlyList<ChangedValue> Changes,
    IReadOnlyList<Finding> CrossYear, IReadOnlyList<SectionComparison> Sections, bool SameAgency);

/// <summary>
/// Compares two reports, usually consecutive years of one agency (issue 11 item 4). The cross-year rules are the
/// checker's own: the later report is checked with and without the earlier as its previous year, and the findings that
/// appear only with it are the cross-year ones; nothing of the rules is restated here.
/// </summary>
public static class ReportComparer
{
    /// <summary>A sentence counts as copied when at least this share of its 5-grams occurs in the earlier section.</summary>
    const double CopiedShare = 0.8;
    const int MinSentence = 10;

    /// <summary>Compares two reports in either order; the one of the earlier year is taken as the previous year.</summary>
    public static ReportComparison Compare(Report a, Report b, ReportTemplate template)
    {
        var (earlier, later) = (a.Year ?? 0) <= (b.Year ?? 0) ? (a, b) : (b, a);
        var changes = new List<ChangedValue>();
        foreach (var key in template.TableKeys)
        {
            var layouts = new[] { earlier, later }.Select(r => r.Format is { } f ? template.Table(key, f) : null).ToList();
            var def = layouts[1] ?? layouts[0];
            if (def is null) continue;
            foreach (var row in def.Rows)
                foreach (var col in def.ColumnsOf(row))
                {
                    var cell = new CellRef(key, row.Key, col.Key);
                    var (x, y) = (earlier.Value(cell), later.Value(cell));
                    if (x.Integer != y.Integer || x.Text != y.Text || x.HasValue != y.HasValue)
                        if (x.State != ValueState.Absent || y.State != ValueState.Absent) changes.Add(new ChangedValue(cell, x, y));
                }
        }
        var alone = ReportChecker.CheckOne(later, null, template).Select(Key).ToHashSet();
        var crossYear = ReportChecker.CheckOne(later, earlier, template).Where(f => !alone.Contains(Key(f))).ToList();
        var sections = template.Sections.Select(s => Section(s.Key, earlier, later)).OfType<SectionComparison>().ToList();
        var same = PreviousReports.AgencyKey(earlier) is { } ka && ka == PreviousReports.AgencyKey(later);
        return new ReportComparison(earlier, later, changes, crossYear, sections, same);
    }

    static string Key(Finding f) => f.Code + "|" + f.Message("zh");

    static SectionComparison? Section(string key, Report earlier, Report later)
    {
        if (!later.Sections.TryGetValue(key, out var after)) return null;
        var before = earlier.Sections.GetValueOrDefault(key);
        var similarity = before is null ? null : TextSimilarity.Jaccard5(before.Match, after.Match, 20);
        var pool = Grams(before?.Match ?? "");
        var passages = Sentences(after.Text).Select(s =>
        {
            var grams = Grams(TextNormalizer.ForMatching(s));
            var copied = grams.Count > 0 && s.Length >= MinSentence && grams.Count(pool.Contains) >= CopiedShare * grams.Count;
            return new Passage(s, copied);
        }).ToList();
        return new SectionComparison(key, similarity, passages);
    }

    /// <summary>Sentences: up to and including 。！？； or a line end.</summary>
    static IEnumerable<string> Sentences(string text)
    {
        var start = 0;
        for (var i = 0; i < text.Length; i++)
            if (text[i] is '。' or '！' or '？' or '；' or '\n')
            {
                if (i + 1 - start > 0 && text[start..(i + 1)].Trim().Length > 0) yield return text[start..(i + 1)];
                start = i + 1;
            }
        if (start < text.Length && text[start..].Trim().Length > 0) yield return text[start..];
    }

    /// <summary>Character 5-grams of the letters (digits, punctuation and spaces dropped, as <see cref="TextSimilarity"/> does).</summary>
    static HashSet<string> Grams(string text)
    {
        var clean = new string(text.Where(char.IsLetter).ToArray());
        var set = new HashSet<string>();
        for (var i = 0; i + 5 <= clean.Length; i++) set.Add(clean.Substring(i, 5));
        return set;
    }
}
