using System.Diagnostics;
using Nianbao.Fuzz;

// The long fuzz run (docs/fuzzing.md):
//   nice -n 19 dotnet run -c Release --project tools/Nianbao.Fuzz -- --count 1000000 [--seed 1] [--max-mb 64]
//     [--huge-share 0.002] [--office-share 0.0005] [--save DIR]
// --retime DIR: the slow inputs a run saved, each timed three times (best kept) at a quarter, half and full size.
// Times are processor time of this process (Environment.CpuUsage), which a loaded machine does not inflate.
if (args.Length == 2 && args[0] == "--retime")
{
    foreach (var file in Directory.EnumerateFiles(args[1], "slow-*").Order(StringComparer.Ordinal))
    {
        var bytes = File.ReadAllBytes(file);
        var times = new[] { 4, 2, 1 }.Select(d => bytes[..(bytes.Length / d)])
            .Select(b => (b.Length, Ms: Enumerable.Range(0, 3).Min(_ => FuzzRunner.Time(b, Path.GetFileName(file))))).ToList();
        var bound = 1000 + bytes.Length / 1048576.0 * 1000;
        Console.WriteLine($"{(times[^1].Ms > bound ? "SLOW" : "ok  ")} {Path.GetFileName(file)}: " + string.Join(", ", times.Select(t => $"{t.Length} B {t.Ms:F0} ms")));
    }
    return 0;
}
// --time FILE [MB]: one read and check of a file (its first MB megabytes), with its outcome, time and the process's peak memory.
if (args.Length is 2 or 3 && args[0] == "--time")
{
    var bytes = File.ReadAllBytes(args[1]);
    if (args.Length == 3) bytes = bytes[..(int)Math.Min(bytes.Length, long.Parse(args[2]) << 20)];
    var clock = Stopwatch.StartNew();
    string outcome;
    try { outcome = $"read, {Nianbao.Checking.ReportChecker.Check(Nianbao.ReportParser.Parse(bytes, Path.GetFileName(args[1]))).Count} findings"; }
    catch (Nianbao.Model.InputException e) { outcome = "refused " + e.Finding.Code + (e.InnerException is { } inner ? $" ({inner})" : ""); }
    Console.WriteLine($"{bytes.Length} B: {outcome} in {clock.Elapsed.TotalMilliseconds:F0} ms (process CPU {Process.GetCurrentProcess().TotalProcessorTime.TotalMilliseconds:F0} ms); peak working set {Process.GetCurrentProcess().PeakWorkingSet64 >> 20} MB; GC pauses {GC.GetTotalPauseDuration().TotalMilliseconds:F0} ms, collections {GC.CollectionCount(0)}/{GC.CollectionCount(1)}/{GC.CollectionCount(2)}");
    return 0;
}
var count = 1_000_000;
var seed = 1;
var maxMb = 64;
var hugeShare = 0.002;
var officeShare = 0.0005;
var save = Path.Combine(Path.GetTempPath(), "nianbao-fuzz");
for (var i = 0; i + 1 < args.Length; i += 2)
    switch (args[i])
    {
        case "--count": count = int.Parse(args[i + 1]); break;
        case "--seed": seed = int.Parse(args[i + 1]); break;
        case "--max-mb": maxMb = int.Parse(args[i + 1]); break;
        case "--huge-share": hugeShare = double.Parse(args[i + 1], System.Globalization.CultureInfo.InvariantCulture); break;
        case "--office-share": officeShare = double.Parse(args[i + 1], System.Globalization.CultureInfo.InvariantCulture); break;
        case "--save": save = args[i + 1]; break;
        default: Console.Error.WriteLine($"unknown option {args[i]}"); return 2;
    }
var root = Directory.GetCurrentDirectory();
while (!File.Exists(Path.Combine(root, "Nianbao.sln"))) root = Path.GetDirectoryName(root) ?? throw new InvalidOperationException("run from inside the repository");
var seeds = FuzzSeeds.FromFolders(Path.Combine(root, "samples"), Path.Combine(root, "tests/Nianbao.Tests/Data/renderings"), Path.Combine(root, "tests/Nianbao.Tests/Data/docx"));
seeds.AddRange(FuzzSeeds.Synthetic(40, seed, office: 6, Path.Combine(save, "office-seeds")));
Console.WriteLine($"{DateTime.UtcNow:HH:mm:ss} {seeds.Count} seeds ({string.Join(", ", seeds.GroupBy(s => s.Extension).Select(g => $"{g.Key} {g.Count()}"))}); {count} inputs, seed {seed}, repeats up to {maxMb} MB (huge-share {hugeShare}), .doc/PDF share {officeShare}");
var watch = Stopwatch.StartNew();
void Report(FuzzResult r, string when) =>
    Console.WriteLine($"{DateTime.UtcNow:HH:mm:ss} {when}: {r.Total} inputs in {watch.Elapsed.TotalMinutes:F1} min ({string.Join(", ", r.Inputs.Select(x => $"{x.Key} {x.Value}"))}); read {r.Read}, refused {r.Refused}; crashes {r.Crashes.Count}, slow {r.Slow.Count}; largest {r.Largest.Bytes / 1048576.0:F1} MB in {r.Largest.Ms:F0} ms; huge {r.Huge} (slowest {r.SlowestHuge.Bytes / 1048576.0:F1} MB in {r.SlowestHuge.Ms:F0} ms); slowest per MB {r.SlowestPerMb.Ms:F0} ms for {r.SlowestPerMb.Bytes / 1048576.0:F2} MB ({r.SlowestPerMb.Operation})");
var printed = 0;
var result = FuzzRunner.Run(seeds, count, seed, maxMb << 20, slowShare: officeShare, save, r =>
{
    Report(r, "progress");
    foreach (var c in r.Crashes.Skip(printed)) Console.WriteLine("  crash " + c.Split('\n')[0]);
    printed = r.Crashes.Count;
}, progressEvery: int.TryParse(Environment.GetEnvironmentVariable("FUZZ_PROGRESS"), out var every) ? every : 5_000, hugeShare);
Report(result, "done");
foreach (var c in result.Crashes) Console.WriteLine("crash " + c);
foreach (var s in result.Slow) Console.WriteLine("slow " + s);
foreach (var h in result.HugeInputs) Console.WriteLine("huge " + h);
Console.WriteLine("refused by: " + string.Join(", ", result.RefusedBy.OrderByDescending(x => x.Value).Select(x => $"{x.Key} {x.Value}")));
return 0;
