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
        // The rows go back to their pool as the writer gives them back after a commit.
        Time("rows", i => ReportRows.Build(reports[i], findings[i]).Dispose());
        Time("rows without findings", i => ReportRows.Build(reports[i], []).Dispose());
        Time("rows: messages only", i => { foreach (var f in findings[i]) { _ = f.Message("zh"); _ = f.Message("en"); } });
        Time("rows: provenance json only", i =>
        {
            var buf = new System.Buffers.ArrayBufferWriter<byte>(65536);
            using var w = new System.Text.Json.Utf8JsonWriter(buf);
            foreach (var (key, table) in reports[i].Tables)
                foreach (var (row, column, v) in table.All) if (v.Source is { } p) { w.Reset(buf); Nianbao.Output.JsonReportWriter.WriteSource(w, p, null); w.Flush(); }
        });
        Console.WriteLine($"  per report: {reports.Average(r => r.Tables.Sum(t => t.Value.All.Count())):F0} values, {findings.Average(f => f.Count):F1} findings, {reports.Average(r => r.Sections.Count):F1} sections, {reports.Average(r => r.NarrativeFigures.Count):F1} figures");
        Time("check", i => Nianbao.Checking.ReportChecker.CheckOne(reports[i], null, Nianbao.Template.ReportTemplate.Embedded));
        var pairs = reports.Select(r => reports.FirstOrDefault(p => p.Agency == r.Agency && p.Year == r.Year - 1)).ToList();
        Time($"check with previous year ({pairs.Count(p => p is not null)} of {reports.Count} have it)", i => Nianbao.Checking.ReportChecker.CheckOne(reports[i], pairs[i], Nianbao.Template.ReportTemplate.Embedded));
        Time("parse", i => Nianbao.ReportParser.Parse(File.ReadAllBytes(paths[i]), Path.GetFileName(paths[i])));
    }

    /// <summary>corpus-mem DIR DB [EVERY]: an import that, every EVERY reports, collects fully and prints what is live
    /// (GC heap after a full collection, the rows pool) and the process's resident memory, to find what grows.</summary>
    public static void Memory(string dir, string dbPath, int every)
    {
        foreach (var f in new[] { dbPath, dbPath + "-wal", dbPath + "-shm" }) File.Delete(f);
        var files = Nianbao.Batch.InputDiscovery.Discover([dir]).Files;
        var db = CorpusDb.Open(dbPath);
        var sw = Stopwatch.StartNew();
        var next = every;
        void Print(int done)
        {
            var before = GC.GetGCMemoryInfo();
            GC.Collect(2, GCCollectionMode.Forced, blocking: true, compacting: true);
            var after = GC.GetGCMemoryInfo(GCKind.FullBlocking);
            var rss = File.ReadLines("/proc/self/status").First(l => l.StartsWith("VmRSS")).Split(' ', StringSplitOptions.RemoveEmptyEntries)[1];
            Console.WriteLine($"{sw.Elapsed.TotalSeconds,6:F1} s {done,6} done: heap before {before.HeapSizeBytes >> 20} MB, live after full GC {after.HeapSizeBytes >> 20} MB (committed {after.TotalCommittedBytes >> 20} MB), rss {long.Parse(rss) >> 10} MB, {EncodedRows.PoolReport()}");
        }
        var dumpAt = int.TryParse(Environment.GetEnvironmentVariable("NIANBAO_MEM_GCDUMP_AT"), out var at) ? at : -1;
        var progress = new SyncProgress(p =>
        {
            if (p.Done < next) return;
            next += every;
            Print(p.Done);
            if (dumpAt > 0 && p.Done >= dumpAt)
            {
                dumpAt = -1;
                using var dump = Process.Start("dotnet-gcdump", ["collect", "-p", Environment.ProcessId.ToString(), "-o", dbPath + ".gcdump"]);
                dump.WaitForExit();
            }
        });
        var summary = Importer.Import(db, files, new ImportOptions(), progress);
        Print(summary.Total);
    }

    sealed class SyncProgress(Action<ImportProgress> report) : IProgress<ImportProgress>
    {
        public void Report(ImportProgress value) => report(value);
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
        if (Environment.GetEnvironmentVariable("NIANBAO_STAGES_IMPORT_ONLY") is not null) return;
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
