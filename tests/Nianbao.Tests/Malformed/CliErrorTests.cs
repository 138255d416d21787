using System.Diagnostics;
using System.Text.Json;
using Nianbao.Tests.Samples;

namespace Nianbao.Tests.Malformed;

/// <summary>
/// `nianbao parse` on bad input: one line "FILE: message [CODE]" on stderr, exit code 2, no stack trace; the other
/// files of a batch are still printed. Runs the built CLI (nianbao.dll beside the tests) as a process.
/// </summary>
public class CliErrorTests : IDisposable
{
    readonly DirectoryInfo dir = Directory.CreateTempSubdirectory("nianbao-cli-");

    public void Dispose() => dir.Delete(true);

    string Write(string name, byte[] bytes)
    {
        var path = Path.Combine(dir.FullName, name);
        File.WriteAllBytes(path, bytes);
        return path;
    }

    static (int Exit, string Out, string Err) Run(params string[] args) => CheckCli.CliProcess.Run(args);

    static void AssertOneLine(string stderr, string path, string code)
    {
        var lines = stderr.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.True(lines.Length == 1, $"expected one line on stderr, got:\n{stderr}");
        Assert.StartsWith(path + ": ", lines[0]);
        Assert.EndsWith($" [{code}]", lines[0].TrimEnd('\r'));
        Assert.DoesNotContain("Exception", stderr);
        Assert.DoesNotContain("   at ", stderr);
    }

    [Theory]
    [MemberData(nameof(BadInputs.All), MemberType = typeof(BadInputs))]
    public void Bad_input_prints_one_line_and_exits_2(string name, string code)
    {
        var path = Write(name, BadInputs.Bytes(name));
        var (exit, _, err) = Run("parse", path);
        Assert.Equal(2, exit);
        AssertOneLine(err, path, code);
    }

    [Fact]
    public void English_messages_with_lang_en()
    {
        var path = Write("empty.txt", BadInputs.Empty);
        var (exit, _, err) = Run("parse", path, "--lang", "en");
        Assert.Equal(2, exit);
        AssertOneLine(err, path, "NB-INPUT-EMPTY");
        Assert.Contains("empty", err);
    }

    [Fact]
    public void A_batch_with_one_bad_file_prints_the_others_and_exits_2()
    {
        var good = SampleFiles.Path("linxia-city-2023.txt");
        var bad = Write("photo.png", BadInputs.Image);
        var (exit, stdout, err) = Run("parse", good, bad, "--format", "json");
        Assert.Equal(2, exit);
        AssertOneLine(err, bad, "NB-INPUT-BINARY");
        var reports = JsonDocument.Parse(stdout).RootElement;
        Assert.Equal(JsonValueKind.Array, reports.ValueKind);
        var report = Assert.Single(reports.EnumerateArray());
        Assert.Equal("linxia-city-2023.txt", report.GetProperty("source").GetString());
        Assert.Equal(24, report.GetProperty("tables").GetProperty("applications").GetProperty("new_received").GetProperty("total").GetInt32());
    }
}
