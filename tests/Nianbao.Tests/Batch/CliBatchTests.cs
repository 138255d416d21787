using System.Text;
using Nianbao.Cli.Rendering;
using Nianbao.Tests.CheckCli;
using Nianbao.Tests.Samples;

namespace Nianbao.Tests.Batch;

/// <summary>The CLI around the batch (issue 8 §8–§11, issue 7 §7): nothing found, a --report path that would overwrite
/// an input, an unwritable --report, escape sequences from a report, and usage errors in the user's language.</summary>
public class CliBatchTests : IDisposable
{
    readonly DirectoryInfo dir = Directory.CreateTempSubdirectory("nianbao-clibatch-");

    public void Dispose() => dir.Delete(true);

    string P(string name) => Path.Combine(dir.FullName, name);

    string Sample(string name)
    {
        var path = P(name);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.Copy(SampleFiles.Path("linxia-city-2023.txt"), path);
        return path;
    }

    [Theory]
    [InlineData("parse")]
    [InlineData("check")]
    public void An_empty_folder_says_no_report_was_found_and_exits_2(string command)
    {
        Directory.CreateDirectory(P("empty"));
        var (exit, stdout, err) = CliProcess.Run(command, P("empty"));
        Assert.Equal(2, exit);
        Assert.Contains("没有找到可读取的报告", err);
        Assert.Equal("", stdout);
    }

    [Fact]
    public void A_missing_folder_says_so_without_a_summary_of_zero_files()
    {
        var (exit, stdout, err) = CliProcess.Run("check", P("nosuch") + "/");
        Assert.Equal(2, exit);
        Assert.Equal($"{P("nosuch")}/: 找不到文件：{P("nosuch")}/ [NB-INPUT-NOT-FOUND]", err.Trim());
        Assert.DoesNotContain("个有错误", stdout + err);
    }

    [Fact]
    public void A_report_path_equal_to_an_input_is_refused_before_any_work()
    {
        var input = Sample("in/a.html");
        var before = File.ReadAllBytes(input);
        var (exit, _, err) = CliProcess.Run("check", input, "--report", input);
        Assert.Equal(2, exit);
        Assert.Contains("覆盖", err);
        Assert.Equal(before, File.ReadAllBytes(input));
    }

    [Fact]
    public void A_report_inside_an_input_folder_with_a_readable_name_is_refused()
    {
        Sample("in/a.txt");
        var report = P("in/sub/问题清单.html");
        var (exit, _, err) = CliProcess.Run("check", P("in"), "--report", report, "--lang", "en");
        Assert.Equal(2, exit);
        Assert.Contains("inside the input folder", err);
        Assert.False(File.Exists(report));
        // The same name as .xlsx is not a kind a folder search reads: allowed.
        Assert.Equal(1, CliProcess.Run("check", P("in"), "--report", P("in/问题清单.xlsx")).Exit);
    }

    [Fact]
    public void An_unwritable_report_exits_3()
    {
        var input = Sample("a.txt");
        var (exit, _, err) = CliProcess.Run("check", input, "--report", P("no-such-folder/r.xlsx"));
        Assert.Equal(3, exit);
        Assert.Contains("无法写入问题清单", err);
        // A folder where the file cannot be created (a directory of that name is in the way) is found when writing.
        Directory.CreateDirectory(P("taken.xlsx"));
        (exit, _, err) = CliProcess.Run("check", input, "--report", P("taken.xlsx"));
        Assert.Equal(3, exit);
        Assert.Contains("无法写入问题清单", err);
        Assert.DoesNotContain("   at ", err);
    }

    [Fact]
    public void Control_sequences_in_a_report_never_reach_the_console()
    {
        var text = File.ReadAllText(SampleFiles.Path("linxia-city-2023.txt"));
        var evil = text.Replace("临夏市人民政府", "临夏市\u001b[2J\u001b[31m人民政府\u0007", StringComparison.Ordinal);
        File.WriteAllText(P("evil\u001b[31m.txt"), evil, new UTF8Encoding(false));
        foreach (var args in new[] { new[] { "parse", P("evil\u001b[31m.txt") }, ["check", dir.FullName], ["check", dir.FullName, "--format", "csv"] })
        {
            var (_, stdout, err) = CliProcess.Run(args);
            Assert.DoesNotContain('\u001b', stdout + err);
            Assert.DoesNotContain('\u0007', stdout + err);
        }
        Assert.Contains("\\x1B[2J", CliProcess.Run("parse", P("evil\u001b[31m.txt")).Out);
        Assert.Equal("a\\x1B[2Jb\\x07\n\tc", SafeText.Clean("a\u001b[2Jb\u0007\n\tc"));
        Assert.Equal("x\\u202Ey", SafeText.Clean("x\u202Ey"));
    }

    [Fact]
    public void Usage_errors_are_in_chinese_by_default_and_english_with_lang_en_and_exit_2()
    {
        var (exit, _, err) = CliProcess.Run("check");
        Assert.Equal(2, exit);
        Assert.Contains("缺少参数 PATH", err);
        Assert.DoesNotContain("Required argument", err);
        (exit, _, err) = CliProcess.Run("parse", "--format", "xml", "x.txt");
        Assert.Equal(2, exit);
        Assert.Contains("选项 --format 不接受“xml”", err);
        (exit, _, err) = CliProcess.Run("parse", "--lang", "en");
        Assert.Equal(2, exit);
        Assert.Contains("argument FILE is missing", err);
    }

    [Fact]
    public void Help_in_english_does_not_show_two_defaults_for_lang()
    {
        var help = CliProcess.Run("check", "--help", "--lang", "en").Out;
        var line = help.Split('\n').Single(l => l.TrimStart().StartsWith("--lang", StringComparison.Ordinal));
        Assert.DoesNotContain("[default", line);
    }
}
