using System.Collections.Concurrent;
using System.Text;
using Nianbao.Batch;
using Nianbao.Checking;
using Nianbao.Model;
using Nianbao.Tests.Checking;
using Nianbao.Tests.Samples;

namespace Nianbao.Tests.Batch;

/// <summary>The library's batch: results in input order through a bounded window, cancellation, progress, one
/// throwing file isolated, and the in-batch previous-year pairing the cross-year rules had before (issue 7 §3).</summary>
public class ReportBatchTests : IDisposable
{
    readonly DirectoryInfo dir = Directory.CreateTempSubdirectory("nianbao-batch-");
    static readonly Lazy<Report> Sample = new(() => ReportParser.ParseFile(SampleFiles.Path("linxia-city-2023.txt")));

    public void Dispose() => dir.Delete(true);

    static List<string> Names(int n) => Enumerable.Range(0, n).Select(i => $"file-{i:D4}.txt").ToList();

    [Fact]
    public void Results_leave_in_input_order_and_never_more_than_the_window_is_held()
    {
        var files = Names(300);
        int started = 0, taken = 0, worst = 0;
        var options = new BatchOptions
        {
            Check = false, MaxParallelism = 2, Window = 6,
            Parse = f =>
            {
                var ahead = Interlocked.Increment(ref started) - Volatile.Read(ref taken);
                InterlockedMax(ref worst, ahead);
                return new Report { Source = f };
            },
        };
        var order = new List<string>();
        foreach (var u in ReportBatch.Run(files, options))
        {
            order.Add(u.Report!.Source);
            Interlocked.Increment(ref taken);
            if (order.Count % 50 == 0) Thread.Sleep(20); // a slow consumer: the workers must wait, not run ahead
        }
        Assert.Equal(files, order);
        // The window's 6 places, plus the one result the caller holds: the batch frees a place as it hands a result over.
        Assert.InRange(worst, 2, 6 + 1);
    }

    [Fact]
    public void Async_results_are_the_same_units_in_the_same_order()
    {
        var files = Names(40);
        var options = new BatchOptions { Check = false, Parse = f => new Report { Source = f } };
        var sync = ReportBatch.Run(files, options).Select(u => u.File).ToList();
        var async = ReportBatch.RunAsync(files, options).ToBlockingEnumerable().Select(u => u.File).ToList();
        Assert.Equal(files, sync);
        Assert.Equal(files, async);
    }

    [Fact]
    public void Cancelling_stops_the_batch_between_files()
    {
        var files = Names(2000);
        var parsed = 0;
        using var cts = new CancellationTokenSource();
        var options = new BatchOptions { Check = false, MaxParallelism = 2, Window = 4, Parse = f => { Interlocked.Increment(ref parsed); return new Report { Source = f }; } };
        var taken = 0;
        Assert.ThrowsAny<OperationCanceledException>(() =>
        {
            foreach (var _ in ReportBatch.Run(files, options, cts.Token))
                if (++taken == 10) cts.Cancel();
        });
        Assert.Equal(10, taken);
        Assert.InRange(parsed, 10, 10 + 4 + 2);
    }

    [Fact]
    public void Progress_counts_every_file_once()
    {
        var files = Names(100);
        var seen = new ConcurrentBag<BatchProgress>();
        var options = new BatchOptions { Check = false, Parse = f => new Report { Source = f }, Progress = new Sync<BatchProgress>(seen.Add) };
        Assert.Equal(100, ReportBatch.Run(files, options).Count());
        Assert.Equal(100, seen.Count);
        Assert.Equal(Enumerable.Range(1, 100), seen.Select(p => p.Done).Order());
        Assert.Equal(files.Order(), seen.Select(p => p.File).Order());
        Assert.All(seen, p => Assert.Equal(100, p.Total));
    }

    [Fact]
    public void A_file_that_throws_becomes_a_failed_unit_naming_it_and_the_others_are_kept()
    {
        var files = Names(50);
        var options = new BatchOptions
        {
            Parse = f => f == files[17] ? throw new InvalidOperationException("boom")
                : f == files[18] ? throw new InputException("NB-INPUT-EMPTY")
                : ReportParser.ParseFile(SampleFiles.Path("linxia-city-2023.txt")),
        };
        var units = ReportBatch.Run(files, options).ToList();
        Assert.Equal(files, units.Select(u => u.File));
        var failed = units[17];
        Assert.False(failed.Readable);
        var f = Assert.Single(failed.Findings);
        Assert.Equal("NB-INPUT-FAILED", f.Code);
        Assert.Contains("InvalidOperationException: boom", f.Message("en"));
        Assert.Equal("NB-INPUT-EMPTY", Assert.Single(units[18].Findings).Code);
        Assert.All(units.Where((_, i) => i is not 17 and not 18), u => Assert.True(u.Readable));
        // Every good file has the checked findings (linxia's four errors with hints), not just the reading stage's.
        Assert.All(units.Where(u => u.Readable), u => Assert.Equal(4, u.Findings.Count(x => x.Severity == Severity.Error)));
    }

    [Fact]
    public void A_lookup_that_throws_gives_check_failed_for_that_report_only()
    {
        var files = Names(3);
        var options = new BatchOptions { Parse = _ => ReportParser.ParseFile(SampleFiles.Path("linxia-city-2023.txt")), Previous = new Throwing() };
        var units = ReportBatch.Run(files, options).ToList();
        Assert.All(units, u => Assert.Contains(u.Findings, f => f.Code == "NB-CHECK-FAILED"));
    }

    [Fact]
    public void Two_years_of_one_agency_in_a_folder_pair_as_the_whole_batch_check_did()
    {
        // Reports of other agencies around them, as in a real folder; the index reads only agency and year.
        Write("a/linxia-2023.txt", CheckHelpers.ConsistentLinxia());
        Write("b/linxia-2022.txt", InjectedErrorTests.Year2022(carriedForward: 2));
        foreach (var s in SampleFiles.Names) File.Copy(SampleFiles.Path(s + ".txt"), Path.Combine(dir.FullName, s + ".txt"));
        var files = InputDiscovery.Discover([dir.FullName]).Files;
        Assert.Equal(7, files.Count);

        var units = ReportBatch.Run(files, new BatchOptions { Window = 2, MaxParallelism = 2 }).ToList();
        var reports = files.Select(f => ReportParser.ParseFile(f)).ToList();
        var expected = ReportChecker.CheckBatch(reports);
        for (var i = 0; i < files.Count; i++)
            Assert.Equal(expected[i].Select(f => f.Message("zh")), units[i].Findings.Select(f => f.Message("zh")));
        var y2023 = units.Single(u => u.File.EndsWith("linxia-2023.txt", StringComparison.Ordinal));
        Assert.Equal(2, y2023.Findings.Count(f => f.Code == "NB-XY-CARRY"));
        Assert.Equal(3, y2023.Findings.Count(f => f.Code == "NB-XY-TEXT"));
    }

    [Fact]
    public void A_caller_lookup_is_asked_instead_of_the_batch()
    {
        var previous = CheckHelpers.Parse(InjectedErrorTests.Year2022(carriedForward: 2), "from-the-corpus.txt");
        var lookup = new Fixed(previous);
        Write("linxia-2023.txt", CheckHelpers.ConsistentLinxia());
        var unit = Assert.Single(ReportBatch.Run([Path.Combine(dir.FullName, "linxia-2023.txt")], new BatchOptions { Previous = lookup }));
        Assert.Equal(1, lookup.Asked);
        Assert.All(unit.Findings.Where(f => f.Code == "NB-XY-CARRY"), f => Assert.Equal("from-the-corpus.txt", f.Arg("previous_source")));
        Assert.Equal(2, unit.Findings.Count(f => f.Code == "NB-XY-CARRY"));
    }

    void Write(string name, string text)
    {
        var path = Path.Combine(dir.FullName, name);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path, text, new UTF8Encoding(false));
    }

    static void InterlockedMax(ref int target, int value)
    {
        int seen;
        while ((seen = Volatile.Read(ref target)) < value && Interlocked.CompareExchange(ref target, value, seen) != seen) { }
    }

    sealed class Sync<T>(Action<T> action) : IProgress<T>
    {
        public void Report(T value) => action(value);
    }

    sealed class Throwing : IPreviousReportLookup
    {
        public Report? Find(Report report, CancellationToken cancellationToken) => throw new TimeoutException("database away");
    }

    sealed class Fixed(Report previous) : IPreviousReportLookup
    {
        public int Asked;
        public Report? Find(Report report, CancellationToken cancellationToken) { Interlocked.Increment(ref Asked); return previous; }
    }
}
