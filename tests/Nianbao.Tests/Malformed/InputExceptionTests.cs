using Nianbao.Model;

namespace Nianbao.Tests.Malformed;

/// <summary>An input that is not a report raises <see cref="InputException"/> with its code and a message in both languages.</summary>
public class InputExceptionTests
{
    [Theory]
    [MemberData(nameof(BadInputs.All), MemberType = typeof(BadInputs))]
    public void Raises_the_right_code(string name, string code)
    {
        var e = Assert.Throws<InputException>(() => ReportParser.Parse(BadInputs.Bytes(name), name));
        Assert.Equal(code, e.Finding.Code);
        Assert.Equal(Severity.Error, e.Finding.Severity);
        Assert.DoesNotContain("{", e.Finding.Message("zh"));
        Assert.DoesNotContain("{", e.Finding.Message("en"));
    }

    [Fact]
    public void An_image_is_named_as_an_image()
    {
        var e = Assert.Throws<InputException>(() => ReportParser.Parse(BadInputs.Image, "photo.png"));
        Assert.Equal("image", e.Finding.Arg("kind"));
    }

    [Fact]
    public void A_missing_file_is_an_input_error()
    {
        var e = Assert.Throws<InputException>(() => ReportParser.ParseFile("/nonexistent/nianbao/report.txt"));
        Assert.Equal("NB-INPUT-NOT-FOUND", e.Finding.Code);
    }
}
