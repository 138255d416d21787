using Nianbao.Documents;
using Nianbao.Extraction;
using Nianbao.Model;
using Nianbao.Reading.Pdf;

namespace Nianbao.Tests.Pdf;

/// <summary>
/// A table wider than the page: pdftotext drops the characters past the page edge, so a total of 24 whose "4"
/// lies outside reads "2". Such a word is marked clipped and its value is null with a finding, never "2".
/// </summary>
public class ClippedWordTests
{
    const string Xhtml = """
        <html xmlns="http://www.w3.org/1999/xhtml"><body><doc>
        <page width="595.3" height="841.9">
          <word xMin="58.3" yMin="650.0" xMax="250.3" yMax="665.6">一、本年新收政府信息公开申请数量</word>
          <word xMin="564.1" yMin="650.0" xMax="571.7" yMax="665.6">0</word>
          <word xMin="593.5" yMin="650.0" xMax="601.1" yMax="665.6">2</word>
        </page></doc></body></html>
        """;

    [Fact]
    public void A_word_crossing_the_page_edge_is_marked_clipped()
    {
        var words = BboxLayout.Parse(new StringReader(Xhtml)).Single().Words;
        Assert.False(words.Single(w => w.Text == "0").Clipped);
        Assert.True(words.Single(w => w.Text == "2").Clipped);
    }

    [Fact]
    public void An_uncertain_cell_gives_no_number()
    {
        var cell = new Cell("2", "2", new Provenance("pdf") { Page = 1 }) { Uncertain = true };
        var (value, note) = CellValueParser.Parse(cell, "int");
        Assert.Null(value.Integer);
        Assert.Equal(ValueState.Unreadable, value.State);
        Assert.Equal(CellValueParser.Note.Clipped, note);
        Assert.Equal(2, CellValueParser.Parse(new Cell("2", "2", new Provenance("pdf")), "int").Value.Integer);
    }
}
