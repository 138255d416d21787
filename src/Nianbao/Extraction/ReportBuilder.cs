using Nianbao.Documents;
using Nianbao.Model;
using Nianbao.Segmenting;
using Nianbao.Template;

namespace Nianbao.Extraction;

/// <summary>
/// Builds the canonical report from a read document: segment sections, read metadata and title, read each
/// national table from its section (or the whole document when the section heading is missing), decide the
/// format version, and note blanks. Pure: the same document always gives the same report.
/// </summary>
public static class ReportBuilder
{
    public static Report Build(SourceDocument doc, ReportTemplate template)
    {
        var blocks = doc.Blocks;
        var report = new Report { Source = doc.Source };
        report.Findings.AddRange(doc.Findings);
        // Several reports back to back: the first is read, and the finding says where the next begins.
        if (ConcatenatedReports.Find(blocks, template) is { } second)
        {
            blocks = blocks.Take(second.Start).ToList();
            report.Findings.Add(Finding.Create("NB-S-CONCATENATED", new FindingLocation { Source = second.At.Source },
                ("count", second.Count), ("at", Shorten(second.At.Raw.Trim()))));
        }

        var (spans, sectionFindings) = SectionSegmenter.Segment(blocks, template);
        var firstHeading = spans.Count > 0 ? spans[0].HeadingIndex : Math.Min(blocks.Count, 40);
        var preamble = blocks.Take(firstHeading).ToList();

        foreach (var (k, v) in doc.StatedMetadata) report.Metadata[k] = v;
        foreach (var (k, v) in MetadataExtractor.Extract(preamble, template)) report.Metadata.TryAdd(k, v);
        var title = TitleExtractor.Find(report.Metadata, preamble, blocks);
        if (title is not null)
        {
            report.Metadata.TryAdd(Keys.Metadata.Title, new MetaField(Keys.Metadata.Title, title.Text, title.Source));
            report.Agency = title.Agency.Length > 0 ? title.Agency : null;
            report.Year = title.Year;
        }
        report.Year ??= YearEvidence.FromPeriod(blocks);

        foreach (var span in spans)
            report.Sections[span.Section.Key] = new SectionText(span.Section.Key, span.Heading.Raw.Trim(),
                string.Join("\n", blocks.Skip(span.BodyStart).Take(span.End - span.BodyStart).OfType<LineBlock>().Select(l => l.Line.Raw.Trim())),
                span.Heading.Source);
        var narrativeFindings = new List<Finding>();
        report.NarrativeFigures.AddRange(Narrative.NarrativeExtractor.Extract(blocks, spans, template.Figures, narrativeFindings));
        report.Profile = AgencyProfiler.Profile(report, template.Naming);

        var yearFormat = report.Year is int y ? template.FormatForYear(y)?.Id : null;
        var preferred = yearFormat == FormatId.F2019 ? FormatId.F2019 : FormatId.F2021;
        var layouts = new Dictionary<string, FormatId>();
        var tableFindings = new List<Finding>();
        foreach (var key in template.TableKeys)
        {
            var def = template.Layouts(key).First();
            var span = spans.FirstOrDefault(s => s.Section.Key == def.Section);
            var region = span is null ? blocks : blocks.Skip(span.BodyStart).Take(span.End - span.BodyStart);
            var result = TableExtractor.Read(key, new CellStream(region), template, preferred);
            if (result.Reading.Values is null && span is not null)
                result = TableExtractor.Read(key, new CellStream(blocks), template, preferred);
            tableFindings.AddRange(result.Reading.Findings);
            if (result.Reading.Values is { } values)
            {
                report.Tables[key] = values;
                layouts[key] = result.Layout;
                BlankCells.Note(result.Table, values, tableFindings);
            }
            else
            {
                report.Tables[key] = AbsentTable(template.Table(key, preferred) ?? def, preferred);
                tableFindings.Add(Finding.Create("NB-S-TABLE", new FindingLocation { Section = def.Section, Table = key }, ("label", def.Label)));
            }
        }

        report.Format = DecideFormat(layouts, report.Year, template);
        if (!template.HasTables(report.Format))
        {
            // Free-form reports before 2019 have no national sections or tables to miss (format.md §4):
            // metadata and narrative figures only.
            report.Tables.Clear();
            tableFindings.RemoveAll(f => f.Code == "NB-S-TABLE");
            sectionFindings.RemoveAll(f => f.Code is "NB-S-SECTION" or "NB-S-HEADING");
        }
        foreach (var key in layouts.Keys.Where(k => !template.TellsVersion(k)).ToList()) layouts.Remove(key);
        if (layouts.Values.Distinct().Count() > 1)
            tableFindings.Add(Finding.Create("NB-S-HYBRID", FindingLocation.Document,
                ("layouts", layouts.Select(l => $"{template.Layouts(l.Key).First().Label}: {l.Value}").ToArray())));

        if (title is null) report.Findings.Add(Finding.Create("NB-M-TITLE"));
        if (report.Year is null) report.Findings.Add(Finding.Create("NB-M-YEAR"));
        report.Findings.AddRange(sectionFindings);
        report.Findings.AddRange(tableFindings);
        report.Findings.AddRange(narrativeFindings);

        if (spans.Count == 0 && layouts.Count == 0 && title is null)
            throw new InputException("NB-INPUT-NOT-REPORT");
        Checking.RunTogether.RunTogetherResolver.Resolve(report, template);
        return report;
    }

    static string Shorten(string s) => s.Length <= 40 ? s : s[..40] + "…";

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
