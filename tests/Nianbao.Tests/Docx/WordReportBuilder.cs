using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;
using Nianbao.Documents;
using Nianbao.Reading;
using Nianbao.Segmenting;
using Nianbao.Template;
using Nianbao.Tests.Samples;

namespace Nianbao.Tests.Docx;

/// <summary>
/// Writes a sample report as the DOCX an agency would have: the sample's running text as paragraphs (headings
/// included), its preamble tables (the CMS information block) as plain Word tables, and in sections 二, 三 and
/// 四 the national tables laid out as Word lays them out (<see cref="WordTables"/>) with the expected values.
/// </summary>
static class WordReportBuilder
{
    static readonly Dictionary<string, Func<System.Text.Json.JsonElement, Table>> National = new()
    {
        ["proactive"] = WordTables.ActiveDisclosure,
        ["applications"] = WordTables.ApplicationsTable,
        ["review_litigation"] = WordTables.ReviewLitigation,
    };

    public sealed class Options
    {
        /// <summary>Put the sample's own title line in a text box (DrawingML with a VML fallback, as Word saves it).</summary>
        public bool TitleInTextBox { get; init; }
        public string? PropertyTitle { get; init; }
        public string? PropertyCreator { get; init; }
    }

    public static byte[] Build(string name, Options? options = null)
    {
        options ??= new Options();
        var expected = SampleFiles.Expected(name);
        var file = expected.GetProperty("source").GetString()!;
        var text = SourceReader.Read(File.ReadAllBytes(SampleFiles.Path(file)), file);
        var (spans, _) = SectionSegmenter.Segment(text.Blocks, ReportTemplate.Embedded);
        var tables = expected.GetProperty("tables");
        var title = options.TitleInTextBox ? expected.GetProperty("agency").GetString() + expected.GetProperty("year").GetInt32() : null;

        var body = new Body();
        for (var i = 0; i < text.Blocks.Count; i++)
        {
            var section = spans.LastOrDefault(s => s.HeadingIndex <= i && i < s.End);
            switch (text.Blocks[i])
            {
                case LineBlock line when title is not null && line.Line.Raw.Trim().StartsWith(title, StringComparison.Ordinal):
                    body.Append(TextBox(line.Line.Raw.Trim()));
                    title = null;
                    break;
                case LineBlock line:
                    body.Append(new Paragraph(new Run(new Text(line.Line.Raw) { Space = SpaceProcessingModeValues.Preserve })));
                    break;
                case TableBlock table when section is null || !National.ContainsKey(section.Section.Key):
                    body.Append(Plain(table));
                    break;
            }
            if (section is not null && section.HeadingIndex == i && National.TryGetValue(section.Section.Key, out var build))
                body.Append(build(tables));
        }
        foreach (var key in National.Keys)
            Assert.True(spans.Any(s => s.Section.Key == key), $"{name}: the sample text has no heading for section {key}");
        Assert.True(title is null || !options.TitleInTextBox, $"{name}: no title line to put in a text box");

        using var stream = new MemoryStream();
        using (var word = WordprocessingDocument.Create(stream, WordprocessingDocumentType.Document))
        {
            word.AddMainDocumentPart().Document = new Document(body);
            word.PackageProperties.Creator = options.PropertyCreator ?? "Microsoft Office User";
            word.PackageProperties.Title = options.PropertyTitle;
            word.PackageProperties.Created = new DateTime(2024, 1, 20, 8, 0, 0, DateTimeKind.Utc);
        }
        return stream.ToArray();
    }

    /// <summary>A table of the text rendering as a plain grid (no merges).</summary>
    static Table Plain(TableBlock table) =>
        WordTables.Grid(table.Rows.Max(r => r.Count), table.Rows.Select(r => new TableRow(r.Select(c => WordTables.Cell(c.Raw)))));

    /// <summary>An empty paragraph anchoring a text box, written the way Word writes it: mc:AlternateContent with a
    /// wps shape (DrawingML) and a VML fallback, both holding the same w:txbxContent.</summary>
    static Paragraph TextBox(string text)
    {
        var escaped = System.Security.SecurityElement.Escape(text);
        var content = $"<w:txbxContent><w:p><w:r><w:t>{escaped}</w:t></w:r></w:p></w:txbxContent>";
        var xml = $"""
            <w:p xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"
                 xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006"
                 xmlns:wp="http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing"
                 xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main"
                 xmlns:wps="http://schemas.microsoft.com/office/word/2010/wordprocessingShape"
                 xmlns:v="urn:schemas-microsoft-com:vml">
              <w:r><mc:AlternateContent>
                <mc:Choice Requires="wps"><w:drawing><wp:anchor distT="0" distB="0" distL="0" distR="0" simplePos="0" relativeHeight="1" behindDoc="0" locked="0" layoutInCell="1" allowOverlap="1">
                  <wp:simplePos x="0" y="0"/><wp:positionH relativeFrom="margin"><wp:align>center</wp:align></wp:positionH>
                  <wp:positionV relativeFrom="paragraph"><wp:posOffset>0</wp:posOffset></wp:positionV>
                  <wp:extent cx="5400000" cy="600000"/><wp:wrapTopAndBottom/><wp:docPr id="1" name="Title box"/>
                  <a:graphic><a:graphicData uri="http://schemas.microsoft.com/office/word/2010/wordprocessingShape">
                    <wps:wsp><wps:spPr/><wps:txbx>{content}</wps:txbx><wps:bodyPr/></wps:wsp>
                  </a:graphicData></a:graphic></wp:anchor></w:drawing></mc:Choice>
                <mc:Fallback><w:pict><v:shape style="width:425pt;height:47pt"><v:textbox>{content}</v:textbox></v:shape></w:pict></mc:Fallback>
              </mc:AlternateContent></w:r>
            </w:p>
            """;
        return new Paragraph(xml);
    }
}
