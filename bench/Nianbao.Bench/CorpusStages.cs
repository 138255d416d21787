using System.Diagnostics;
using Nianbao.Corpus.Import;
using Nianbao.Corpus.Storage;

/// <summary>
/// corpus-stages DIR DB: the CPU of each stage of an import, one after the other, in one process: parse and check
/// (no previous year) every file, then write them all, then find and load every report's previous year.
/// </summary>
static class CorpusStages
{
    /// <summary>load-loop DB SECONDS: loads stored reports back, over and over (for a profiler).</summary>
    public static void LoadLoop(string dbPath, double seconds)
    {
        var db = CorpusDb.Open(dbPath, create: false);
        using var c = db.Connect();
        var ids = new List<long>();
        using (var cmd = Db.Command(c, null, "SELECT id FROM reports"))
        using (var r = cmd.ExecuteReader())
            while (r.Read()) ids.Add(r.GetInt64(0));
        foreach (var id in ids.Take(500)) ReportLoader.Load(c, null, id);
        var n = 0;
        var cpu = Process.GetCurrentProcess().TotalProcessorTime;
        var alloc = GC.GetAllocatedBytesForCurrentThread();
        for (var sw = Stopwatch.StartNew(); sw.Elapsed.TotalSeconds < seconds;)
            foreach (var id in ids.Take(500)) { ReportLoader.Load(c, null, id); n++; }
        Console.WriteLine($"load: {(Process.GetCurrentProcess().TotalProcessorTime - cpu).TotalMilliseconds / n:F3} ms CPU per report, {(GC.GetAllocatedBytesForCurrentThread() - alloc) / (double)n / 1024:F0} KiB allocated per report");
    }

    /// <summary>corpus-micro DIR: per-report CPU of the corpus's own steps on one thread, warm.</summary>
    public static void Micro(string dir, double seconds)
    {
        var paths = Directory.EnumerateFiles(dir).Order().Where((_, i) => i % 21 < 3).Take(300).ToList();
        var reports = paths.Select(p => Nianbao.ReportParser.Parse(File.ReadAllBytes(p), Path.GetFileName(p))).ToList();
        var findings = reports.Select(r => Nianbao.Checking.ReportChecker.CheckOne(r, null, Nianbao.Template.ReportTemplate.Embedded)).ToList();
        void Time(string label, Action<int> one)
        {
            for (var i = 0; i < reports.Count; i++) one(i);
            var n = 0;
            var cpu = Process.GetCurrentProcess().TotalProcessorTime;
            var alloc = GC.GetAllocatedBytesForCurrentThread();
            for (var sw = Stopwatch.StartNew(); sw.Elapsed.TotalSeconds < seconds;)
                for (var i = 0; i < reports.Count; i++) { one(i); n++; }
            Console.WriteLine($"{label}: {(Process.GetCurrentProcess().TotalProcessorTime - cpu).TotalMilliseconds / n:F3} ms CPU per report, {(GC.GetAllocatedBytesForCurrentThread() - alloc) / (double)n / 1024:F0} KiB allocated per report");
        }
        Time("agency identity", i => CorpusPreviousYears.Identity(reports[i]));
        Time("scope", i => Nianbao.Corpus.Agencies.ReportScope.Infer(reports[i], CorpusPreviousYears.Identity(reports[i])));
        Time("rows", i => ReportRows.Build(reports[i], findings[i]));
        Time("check", i => Nianbao.Checking.ReportChecker.CheckOne(reports[i], null, Nianbao.Template.ReportTemplate.Embedded));
        var pairs = reports.Select(r => reports.FirstOrDefault(p => p.Agency == r.Agency && p.Year == r.Year - 1)).ToList();
        Time($"check with previous year ({pairs.Count(p => p is not null)} of {reports.Count} have it)", i => Nianbao.Checking.ReportChecker.CheckOne(reports[i], pairs[i], Nianbao.Template.ReportTemplate.Embedded));
        Time("parse", i => Nianbao.ReportParser.Parse(File.ReadAllBytes(paths[i]), Path.GetFileName(paths[i])));
    }

    public static void Run(string dir, string dbPath)
    {
        foreach (var f in new[] { dbPath, dbPath + "-wal", dbPath + "-shm" }) File.Delete(f);
        var files = Nianbao.Batch.InputDiscovery.Discover([dir]).Files;
        var cpu = Process.GetCurrentProcess().TotalProcessorTime;
        var sw = Stopwatch.StartNew();
        void Lap(string what)
        {
            var now = Process.GetCurrentProcess().TotalProcessorTime;
            Console.WriteLine($"{what}: {sw.ElapsedMilliseconds} ms wall, {(now - cpu).TotalMilliseconds:F0} ms CPU = {(now - cpu).TotalMilliseconds / files.Count:F3} ms per report");
            cpu = now; sw.Restart();
        }
        var db = CorpusDb.Open(dbPath);
        Lap("open");
        var threads = new System.Collections.Concurrent.ConcurrentDictionary<string, double>();
        using var sampler = new Timer(_ =>
        {
            foreach (var task in Directory.EnumerateDirectories("/proc/self/task"))
                try
                {
                    var stat = File.ReadAllText(Path.Combine(task, "stat"));
                    var close = stat.LastIndexOf(')');
                    var name = stat[(stat.IndexOf('(') + 1)..close];
                    var f = stat[(close + 2)..].Split(' ');
                    threads[Path.GetFileName(task) + " " + name] = (long.Parse(f[11]) + long.Parse(f[12])) * 10.0;
                }
                catch (IOException) { }
        }, null, 0, 100);
        var summary = Importer.Import(db, files, new ImportOptions());
        Lap($"import ({summary.New} new)");
        foreach (var (name, ms) in threads.OrderByDescending(t => t.Value).Take(8)) Console.WriteLine($"  thread {name}: {ms:F0} ms CPU");
        Console.WriteLine($"  GC: {GC.CollectionCount(0)} / {GC.CollectionCount(1)} / {GC.CollectionCount(2)} collections (gen 0 / 1 / 2), paused {GC.GetTotalPauseDuration().TotalMilliseconds:F0} ms, {GC.GetTotalAllocatedBytes() / files.Count / 1024} KiB allocated per report");
        using (var c = db.Connect())
        {
            var ids = new List<(long Id, long Agency, int Year, string? Scope)>();
            using (var cmd = Db.Command(c, null, "SELECT id, agency_id, year, scope FROM reports"))
            using (var r = cmd.ExecuteReader())
                while (r.Read()) ids.Add((r.GetInt64(0), r.GetInt64(1), r.GetInt32(2), Db.Str(r, 3)));
            Lap("ids");
            var found = 0;
            foreach (var x in ids) if (PreviousYears.Find(c, null, x.Agency, x.Year, x.Scope) is not null) found++;
            Lap($"previous find x{ids.Count} ({found} found)");
            foreach (var x in ids) ReportLoader.Load(c, null, x.Id);
            Lap("load every report");
        }
    }
}
