using System.Diagnostics.Tracing;
using Nianbao;

/// <summary>Which types a warm parse allocates: the runtime's allocation-tick events (one per ~100 KB allocated,
/// naming the type of the object that crossed the mark), summed by type. allocs DIR [SECONDS] [FILES] [check]: with
/// <c>check</c>, of the check and both messages of every finding instead (the reports parsed beforehand).</summary>
static class AllocTypes
{
    sealed class Listener : EventListener
    {
        public readonly Dictionary<string, long> Bytes = [];
        public volatile bool On;
        protected override void OnEventSourceCreated(EventSource source)
        {
            if (source.Name == "Microsoft-Windows-DotNETRuntime") EnableEvents(source, EventLevel.Verbose, (EventKeywords)0x1);
        }
        protected override void OnEventWritten(EventWrittenEventArgs e)
        {
            if (!On || !e.EventName!.StartsWith("GCAllocationTick", StringComparison.Ordinal) || e.Payload is null) return;
            var name = e.PayloadNames!.IndexOf("TypeName") is var t and >= 0 ? e.Payload[t] as string ?? "?" : "?";
            var amount = e.PayloadNames!.IndexOf("AllocationAmount64") is var a and >= 0 ? Convert.ToInt64(e.Payload[a]) : 100_000;
            lock (Bytes) Bytes[name] = Bytes.GetValueOrDefault(name) + amount;
        }
    }

    public static void Run(string dir, double seconds, int take, bool check)
    {
        var files = Directory.EnumerateFiles(dir).Order().Take(take).Select(p => (Name: Path.GetFileName(p), Bytes: File.ReadAllBytes(p))).ToList();
        var reports = files.Select(f => ReportParser.Parse(f.Bytes, f.Name)).ToList();
        var k = 0;
        Action<(string Name, byte[] Bytes)> one = check
            ? f =>
            {
                foreach (var x in Nianbao.Checking.ReportChecker.CheckOne(reports[k++ % reports.Count], null, Nianbao.Template.ReportTemplate.Embedded))
                    GC.KeepAlive(x.Message("zh") + x.Message("en"));
            }
            : f => ReportParser.Parse(f.Bytes, f.Name);
        foreach (var f in files) one(f);
        using var listener = new Listener();
        var n = 0;
        var before = GC.GetAllocatedBytesForCurrentThread();
        listener.On = true;
        for (var sw = System.Diagnostics.Stopwatch.StartNew(); sw.Elapsed.TotalSeconds < seconds;)
            foreach (var f in files) { one(f); n++; }
        listener.On = false;
        var total = GC.GetAllocatedBytesForCurrentThread() - before;
        Console.WriteLine($"{n} {(check ? "checks" : "parses")}, {total / (double)n / 1024:F0} KiB allocated per report");
        long sampled;
        lock (listener.Bytes) sampled = listener.Bytes.Values.Sum();
        foreach (var (type, bytes) in listener.Bytes.OrderByDescending(x => x.Value).Take(40))
            Console.WriteLine($"{100.0 * bytes / sampled,5:F1}%  {type}");
    }
}
