using System.Diagnostics;
using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Running;
using Nianbao;

// Two ways to measure parsing speed:
//   dotnet run -c Release -- throughput [SECONDS]   whole-run timing: reports/s on one core, text and HTML
//   dotnet run -c Release -- --filter '*'           BenchmarkDotNet (per-sample timings, allocations)
if (args.Length > 0 && args[0] == "text-only")
{
    // For a profiler: nothing but whole parses for the given seconds: text-only [SECONDS] [DIR] [PATTERN]
    // (default: the samples' *.txt; e.g. text-only 60 /tmp/synth '*.pipe.txt' or '*.html').
    var inputs = Corpus.Load(args.Length > 2 ? args[2] : Corpus.Root, args.Length > 3 ? args[3] : "*.txt");
    for (var sw = Stopwatch.StartNew(); sw.Elapsed.TotalSeconds < (args.Length > 1 ? double.Parse(args[1]) : 10);)
        foreach (var i in inputs) ReportParser.Parse(i.Bytes, i.Name);
    return;
}
if (args.Length > 2 && args[0] == "work-loop")
{
    WorkLoop.Run(args[1], double.Parse(args[2]), args.Length > 3 ? int.Parse(args[3]) : 300);
    return;
}
if (args.Length > 0 && args[0] == "discover")
{
    var before = GC.GetTotalAllocatedBytes(true);
    var sw = Stopwatch.StartNew();
    var found = Nianbao.Batch.InputDiscovery.Discover([args[1]]);
    Console.WriteLine($"{found.Files.Count} files in {sw.ElapsedMilliseconds} ms, {(GC.GetTotalAllocatedBytes(true) - before) / 1024 / 1024} MB allocated, rss {Environment.WorkingSet / 1024 / 1024} MB, gen0 GCs {GC.CollectionCount(0)}");
    return;
}
if (args.Length > 0 && args[0] == "mem")
{
    var files = Nianbao.Batch.InputDiscovery.Discover([args[1]]).Files;
    var k = 0;
    foreach (var u in Nianbao.Batch.ReportBatch.Run(files, new() { Check = args.Length > 2 }))
        if (++k % 2000 == 0) Console.WriteLine($"{k}: live {GC.GetTotalMemory(true) / 1024 / 1024} MB, heap after last GC {GC.GetGCMemoryInfo().HeapSizeBytes / 1024 / 1024} MB, rss {Environment.WorkingSet / 1024 / 1024} MB");
    return;
}
if (args.Length > 0 && args[0] == "probe")
{
    var files = Nianbao.Batch.InputDiscovery.Discover([args[1]]).Files;
    for (var round = 0; round < 3; round++)
    {
        var sw = Stopwatch.StartNew();
        var cpu = Process.GetCurrentProcess().TotalProcessorTime;
        void Lap(string what) { Console.WriteLine($"{what}: {sw.ElapsedMilliseconds} ms wall, {(Process.GetCurrentProcess().TotalProcessorTime - cpu).TotalMilliseconds:F0} ms cpu"); sw.Restart(); cpu = Process.GetCurrentProcess().TotalProcessorTime; }
        Nianbao.Batch.ReportBatch.Run(files, new() { Check = false }).Count(); Lap("parse");
        using (var json = new Nianbao.Output.JsonReportWriter.Streaming(Stream.Null, true, new()))
            foreach (var u in Nianbao.Batch.ReportBatch.Run(files, new() { Check = false })) json.Write(u.Report!);
        Lap("parse + json");
        Nianbao.Batch.InBatchPreviousReports.Index(files, new(), default); Lap("index");
        Nianbao.Batch.ReportBatch.Run(files, new() { Previous = new NoPrevious() }).Count(); Lap("parse+check, no pairing");
        Nianbao.Batch.ReportBatch.Run(files, new()).Count(); Lap("check (index + parse + check)");
    }
    return;
}
if (args.Length > 0 && args[0] == "stages")
{
    // Per-report CPU of an import's stages on one thread, warm: stages DIR [FILES] [SECONDS] [only: parse|check|anglesharp] (parse over a folder of .html pages also times the bare AngleSharp parse).
    var all = Directory.EnumerateFiles(args[1]).Order().ToList();
    var take = args.Length > 2 ? int.Parse(args[2]) : 300;
    var paths = all.Where((_, i) => i % Math.Max(3, 3 * (all.Count / take)) < 3).Take(take).ToList();
    var seconds = args.Length > 3 ? double.Parse(args[3]) : 3;
    var only = args.Length > 4 ? args[4] : null;
    var bytes = paths.Select(File.ReadAllBytes).ToList();
    var reports = paths.Select((p, i) => ReportParser.Parse(bytes[i], Path.GetFileName(p))).ToList();
    double Time(string label, Action<int> one)
    {
        for (var i = 0; i < paths.Count; i++) one(i);
        var n = 0;
        var cpu = Process.GetCurrentProcess().TotalProcessorTime;
        var alloc = GC.GetAllocatedBytesForCurrentThread();
        var (pause, gen0, gen1, gen2) = (GC.GetTotalPauseDuration(), GC.CollectionCount(0), GC.CollectionCount(1), GC.CollectionCount(2));
        for (var sw = Stopwatch.StartNew(); sw.Elapsed.TotalSeconds < seconds;)
            for (var i = 0; i < paths.Count; i++) { one(i); n++; }
        var ms = (Process.GetCurrentProcess().TotalProcessorTime - cpu).TotalMilliseconds / n;
        Console.WriteLine($"{label}: {ms:F3} ms CPU per report ({1000 / ms:F0}/CPU-s), {(GC.GetAllocatedBytesForCurrentThread() - alloc) / (double)n / 1024:F0} KiB allocated per report; GC paused {(GC.GetTotalPauseDuration() - pause).TotalMilliseconds / n:F3} ms per report, collections gen0/1/2 {GC.CollectionCount(0) - gen0}/{GC.CollectionCount(1) - gen1}/{GC.CollectionCount(2) - gen2} over {n} reports");
        return ms;
    }
    if (only is null or "read") Time("read + sha256", i => System.Security.Cryptography.SHA256.HashData(File.ReadAllBytes(paths[i])));
    if (only is null or "parse") Time("parse (bytes in memory)", i => ReportParser.Parse(bytes[i], Path.GetFileName(paths[i])));
    if (only is "split")
    {
        // Cumulative prefixes of the parse, so each stage's cost is the difference between two lines.
        var t = Nianbao.Template.ReportTemplate.Embedded;
        Nianbao.Documents.SourceDocument Read(int i) => Nianbao.Reading.SourceReader.Read(bytes[i], Path.GetFileName(paths[i]));
        Time("1 read (decode, normalise, tokenize)", i => Read(i));
        Time("2 + glued lines", i => Nianbao.Segmenting.GluedLines.Split(Read(i), t));
        Time("3 + segment", i => { var d = Nianbao.Segmenting.GluedLines.Split(Read(i), t); Nianbao.Segmenting.SectionSegmenter.Segment(d.Blocks, t); });
        Time("4 + extract", i => { var d = Nianbao.Segmenting.GluedLines.Split(Read(i), t); Nianbao.Extraction.ReportBuilder.Build(d, Nianbao.Segmenting.SectionSegmenter.Segment(d.Blocks, t), t); });
        Time("5 + reconcile (whole parse)", i => ReportParser.Parse(bytes[i], Path.GetFileName(paths[i])));
    }
    if (only is "parse" or "anglesharp" && paths.All(p => p.EndsWith(".html", StringComparison.Ordinal)))
    {
        // The HTML baseline in the same process and conditions: decode and parse with AngleSharp, one parser reused.
        var parser = new AngleSharp.Html.Parser.HtmlParser();
        Time("baseline: AngleSharp parse", i => parser.ParseDocument(System.Text.Encoding.UTF8.GetString(bytes[i])));
        Time("the HTML reader alone (SourceReader.Read)", i => Nianbao.Reading.SourceReader.Read(bytes[i], Path.GetFileName(paths[i])));
    }
    var index = Nianbao.Checking.ReportChecker.CheckBatch(reports.Take(0).ToList());
    var byKey = reports.Select((r, i) => (r, i)).Where(x => x.r.Year is not null && x.r.Agency is not null)
        .GroupBy(x => (x.r.Agency, x.r.Year)).ToDictionary(g => g.Key, g => g.First().r);
    var previous = reports.Select(r => r.Agency is { } a && r.Year is int y && byKey.TryGetValue((a, y - 1), out var p) ? p : null).ToList();
    Console.WriteLine($"{previous.Count(p => p is not null)} of {reports.Count} reports have their previous year here");
    if (only is null or "check") Time("check (with previous year)", i => Nianbao.Checking.ReportChecker.CheckOne(reports[i], previous[i], Nianbao.Template.ReportTemplate.Embedded));
    if (only is null or "check0") Time("check (no previous year)", i => Nianbao.Checking.ReportChecker.CheckOne(reports[i], null, Nianbao.Template.ReportTemplate.Embedded));
    return;
}
if (args.Length > 2 && args[0] == "dump")
{
    ParserAb.Dump(args[1], args[2]);
    return;
}
if (args.Length > 4 && args[0] == "ab")
{
    ParserAb.Interleaved(args[1], args[2], args[3], int.Parse(args[4]), args.Length > 5 ? int.Parse(args[5]) : 300, args.Contains("new-first"), args.Contains("check"));
    return;
}
if (args.Length > 2 && args[0] == "solo")
{
    ParserAb.Solo(args[1], int.Parse(args[2]), args.Length > 3 && int.TryParse(args[3], out var take) ? take : 300, args.Contains("check"));
    return;
}
if (args.Length > 0 && args[0] == "allocs")
{
    AllocTypes.Run(args[1], args.Length > 2 ? double.Parse(args[2]) : 10, args.Length > 3 ? int.Parse(args[3]) : 1000, args.Contains("check"));
    return;
}
if (args.Length > 0 && args[0] == "corpus-micro")
{
    CorpusStages.Micro(args[1], double.Parse(args[2]));
    return;
}
if (args.Length > 0 && args[0] == "load-loop")
{
    CorpusStages.LoadLoop(args[1], double.Parse(args[2]));
    return;
}
if (args.Length > 0 && args[0] == "corpus-mem")
{
    CorpusStages.Memory(args[1], args[2], args.Length > 3 ? int.Parse(args[3]) : 2000);
    return;
}
if (args.Length > 0 && args[0] == "corpus-stages")
{
    CorpusStages.Run(args[1], args[2]);
    return;
}
if (args.Length > 2 && args[0] == "baseline")
{
    Baselines.Run(args[1], args[2]);
    return;
}
if (args.Length > 0 && args[0] == "throughput")
{
    Throughput.Run(args.Length > 1 ? double.Parse(args[1]) : 5);
    return;
}
BenchmarkSwitcher.FromAssembly(typeof(ParseBenchmarks).Assembly).Run(args);

static class Corpus
{
    public static string Root => FindUp("samples");

    public static List<(string Name, byte[] Bytes)> Load(string folder, string pattern) =>
        Directory.Exists(folder)
            ? Directory.EnumerateFiles(folder, pattern).Order().Select(f => (Path.GetFileName(f), File.ReadAllBytes(f))).ToList()
            : [];

    static string FindUp(string name)
    {
        foreach (var start in new[] { Environment.CurrentDirectory, AppContext.BaseDirectory })
            for (var d = new DirectoryInfo(start); d is not null; d = d.Parent)
                if (Directory.Exists(Path.Combine(d.FullName, name))) return Path.Combine(d.FullName, name);
        throw new DirectoryNotFoundException(name);
    }
}

static class Throughput
{
    public static void Run(double seconds)
    {
        var text = Corpus.Load(Corpus.Root, "*.txt");
        var html = Corpus.Load(Path.Combine(Corpus.Root, "..", "tests", "Nianbao.Tests", "Data", "renderings"), "*.html");
        Measure("text", text, seconds, b => ReportParser.Parse(b.Bytes, b.Name));
        Measure("text: read+tokenize only", text, seconds, b => Nianbao.Reading.SourceReader.Read(b.Bytes, b.Name));
        var docs = text.Select(t => Nianbao.Reading.SourceReader.Read(t.Bytes, t.Name)).ToList();
        var k = 0;
        Measure("text: segment only", text, seconds, _ => Nianbao.Segmenting.SectionSegmenter.Segment(docs[k++ % docs.Count].Blocks, Nianbao.Template.ReportTemplate.Embedded));
        Measure("text: build only", text, seconds, _ => ReportParser.FromDocument(docs[k++ % docs.Count]));
        Measure("text: read + all cell keys", text, seconds, b =>
        {
            var d = Nianbao.Reading.SourceReader.Read(b.Bytes, b.Name);
            foreach (var c in new Nianbao.Extraction.CellStream(d.Blocks).Cells) _ = c.Key;
        });
        Measure("text: read + build", text, seconds, b => ReportParser.FromDocument(Nianbao.Reading.SourceReader.Read(b.Bytes, b.Name)));
        Measure("text (again)", text, seconds, b => ReportParser.Parse(b.Bytes, b.Name));
        if (html.Count == 0) return;
        var parser = new AngleSharp.Html.Parser.HtmlParser();
        var angle = Measure("html: AngleSharp parse only", html, seconds, b => parser.ParseDocument(System.Text.Encoding.UTF8.GetString(b.Bytes)));
        var ours = Measure("html: nianbao parse", html, seconds, b => ReportParser.Parse(b.Bytes, b.Name));
        Console.WriteLine($"html ratio nianbao/AngleSharp: {angle / ours:F2}x the time");
    }

    static double Measure(string label, List<(string Name, byte[] Bytes)> inputs, double seconds, Action<(string Name, byte[] Bytes)> parse)
    {
        // Warm up for a second so tiered JIT has promoted the hot paths before timing.
        for (var warm = Stopwatch.StartNew(); warm.Elapsed.TotalSeconds < 1;)
            foreach (var i in inputs) parse(i);
        var n = 0;
        var sw = Stopwatch.StartNew();
        var alloc = GC.GetAllocatedBytesForCurrentThread();
        while (sw.Elapsed.TotalSeconds < seconds)
            foreach (var i in inputs) { parse(i); n++; }
        var rate = n / sw.Elapsed.TotalSeconds;
        Console.WriteLine($"{label}: {n} reports in {sw.Elapsed.TotalSeconds:F2} s = {rate:F0} reports/s on one thread, {(GC.GetAllocatedBytesForCurrentThread() - alloc) / (double)n / 1024:F0} KiB allocated per report");
        return rate;
    }
}

[MemoryDiagnoser]
public class ParseBenchmarks
{
    List<(string Name, byte[] Bytes)> samples = [];

    [GlobalSetup]
    public void Setup() => samples = Corpus.Load(Corpus.Root, "*.txt");

    [Benchmark(Description = "parse the five text samples")]
    public int ParseSamples()
    {
        var n = 0;
        foreach (var s in samples) n += ReportParser.Parse(s.Bytes, s.Name).Tables.Count;
        return n;
    }
}

sealed class NoPrevious : Nianbao.Batch.IPreviousReportLookup
{
    public Nianbao.Model.Report? Find(Nianbao.Model.Report report, CancellationToken cancellationToken) => null;
}
