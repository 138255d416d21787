using System.Text.Json;
using Nianbao.Output;

namespace Nianbao.Tests.Narrative;

/// <summary>narrative_figures in the JSON output, with provenance under --provenance.</summary>
public class NarrativeJsonTests
{
    [Fact]
    public void Figures_and_their_provenance_are_written()
    {
        var report = NarrativeTestKit.Parse("linxia-city-2023");
        var json = JsonDocument.Parse(JsonReportWriter.ToJson(report, new JsonReportWriter.Options(Provenance: true))).RootElement;
        var figures = json.GetProperty("narrative_figures").EnumerateArray().ToList();
        var sources = json.GetProperty("provenance").GetProperty("narrative_figures").EnumerateArray().ToList();
        Assert.Equal(report.NarrativeFigures.Count, figures.Count);
        Assert.Equal(figures.Count, sources.Count);
        var i = figures.FindIndex(f => f.GetProperty("key").GetString() == "applications_answered");
        Assert.Equal(21, figures[i].GetProperty("value").GetInt32());
        Assert.Equal("件", figures[i].GetProperty("unit").GetString());
        Assert.Equal("overview", figures[i].GetProperty("section").GetString());
        Assert.Equal(7, sources[i].GetProperty("line").GetInt32());
        Assert.Equal("government", json.GetProperty("profile").GetProperty("type").GetString());
    }
}

/// <summary>The figures do not depend on the rendering: the HTML copy of a sample states the same ones.</summary>
public class NarrativeRenderingTests
{
    [Fact]
    public void Html_rendering_states_the_same_figures_with_paragraph_provenance()
    {
        var path = Path.Combine(AppContext.BaseDirectory, "Data", "renderings", "linxia-city-2023.html");
        Assert.True(File.Exists(path), $"{path} is missing");
        var html = ReportParser.ParseFile(path);
        var text = NarrativeTestKit.Parse("linxia-city-2023");
        Assert.Equal(text.NarrativeFigures.Select(f => (f.Key, f.Value)), html.NarrativeFigures.Select(f => (f.Key, f.Value)));
        var answered = html.NarrativeFigures.Single(f => f.Key == "applications_answered");
        Assert.Equal("html", answered.Source!.Kind);
        Assert.NotNull(answered.Source.Paragraph);
        Assert.Equal(3, answered.Source.Length);
    }
}
