using Nianbao.Normalizing;
using Nianbao.Tests.Samples;

namespace Nianbao.Tests.Renderings;

/// <summary>
/// Every rendering of a sample (HTML grid, site page in GBK, traditional script, Big5, markdown, re-encoded text)
/// parses to exactly the sample's expected values, agency, year and format.
/// </summary>
public class RenderingParseTests
{
    [Theory]
    [MemberData(nameof(RenderingFiles.All), MemberType = typeof(RenderingFiles))]
    public void Every_rendering_parses_to_the_sample_values(string file)
    {
        var name = RenderingFiles.SampleOf(file);
        var expected = SampleFiles.Expected(name);
        var report = RenderingFiles.Parse(file);

        SampleParseTests.AssertTables(report, name);
        Assert.Equal(expected.GetProperty("agency").GetString(), report.Agency);
        Assert.Equal(expected.GetProperty("year").GetInt32(), report.Year);
        Assert.Equal(expected.GetProperty("format").GetString(), report.Format?.Value);
        Assert.Equal(6, report.Sections.Count);
        Assert.DoesNotContain(report.Findings, f => f.Code is "NB-P-ENCODING" or "NB-S-TABLE" or "NB-S-ROW" or "NB-P-ROW-COUNT" or "NB-P-CELL");
    }

    /// <summary>Renderings that keep the sample's own CMS metadata lines read them as the sample does.</summary>
    [Theory]
    [MemberData(nameof(RenderingFiles.All), MemberType = typeof(RenderingFiles))]
    public void The_sample_metadata_survives_the_rendering(string file)
    {
        var name = RenderingFiles.SampleOf(file);
        if (file.EndsWith(".gbk.html", StringComparison.Ordinal)) return; // a CMS page states its own (asserted in SitePageTests)
        var report = RenderingFiles.Parse(file);
        if (!SampleFiles.Expected(name).TryGetProperty("metadata", out var meta))
        {
            Assert.False(report.Metadata.ContainsKey("index_no"), $"{file}: an index number the sample does not print");
            return;
        }
        foreach (var m in meta.EnumerateObject())
        {
            Assert.True(report.Metadata.ContainsKey(m.Name), $"{file}: metadata {m.Name} not read");
            // Values keep the rendering's script (貴溪耳口鄉 on a Big5 page); compare their matching copies.
            Assert.Equal(TextNormalizer.ForMatching(m.Value.GetString()!), TextNormalizer.ForMatching(report.Metadata[m.Name].Value));
        }
    }

    /// <summary>The data set holds what the issue asks for, so a generator change cannot silently drop a kind.</summary>
    [Fact]
    public void Every_sample_has_each_rendering_kind()
    {
        var names = RenderingFiles.Names.ToHashSet();
        foreach (var sample in SampleFiles.Names)
        {
            Assert.Contains($"{sample}.html", names);
            Assert.Contains($"{sample}.md", names);
        }
        Assert.True(names.Count(n => n.EndsWith(".gbk.html")) >= 2, "two GBK site pages");
        Assert.True(names.Count(n => n.EndsWith(".trad.html")) >= 2, "two traditional-script pages");
        Assert.Contains(names, n => n.EndsWith(".big5.html"));
        Assert.Contains(names, n => n.EndsWith(".gb18030.txt"));
        Assert.Contains(names, n => n.EndsWith(".big5.txt"));
    }
}
