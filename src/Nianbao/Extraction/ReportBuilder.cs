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
    public static Report Build(SourceDocument doc, ReportTemplate? template = null)
    {
        template ??= ReportTemplate.Default;
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
            report.Metadata.TryAdd("title", new MetaField("title", title.Text, title.Source));
            report.Agency = title.Agency.Length > 0 ? title.Agency : null;
            report.Year = title.Year;
        }
        report.Year ??= YearEvidence.FromPeriod(blocks);

        foreach (var span in spans)
            report.Sections[span.Section.Key] = new SectionText(span.Section.Key, span.Heading.Raw.Trim(),
                string.Join("\n", blocks.Skip(span.BodyStart).Take(span.End - span.BodyStart).OfType<LineBlock>().Select(l => l.Line.Raw.Trim())),
                span.Heading.Source);
        var narrativeFindings = new List<Finding>();
        report.NarrativeFigures.AddRange(Narrative.NarrativeExtractor.Extract(blocks, spans, findings: narrativeFindings));
        report.Profile = AgencyProfiler.Profile(report);

        var yearFormat = report.Year is int y ? template.FormatForYear(y)?.Id : null;
        var preferred = yearFormat is "2019" ? "2019" : "2021";
        var layouts = new Dictionary<string, string>();
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

        report.Format = DecideFormat(layouts, report.Year);
        if (report.Format == "legacy")
        {
            // Free-form reports before 2019 have no national sections or tables to miss (format.md §4):
            // metadata and narrative figures only.
            report.Tables.Clear();
            tableFindings.RemoveAll(f => f.Code == "NB-S-TABLE");
            sectionFindings.RemoveAll(f => f.Code is "NB-S-SECTION" or "NB-S-HEADING");
        }
        layouts.Remove("review_litigation");
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
        Checking.RunTogether.RunTogetherResolver.Resolve(report);
        return report;
    }

    static string Shorten(string s) => s.Length <= 40 ? s : s[..40] + "…";

    static string? DecideFormat(Dictionary<string, string> layouts, int? year)
    {
        // Table 四 is the same in both versions, so only tables 二 and 三 tell the version.
        foreach (var key in new[] { "active_disclosure", "applications" })
            if (layouts.TryGetValue(key, out var l)) return l;
        if (year is < 2019) return "legacy";
        return year is null ? null : year >= 2021 ? "2021" : "2019";
    }

    static TableValues AbsentTable(TableDef def, string format)
    {
        var values = new TableValues { Layout = format };
        foreach (var row in def.RowsFor(format))
            foreach (var col in def.ColumnsOf(row))
                values[row.Key, col.Key] = CellValue.Absent;
        return values;
    }
}
