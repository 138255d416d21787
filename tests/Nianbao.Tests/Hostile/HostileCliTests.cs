using System.Diagnostics;
using System.Text.Json;
using Nianbao.Model;
using Nianbao.Reading;
using Nianbao.Tests.Samples;
using static Nianbao.Tests.Hostile.HostileFiles;

namespace Nianbao.Tests.Hostile;

/// <summary>
/// `parse` and `check` over hostile inputs, run as the built CLI: no stack trace, one line per bad file naming the
/// file and the limit, the good files' results kept, exit code 2 (an input could not be read).
/// </summary>
public class HostileCliTests : IDisposable
{
    readonly DirectoryInfo dir = Directory.CreateTempSubdirectory("nianbao-hostile-");

    public void Dispose() => dir.Delete(true);

    string Write(string name, byte[] bytes)
    {
        var path = Path.Combine(dir.FullName, name);
        File.WriteAllBytes(path, bytes);
        return path;
    }

    static (int Exit, string Out, string Err) Run(params string[] args) => CheckCli.CliProcess.Run(args);

    static void AssertNoTrace(string stderr)
    {
        Assert.DoesNotContain("Exception", stderr);
        Assert.DoesNotContain("   at ", stderr);
    }

    [Fact]
    public void Parse_of_dev_zero_is_one_line_and_exit_2()
    {
        // Only regular files are read (issue 8 §7): a device named on the command line is refused before it is
        // opened. The file-size limit that stops a library caller reading it is tested in LimitTests.
        var (exit, _, err) = Run("parse", "/dev/zero", "--limit", "file-mb=4");
        Assert.Equal(2, exit);
        AssertNoTrace(err);
        var line = Assert.Single(err.Split('\n', StringSplitOptions.RemoveEmptyEntries));
        Assert.StartsWith("/dev/zero: ", line);
        Assert.EndsWith("[NB-INPUT-NOT-REGULAR]", line.TrimEnd());
    }

    [Fact]
    public void Check_over_a_folder_of_bombs_keeps_the_good_report_and_names_each_bad_file()
    {
        var good = Write("linxia-city-2023.txt", File.ReadAllBytes(SampleFiles.Path("linxia-city-2023.txt")));
        var bad = new Dictionary<string, string>
        {
            [Write("bomb.docx", OneHugeText(2200))] = "NB-INPUT-LIMIT-ZIP-SIZE",
            [Write("deep.html", Utf8("<html><body>" + string.Concat(Enumerable.Repeat("<div>", 100_000)) + "</body></html>"))] = "NB-INPUT-LIMIT-HTML-DEPTH",
            [Write("spans.html", Utf8("<table><tr>" + string.Concat(Enumerable.Repeat("""<td rowspan="500" colspan="100">1</td>""", 1000)) + "</tr></table>"))] = "NB-INPUT-LIMIT-CELLS",
            [Write("pages.pdf", PdfOf(100_000))] = "NB-INPUT-LIMIT-PDF-PAGES",
            [Write("deep.docx", DeepXml(5000))] = "NB-INPUT-LIMIT-XML-DEPTH",
        };
        Write("fullwidth-date.txt", Utf8(WithLine("发布日期：２０２４年１月５日")));
        Write("long-figure.txt", Utf8(WithLine("本年度共收到政府信息公开申请999999999999999999999999999999件。", after: "一、总体情况")));

        var (exit, stdout, err) = Run("check", dir.FullName, "--format", "json", "--lang", "en");
        Assert.Equal(2, exit);
        AssertNoTrace(err);
        var lines = err.Split('\n', StringSplitOptions.RemoveEmptyEntries).Where(l => l.Contains(": ") && l.Contains("[NB-")).ToList();
        Assert.Equal(bad.Count, lines.Count);
        foreach (var (path, code) in bad)
            Assert.Contains(lines, l => l.StartsWith(path + ": ", StringComparison.Ordinal) && l.TrimEnd().EndsWith($"[{code}]", StringComparison.Ordinal));

        var files = JsonDocument.Parse(stdout).RootElement.EnumerateArray().ToList();
        var linxia = files.Single(f => f.GetProperty("source").GetString() == good);
        Assert.Equal("临夏市人民政府", linxia.GetProperty("agency").GetString());
        var longFigure = files.Single(f => f.GetProperty("source").GetString()!.EndsWith("long-figure.txt"));
        Assert.Contains(longFigure.GetProperty("findings").EnumerateArray(), f => f.GetProperty("code").GetString() == "NB-P-VALUE-DIGITS");
    }

    [Fact]
    public void A_limit_option_reaches_the_readers_of_both_commands()
    {
        var pdf = Write("three.pdf", PdfOf(3));
        foreach (var command in new[] { "parse", "check" })
        {
            // Under the default (500) the three pages are read; lowered to 2, the option refuses them.
            var (exit, _, err) = Run(command, pdf, "--limit", "pdf-pages=2");
            Assert.Equal(2, exit);
            Assert.Contains("[NB-INPUT-LIMIT-PDF-PAGES]", err);
        }
    }

    [Fact]
    public void An_unknown_limit_is_a_usage_error()
    {
        var (exit, _, err) = Run("parse", SampleFiles.Path("linxia-city-2023.txt"), "--limit", "pages=3", "--lang", "en");
        Assert.NotEqual(0, exit);
        AssertNoTrace(err);
        Assert.Contains("pdf-pages", err);
    }
}

/// <summary>The reader table is global: these tests swap a reader in, so they run alone.</summary>
[CollectionDefinition(nameof(ReaderTableCollection), DisableParallelization = true)]
public class ReaderTableCollection;

[Collection(nameof(ReaderTableCollection))]
public class UnexpectedErrorTests
{
    [Fact]
    public void An_unexpected_exception_in_a_reader_becomes_NB_INPUT_FAILED_naming_the_file()
    {
        var previous = SourceReader.Containers.GetValueOrDefault(SourceKind.Image);
        SourceReader.Containers[SourceKind.Image] = (_, _, _) => throw new IndexOutOfRangeException("a bug");
        try
        {
            var e = Assert.Throws<InputException>(() => ReportParser.Parse(Malformed.BadInputs.Image, "photo.png"));
            Assert.Equal("NB-INPUT-FAILED", e.Finding.Code);
            Assert.Equal("photo.png", e.Finding.Arg("file"));
            Assert.Contains("IndexOutOfRangeException: a bug", e.Finding.Message("en"));
            Assert.IsType<IndexOutOfRangeException>(e.InnerException);
        }
        finally
        {
            if (previous is null) SourceReader.Containers.Remove(SourceKind.Image);
            else SourceReader.Containers[SourceKind.Image] = previous;
        }
    }
}
