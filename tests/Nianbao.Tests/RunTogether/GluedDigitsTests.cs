using Nianbao.Extraction;
using Nianbao.Documents;
using Nianbao.Model;

namespace Nianbao.Tests.RunTogether;

public class GluedDigitsTests
{
    static Cell Text(string s) => new(s, s, Provenance.TextSpan(3, 2, s.Length));

    [Fact]
    public void Splits_the_trailing_number_off_a_label_with_its_source_span()
    {
        var (label, digits) = GluedDigits.Split(Text("行政规范性文件70108"))!.Value;
        Assert.Equal("行政规范性文件", label.Text);
        Assert.Equal("70108", digits.Raw);
        Assert.Equal((3, 2 + 7, 5), (digits.Source.Line, digits.Source.Column, digits.Source.Length));
        Assert.Equal("3861.443738", GluedDigits.Split(Text("行政事业性收费3861.443738"))!.Value.Digits.Text);
    }

    [Theory]
    [InlineData("行政许可")]          // no digits
    [InlineData("20240104")]          // nothing but digits: not a label
    public void Leaves_cells_without_a_label_and_digits_alone(string text) => Assert.Null(GluedDigits.Split(Text(text)));

    [Fact]
    public void Only_a_single_digit_run_with_enough_digits_is_pending()
    {
        Assert.True(GluedDigits.IsPending([Text("611100000072"), Text(""), Text("")], 7));
        Assert.False(GluedDigits.IsPending([Text("61"), Text("11"), Text("72")], 7));   // blanks lost, not separators
        Assert.False(GluedDigits.IsPending([Text("18")], 7));                           // too few digits for 7 cells
        Assert.False(GluedDigits.IsPending([Text("1,024")], 3));                        // not bare digits
        Assert.False(GluedDigits.IsPending([Text("613847")], 1));                       // one column: just a value
    }
}
