using Nianbao.Documents;
using Nianbao.Model;
using Nianbao.Segmenting;
using Nianbao.Template;

namespace Nianbao.Extraction;

/// <summary>
/// The extraction stage: builds the canonical report from a read document and its sections. Reads metadata and
/// title, the section texts and narrative figures, each national table from its section (or the whole document when
/// the section heading is missing), decides the format version, and notes blanks. Digit runs are left to the
/// reconciling stage, as data. Pure: the same document always gives the same result.
/// </summary>
internal static class ReportBuilder
{
    public static Extracted Build(SourceDocument doc, Segmentation segmentation, ReportTemplate template)
    {
        var blocks = doc.Blocks;
        var spans = segmentation.Spans;
        var report = new Report { Source = doc.Source, Url = doc.Url };
        report.Findings.AddRange(doc.Findings);
        // Several reports back to back (segmenting found them): the first is read.
        if (segmentation.BlockCount < blocks.Count) blocks = blocks.Take(segmentation.BlockCount).ToList();
        if (segmentation.Concatenated is { } concatenated) report.Findings.Add(concatenated);
        var preamble = blocks.Take(segmentation.PreambleEnd(blocks.Count)).ToList();

        var title = Head(doc, blocks, preamble, template, report);

        foreach (var span in spans)
        {
            var lines = blocks.Skip(span.BodyStart).Take(span.End - span.BodyStart).OfType<LineBlock>().Select(l => l.Line).ToList();
            report.Sections[span.Section.Key] = new SectionText(span.Section.Key, span.Heading.Raw.Trim(),
                string.Join("\n", lines.Select(l => l.Raw.Trim())), span.Heading.Source)
            {
                Match = string.Join("\n", lines.Select(l => l.Text.Trim())),
            };
        }
        var narrativeFindings = new List<Finding>();
        report.NarrativeFigures.AddRange(Narrative.NarrativeExtractor.Extract(blocks, spans, template.Figures, narrativeFindings));
        report.Profile = AgencyProfiler.Profile(report, template.Naming);

        var yearFormat = report.Year is int y ? template.FormatForYear(y)?.Id : null;
        var preferred = yearFormat == FormatId.F2019 ? FormatId.F2019 : FormatId.F2021;
        var layouts = new Dictionary<string, FormatId>();
        // Per table in printed order: its reading, or the definition of a table not found.
        var readings = new List<(string Key, TableReading? Reading, TableDef Def)>();
        foreach (var key in template.TableKeys)
        {
            var def = template.Layouts(key).First();
            var span = spans.FirstOrDefault(s => s.Section.Key == def.Section);
            var region = span is null ? blocks : blocks.Skip(span.BodyStart).Take(span.End - span.BodyStart);
            var result = TableExtractor.Read(key, new CellStream(region), template, preferred);
            if (result.Reading.Values is null && span is not null)
                result = TableExtractor.Read(key, new CellStream(blocks), template, preferred);
            if (result.Reading.Values is { } values)
            {
                report.Tables[key] = values;
                layouts[key] = result.Layout;
                BlankCells.Note(result.Table, values, result.Reading.Findings);
                readings.Add((key, result.Reading, def));
            }
            else
            {
                report.Tables[key] = AbsentTable(template.Table(key, preferred) ?? def, preferred);
                readings.Add((key, null, def));
            }
        }

        report.Format = DecideFormat(layouts, report.Year, template);
        // Free-form reports (before 2019) have no national sections or tables to miss (docs/format.md §4): metadata and
        // narrative figures only.
        var uniform = template.HasTables(report.Format);
        if (!uniform) report.Tables.Clear();

        if (title is null) report.Findings.Add(Finding.Create("NB-M-TITLE"));
        if (report.Year is null) report.Findings.Add(Finding.Create("NB-M-YEAR"));
        if (uniform) report.Findings.AddRange(segmentation.Findings);
        var runs = new List<DigitRun>();
        var blankRows = new Dictionary<string, IReadOnlySet<string>>();
        foreach (var (key, reading, def) in readings)
        {
            if (reading is null)
            {
                if (uniform)
                    report.Findings.Add(Finding.Create("NB-S-TABLE", new FindingLocation { Section = def.Section, Table = key }, ("label", def.Label)));
                continue;
            }
            // A run's finding keeps its place in the report's findings; the reconciling stage replaces it.
            if (uniform)
            {
                runs.AddRange(reading.Runs.Select(r => r with { FindingIndex = report.Findings.Count + r.FindingIndex }));
                blankRows[key] = reading.BlankRows;
            }
            report.Findings.AddRange(reading.Findings);
        }
        var versions = layouts.Where(l => template.TellsVersion(l.Key)).ToList();
        if (versions.Select(l => l.Value).Distinct().Count() > 1)
            report.Findings.Add(Finding.Create("NB-S-HYBRID", FindingLocation.Document,
                ("layouts", versions.Select(l => $"{template.LabelOf(l.Key)}: {l.Value}").ToArray())));
        report.Findings.AddRange(narrativeFindings);

        if (spans.Count == 0 && layouts.Count == 0 && title is null)
            throw new InputException("NB-INPUT-NOT-REPORT");
        return new Extracted(report, runs, blankRows);
    }

    /// <summary>Only what identifies the report: agency and year (a batch pairs consecutive years of one agency from
    /// these before reading any table). The same steps, on the same blocks, as the start of <see cref="Build"/>.</summary>
    public static (string? Agency, int? Year) Identify(SourceDocument doc, Segmentation segmentation, ReportTemplate template)
    {
        var blocks = doc.Blocks;
        if (segmentation.BlockCount < blocks.Count) blocks = blocks.Take(segmentation.BlockCount).ToList();
        var report = new Report { Source = doc.Source };
        Head(doc, blocks, blocks.Take(segmentation.PreambleEnd(blocks.Count)).ToList(), template, report);
        return (report.Agency, report.Year);
    }

    /// <summary>Metadata, title, agency and year: the head of the report.</summary>
    static TitleExtractor.Title? Head(SourceDocument doc, IReadOnlyList<Block> blocks, List<Block> preamble, ReportTemplate template, Report report)
    {
        // Metadata the container states, except a title that does not read as a report title (Word fills the
        // title property from a template or a file name).
        foreach (var (k, v) in doc.StatedMetadata)
            if (k != Keys.Metadata.Title || TitleExtractor.Find(new Dictionary<string, MetaField> { [k] = v }, [], []) is not null)
                report.Metadata[k] = v;
        foreach (var (k, v) in MetadataExtractor.Extract(preamble, template)) report.Metadata.TryAdd(k, v);
        var title = TitleExtractor.Find(report.Metadata, preamble, blocks);
        if (title is not null)
        {
            report.Metadata.TryAdd(Keys.Metadata.Title, new MetaField(Keys.Metadata.Title, title.Text, title.Source));
            report.Agency = title.Agency.Length > 0 ? title.Agency : null;
            report.Year = title.Year;
        }
        report.Year ??= YearEvidence.FromPeriod(blocks);
        // A field read by OCR with a character below the cells' confidence is kept, with a finding that names it:
        // nothing read from a scan is wrong silently (docs/ocr.md §3).
        foreach (var (key, field) in report.Metadata)
            if (field.OcrConfidence < Reading.Pdf.Scan.CellReading.MinConfidence)
                report.Findings.Add(Finding.Create("NB-M-OCR-UNSURE", new FindingLocation { Source = field.Source },
                    ("field", template.Metadata.FirstOrDefault(m => m.Key == key)?.Labels.FirstOrDefault() ?? key), ("value", field.Value), ("confidence", field.OcrConfidence)));
        return title;
    }

    static FormatId? DecideFormat(Dictionary<string, FormatId> layouts, int? year, ReportTemplate template)
    {
        // Table 四 is the same in both versions, so only tables 二 and 三 tell the version (the first read, in printed order).
        foreach (var key in template.TableKeys.Where(template.TellsVersion))
            if (layouts.TryGetValue(key, out var l)) return l;
        if (year is not int y) return null;
        // A year the template does not cover: before the first format, the free-form one; after, the newest.
        return template.FormatForYear(y)?.Id
            ?? (y < template.Formats.Min(f => f.FirstYear) ? template.Formats.First(f => !f.Tables).Id : template.Formats.MaxBy(f => f.LastYear)!.Id);
    }

    static TableValues AbsentTable(TableDef def, FormatId format)
    {
        var values = new TableValues { Layout = format };
        foreach (var row in def.RowsFor(format))
            foreach (var col in def.ColumnsOf(row))
                values[row.Key, col.Key] = CellValue.Absent;
        return values;
    }
}
