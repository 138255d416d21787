using Nianbao.Documents;
using Nianbao.Model;
using Nianbao.Segmenting;
using Nianbao.Template;

namespace Nianbao.Extraction.Narrative;

/// <summary>
/// Reads the figures the narrative states (issue 4 §6, docs/format.md §5.5) from the running-text lines of each section,
/// each with its sentence and the provenance of the number. Also the statistics period (preamble or anywhere in the
/// first lines) and the year section 一 speaks of. A report without recognised sections (pre-2019, §4) is read
/// as one "body". Tables are not read here.
/// </summary>
internal static class NarrativeExtractor
{
    const int PeriodLines = 200;

    /// <param name="blocks">The document's blocks in reading order.</param>
    /// <param name="spans">The sections found by segmenting (none for a report without recognised sections).</param>
    /// <param name="catalog">The figure patterns (figures.json).</param>
    /// <param name="findings">Receives NB-P-VALUE-DIGITS for a figure whose number is too long to be a value.</param>
    public static List<NarrativeFigure> Extract(IReadOnlyList<Block> blocks, IReadOnlyList<SectionSpan> spans, FigureCatalog catalog,
        List<Finding>? findings = null)
    {
        var figures = new List<NarrativeFigure>();
        var hits = new List<FigureHit>();
        var regions = spans.Count == 0
            ? [("body", 0, blocks.Count)]
            : spans.Select(s => (s.Section.Key, s.BodyStart, s.End)).Prepend(("preamble", 0, spans[0].HeadingIndex)).ToList();

        foreach (var (section, start, end) in regions)
            for (var i = start; i < end; i++)
            {
                if (blocks[i] is not LineBlock { Line: var line }) continue;
                LineLocator? locator = null;
                if (section != "preamble")
                {
                    hits.Clear();
                    FigureScanner.Scan(line.Text, catalog, hits);
                    foreach (var h in hits)
                        if (h.TooManyDigits) findings?.Add(TooLong(h, section, locator ??= new(line), catalog));
                        else figures.Add(Figure(h.Def.Key, h.Value, h.Unit, section, locator ??= new(line), h.Start, h.End, catalog));
                }
                if (i < PeriodLines && !figures.Exists(f => f.Key is Keys.Figures.StatisticsPeriodYear or Keys.Figures.StatisticsPeriodOther)
                    && YearFigures.Period(line.Text) is { } p)
                {
                    var key = p.CalendarYear ? Keys.Figures.StatisticsPeriodYear : Keys.Figures.StatisticsPeriodOther;
                    figures.Add(Figure(key, p.Year, catalog.UnitOf(key), section, locator ??= new(line), p.Start, p.End, catalog));
                }
            }

        if (spans.FirstOrDefault(s => s.Section.Key == Keys.Sections.Overview) is { } overview && BodyYear(blocks, overview, catalog) is { } body)
            figures.Add(body);
        return figures;
    }

    /// <summary>The year most often written in section 一 (a tie gives none): the year the report speaks of.</summary>
    static NarrativeFigure? BodyYear(IReadOnlyList<Block> blocks, SectionSpan overview, FigureCatalog catalog)
    {
        var counts = new Dictionary<int, (int Count, Cell Line, int Start)>();
        for (var i = overview.BodyStart; i < overview.End; i++)
            if (blocks[i] is LineBlock { Line: var line })
                foreach (var (y, s) in YearFigures.Years(line.Text))
                    counts[y] = counts.TryGetValue(y, out var c) ? (c.Count + 1, c.Line, c.Start) : (1, line, s);
        if (counts.Count == 0) return null;
        var ordered = counts.OrderByDescending(c => c.Value.Count).ToList();
        if (ordered.Count > 1 && ordered[1].Value.Count == ordered[0].Value.Count) return null;
        var (year, (_, first, start)) = (ordered[0].Key, ordered[0].Value);
        return Figure(Keys.Figures.BodyYear, year, catalog.UnitOf(Keys.Figures.BodyYear), overview.Section.Key, new LineLocator(first), start, start + 5, catalog);
    }

    static Finding TooLong(FigureHit h, string section, LineLocator locator, FigureCatalog catalog)
    {
        var (s, e) = Sentence.Bounds(locator.Line.Text, h.Start, catalog.SentenceEnds);
        var raw = locator.Original(h.Start, h.End);
        return Finding.Create("NB-P-VALUE-DIGITS", new FindingLocation { Section = section, Source = locator.Source(h.Start, h.End) },
            ("context", locator.Original(s, e)), ("raw", raw), ("found", raw.Count(char.IsDigit)), ("limit", Reading.InputLimits.MaxValueDigits));
    }

    static NarrativeFigure Figure(string key, decimal value, string unit, string section, LineLocator locator, int start, int end, FigureCatalog catalog)
    {
        var (s, e) = Sentence.Bounds(locator.Line.Text, start, catalog.SentenceEnds);
        return new NarrativeFigure(key, value, unit, section, locator.Original(s, e), locator.Source(start, end));
    }
}
