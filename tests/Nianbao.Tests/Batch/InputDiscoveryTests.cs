using System.Diagnostics;
using Nianbao.Batch;
using Nianbao.Tests.CheckCli;
using Nianbao.Tests.Samples;

namespace Nianbao.Tests.Batch;

/// <summary>Input discovery against a hostile folder (issue 8 §7, §11): links read once, loops that end, FIFOs
/// skipped before anything opens them, and an empty folder reported as such.</summary>
public class InputDiscoveryTests : IDisposable
{
    readonly DirectoryInfo dir = Directory.CreateTempSubdirectory("nianbao-inputs-");

    public void Dispose() => dir.Delete(true);

    string Sample(string name)
    {
        var path = Path.Combine(dir.FullName, name);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.Copy(SampleFiles.Path("linxia-city-2023.txt"), path);
        return path;
    }

    string P(string name) => Path.Combine(dir.FullName, name);

    [Fact]
    public void Symbolic_link_loops_and_links_to_one_file_give_each_file_once()
    {
        var report = Sample("reports/linxia.txt");
        Directory.CreateSymbolicLink(P("reports/loop"), P("reports"));          // a folder linking to itself
        Directory.CreateSymbolicLink(P("reports/up"), dir.FullName);             // and back to the top
        File.CreateSymbolicLink(P("reports/same.txt"), report);                  // a second name for one file
        File.CreateSymbolicLink(P("reports/ping.txt"), P("reports/pong.txt"));   // two links pointing at each other
        File.CreateSymbolicLink(P("reports/pong.txt"), P("reports/ping.txt"));

        var clock = Stopwatch.StartNew();
        var found = InputDiscovery.Discover([dir.FullName, report, P("reports/same.txt")]);
        Assert.True(clock.Elapsed < TimeSpan.FromSeconds(30));
        Assert.Equal([report], found.Files);
        Assert.DoesNotContain(found.Notices, n => n.Fatal);
    }

    [Fact]
    public void A_fifo_in_a_folder_is_skipped_with_a_notice_and_one_named_is_unreadable()
    {
        var report = Sample("in/linxia.txt");
        var fifo = P("in/pipe.txt");
        MakeFifo(fifo);
        var found = InputDiscovery.Discover([P("in")]);
        Assert.Equal([report], found.Files);
        var n = Assert.Single(found.Notices);
        Assert.Equal((fifo, "NB-INPUT-NOT-REGULAR", false), (n.Path, n.Finding.Code, n.Fatal));
        Assert.Contains("FIFO", n.Finding.Message("en"));

        var named = InputDiscovery.Discover([fifo]);
        Assert.True(named.NothingFound);
        Assert.True(Assert.Single(named.Notices).Fatal);
    }

    [Fact]
    public void An_empty_folder_is_nothing_found_with_a_notice()
    {
        Directory.CreateDirectory(P("empty/deeper"));
        File.WriteAllText(P("empty/notes.xlsx"), "not a report kind");
        var found = InputDiscovery.Discover([P("empty")]);
        Assert.True(found.NothingFound);
        var n = Assert.Single(found.Notices);
        Assert.Equal("NB-INPUT-NO-REPORT", n.Finding.Code);
        Assert.Contains(P("empty"), n.Finding.Message("zh"));
    }

    [Fact]
    public void Folders_are_searched_for_the_readable_kinds_in_ordinal_order_and_globs_match_files()
    {
        var b = Sample("g/b.txt");
        var a = Sample("g/sub/a.HTML");
        File.WriteAllText(P("g/skip.xlsx"), "x");
        Assert.Equal([b, a], InputDiscovery.Discover([P("g")]).Files);
        Assert.Equal([b], InputDiscovery.Discover([P("g/*.txt")]).Files);
        Assert.Equal([b, a], InputDiscovery.Discover([P("g/**/*.*")]).Files.Where(f => !f.EndsWith(".xlsx", StringComparison.Ordinal)));
        Assert.True(ReadableKinds.IsReadable("x.DOCX"));
        Assert.False(ReadableKinds.IsReadable("问题清单.xlsx"));
    }

    [Fact]
    public void Cli_check_of_a_folder_with_a_fifo_and_a_loop_finishes_and_names_the_fifo()
    {
        Sample("mixed/linxia.txt");
        MakeFifo(P("mixed/pipe.txt"));
        Directory.CreateSymbolicLink(P("mixed/again"), P("mixed"));
        var (exit, stdout, err) = CliProcess.Run("check", P("mixed"), "--format", "csv");
        Assert.Equal(1, exit); // linxia has errors; the FIFO is skipped, not unreadable input
        Assert.Contains("pipe.txt: 不是普通文件（命名管道（FIFO））", err);
        Assert.Single(stdout.Split('\n').Skip(1).Where(l => l.Length > 0).Select(l => l.Split(',')[0]).Distinct());
    }

    static void MakeFifo(string path)
    {
        using var p = Process.Start(new ProcessStartInfo("mkfifo", [path]) { UseShellExecute = false })!;
        p.WaitForExit();
        Assert.Equal(0, p.ExitCode);
    }
}
