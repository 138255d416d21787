using Nianbao.Output;

namespace Nianbao.Tests.CheckCli;

/// <summary>Worksheet names follow Excel's rules whatever the file names are.</summary>
public class SheetNameTests
{
    [Fact]
    public void Names_are_short_clean_and_unique_without_regard_to_case()
    {
        string[] wanted = ["汇总", "a/b:c*d?e[f]g\\h", "'quoted'", "History", new string('长', 40), new string('长', 40), "ABC", "abc", "", "𠀀" + new string('x', 29) + "𠀀"];
        var names = ReviewReportSheetNames.For(wanted, "汇总");
        Assert.Equal(wanted.Length, names.Count);
        Assert.All(names, n =>
        {
            Assert.InRange(n.Length, 1, ReviewReportSheetNames.MaxLength);
            Assert.True(n.IndexOfAny(['[', ']', ':', '*', '?', '/', '\\']) < 0, n);
            Assert.False(n.StartsWith('\'') || n.EndsWith('\''), n);
            Assert.False(char.IsHighSurrogate(n[^1]), n);
        });
        Assert.Equal(names.Count + 1, names.Append("汇总").Select(n => n.ToUpperInvariant()).Distinct().Count());
        Assert.DoesNotContain("History", names, StringComparer.OrdinalIgnoreCase);
        Assert.Equal("a_b_c_d_e_f_g_h", names[1]);
        Assert.Equal("ABC", names[6]);
    }
}
