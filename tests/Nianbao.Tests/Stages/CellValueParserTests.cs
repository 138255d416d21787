using Nianbao.Documents;
using Nianbao.Extraction;
using Nianbao.Model;
using Nianbao.Normalizing;
using Note = Nianbao.Extraction.CellValueParser.Note;

namespace Nianbao.Tests.Stages;

/// <summary>One value cell by column kind (docs/format.md §5.0, §9.1 A7): never a guess, blank is null.</summary>
public class CellValueParserTests
{
    static (CellValue Value, Note Note) Parse(string raw, string kind = "int") =>
        CellValueParser.Parse(new Cell(raw, TextNormalizer.ForMatching(raw), Model.Provenance.TextSpan(1, 0, raw.Length)), kind);

    [Theory]
    [InlineData("0", 0L, Note.None)]
    [InlineData("36109", 36109L, Note.None)]
    [InlineData("?0", 0L, Note.StrayMark)]
    [InlineData("0?", 0L, Note.StrayMark)]
    [InlineData("？7", 7L, Note.StrayMark)]
    [InlineData("1,024", 1024L, Note.None)]
    [InlineData("１，０２４", 1024L, Note.None)]
    [InlineData("12件", 12L, Note.None)]
    [InlineData(" 18 ", 18L, Note.None)]
    public void Integers(string raw, long value, object note)
    {
        var (v, n) = Parse(raw);
        Assert.Equal(ValueState.Read, v.State);
        Assert.Equal(value, v.Integer);
        Assert.Equal((Note)note, n);
        Assert.Equal(raw, v.Raw);
    }

    [Theory]
    [InlineData("406.61", "406.61")]
    [InlineData("3861.443738", "3861.443738")]
    [InlineData("0", "0")]
    [InlineData("0.00", "0.00")]
    [InlineData("1,234.5", "1234.5")]
    public void Money_is_kept_as_printed(string raw, string text)
    {
        var (v, n) = Parse(raw, "decimal");
        Assert.Equal(ValueState.Read, v.State);
        Assert.Null(v.Integer);
        Assert.Equal(text, v.Text);
        Assert.Equal(Note.None, n);
    }

    [Theory]
    [InlineData("+1036", 1036L)]
    [InlineData("-3", -3L)]
    [InlineData("12", 12L)]
    public void Signed_changes(string raw, long value) => Assert.Equal(value, Parse(raw, "signed").Value.Integer);

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData("\u00A0")]
    public void Blank_is_null_not_zero(string raw)
    {
        var (v, n) = Parse(raw);
        Assert.Equal(ValueState.Blank, v.State);
        Assert.False(v.HasValue);
        Assert.Equal(Note.None, n);
    }

    [Theory]
    [InlineData("—")]
    [InlineData("/")]
    [InlineData("无")]
    [InlineData("-")]
    public void Blank_marks_are_null_with_a_note(string raw)
    {
        var (v, n) = Parse(raw);
        Assert.Equal(ValueState.BlankMark, v.State);
        Assert.False(v.HasValue);
        Assert.Equal(Note.BlankMark, n);
    }

    [Theory]
    [InlineData("1 2", "int")]
    [InlineData("1 2", "decimal")]
    [InlineData("1,02", "int")]
    [InlineData("-3", "int")]
    [InlineData("1.5", "int")]
    [InlineData("406.61", "int")]
    [InlineData("12个人", "int")]
    [InlineData("1.2.3", "decimal")]
    [InlineData("-3.5", "decimal")]
    [InlineData("约20", "int")]
    [InlineData("?", "int")]
    public void Anything_else_is_unreadable(string raw, string kind)
    {
        var (v, n) = Parse(raw, kind);
        Assert.Equal(ValueState.Unreadable, v.State);
        Assert.False(v.HasValue);
        Assert.Equal(Note.Unreadable, n);
        Assert.Equal(raw, v.Raw);
    }

    /// <summary>A number past the 15-digit limit (docs/limits.md) is unreadable with its own note, never parsed.</summary>
    [Theory]
    [InlineData("1234567890123456", "int")]
    [InlineData("999999999999999999999999999999", "signed")]
    [InlineData("1234567890123456.5", "decimal")]
    [InlineData("1,234,567,890,123,456", "int")]
    public void Too_many_digits_is_unreadable_with_the_limit_note(string raw, string kind)
    {
        var (v, n) = Parse(raw, kind);
        Assert.Equal(ValueState.Unreadable, v.State);
        Assert.Equal(Note.TooManyDigits, n);
    }

    [Fact]
    public void Fifteen_digits_are_still_a_value() => Assert.Equal(999999999999999, Parse("999999999999999", "int").Value.Integer);

    [Fact]
    public void Amounts_keep_their_unit() => Assert.Equal("251000元", Parse("251000元", "amount").Value.Text);

    [Theory]
    [InlineData("13000 元", "13000元")]       // a PDF's words: the digits and the unit in two fonts
    [InlineData("1.5  万元", "1.5万元")]
    [InlineData("约 13000 元", "约 13000元")]  // only the space between a number and its unit goes
    [InlineData("13000", "13000")]
    public void An_amount_is_read_without_a_space_between_its_number_and_unit(string raw, string text)
    {
        var (v, n) = Parse(raw, "amount");
        Assert.Equal(text, v.Text);
        Assert.Equal(raw, v.Raw);
        Assert.Equal(Note.None, n);
    }
}
