using Nianbao.Checking;
using Nianbao.Model;

namespace Nianbao.Fuzz;

/// <summary>What a fuzz run found.</summary>
public sealed class FuzzResult
{
    /// <summary>Inputs tried, by extension.</summary>
    public Dictionary<string, int> Inputs { get; } = [];
    /// <summary>Inputs read into a report (and checked).</summary>
    public int Read { get; set; }
    /// <summary>Inputs refused with the library's intended <see cref="InputException"/> (a clear, located message).</summary>
    public int Refused { get; set; }
    /// <summary>Faults: any other exception, an NB-INPUT-FAILED (the library's wrapper for its own faults) or a rule
    /// that failed (NB-CHECK-FAILED); with the mutation and the file saved under it.</summary>
    public List<string> Crashes { get; } = [];
    /// <summary>Inputs whose work took more processor time than the bound (1 s plus 1 s per MB): candidates for
    /// super-linear work.</summary>
    public List<string> Slow { get; } = [];
    /// <summary>The largest input tried, in bytes, and the processor time it took.</summary>
    public (int Bytes, double Ms) Largest { get; set; }
    /// <summary>Inputs with a huge repeat (grown to the run's size limit), and the slowest of them relative to its size.</summary>
    public int Huge { get; set; }
    /// <inheritdoc cref="Huge"/>
    public (int Bytes, double Ms) SlowestHuge { get; set; }
    /// <summary>Each huge input: its number, mutation, size, processor time and outcome (read, or the refusal's code).</summary>
    public List<string> HugeInputs { get; } = [];
    /// <summary>The slowest input relative to its size (processor ms per MB, inputs over 64 KB).</summary>
    public (int Bytes, double Ms, string Operation) SlowestPerMb { get; set; }
    /// <summary>Total inputs.</summary>
    public int Total => Inputs.Values.Sum();
    /// <summary>Refusals by finding code.</summary>
    public Dictionary<string, int> RefusedBy { get; } = [];
}

/// <summary>
/// Feeds mutants of the seeds to the whole library (read, segment, extract, reconcile, then check), one at a time,
/// deterministically for a seed (docs/fuzzing.md). The external-program readers (.doc, PDF) are picked with weight
/// <c>slowShare</c> since each input starts a process; a repeat grows to <c>maxBytes</c> with chance <c>hugeShare</c>.
/// An input's time is the processor time of this process while it is read and checked (Environment.CpuUsage, which
/// counts the garbage collector's threads too): unlike the wall clock it does not grow when other jobs load the machine.
/// </summary>
public static class FuzzRunner
{
    public static FuzzResult Run(IReadOnlyList<FuzzSeed> seeds, int count, int randomSeed, int maxBytes, double slowShare,
        string? saveDir = null, Action<FuzzResult>? progress = null, int progressEvery = 10_000, double hugeShare = 0.002)
    {
        var result = new FuzzResult();
        var r = new Random(randomSeed);
        var fast = seeds.Where(s => s.Extension is not ("doc" or "pdf")).ToList();
        var slow = seeds.Where(s => s.Extension is "doc" or "pdf").ToList();
        for (var i = 0; i < count; i++)
        {
            var pool = slow.Count > 0 && r.NextDouble() < slowShare ? slow : fast;
            var seed = pool[r.Next(pool.Count)];
            var (bytes, op) = Mutator.Mutate(r, seed, seeds, maxBytes, hugeShare);
            result.Inputs[seed.Extension] = result.Inputs.GetValueOrDefault(seed.Extension) + 1;
            var name = $"fuzz-{i}.{seed.Extension}";
            var cpu = Environment.CpuUsage.TotalTime;
            string? fault = null;
            var outcome = "read";
            try
            {
                var report = ReportParser.Parse(bytes, name);
                var findings = ReportChecker.Check(report);
                if (findings.FirstOrDefault(f => f.Code is "NB-CHECK-FAILED" or "NB-CHECK-RULE-FAILED") is { } failed)
                    fault = $"{failed.Code}: {failed.Message("en")}";
                else result.Read++;
            }
            catch (InputException e) when (e.Finding.Code != "NB-INPUT-FAILED")
            {
                outcome = e.Finding.Code;
                result.Refused++;
                result.RefusedBy[e.Finding.Code] = result.RefusedBy.GetValueOrDefault(e.Finding.Code) + 1;
            }
            catch (InputException e) { fault = $"NB-INPUT-FAILED: {e.InnerException?.GetType().Name}: {e.InnerException?.Message}\n{e.InnerException?.StackTrace}"; }
            catch (Exception e) { fault = $"{e.GetType().Name}: {e.Message}\n{e.StackTrace}"; }
            var ms = (Environment.CpuUsage.TotalTime - cpu).TotalMilliseconds;
            // A collection of garbage left by earlier inputs is not slowness of this one: a slow input is timed again,
            // the best of two kept.
            if (fault is null && ms > 1000 + bytes.Length / 1048576.0 * 1000 && seed.Extension is not ("doc" or "pdf")) ms = Math.Min(ms, Time(bytes, name));
            if (bytes.Length > result.Largest.Bytes) result.Largest = (bytes.Length, ms);
            if (op.Contains("huge-repeat", StringComparison.Ordinal))
            {
                result.Huge++;
                result.HugeInputs.Add($"#{i} {seed.Name} {op} ({bytes.Length} bytes, {ms:F0} ms): {fault ?? outcome}");
                if (ms / bytes.Length > (result.SlowestHuge.Bytes == 0 ? 0 : result.SlowestHuge.Ms / result.SlowestHuge.Bytes)) result.SlowestHuge = (bytes.Length, ms);
            }
            if (bytes.Length > 65536 && ms / (bytes.Length / 1048576.0) > (result.SlowestPerMb.Bytes == 0 ? 0 : result.SlowestPerMb.Ms / (result.SlowestPerMb.Bytes / 1048576.0)))
                result.SlowestPerMb = (bytes.Length, ms, op);
            var slowInput = seed.Extension is not ("doc" or "pdf") && ms > 1000 + bytes.Length / 1048576.0 * 1000;
            if (fault is not null || slowInput)
            {
                var saved = saveDir is null ? "" : Save(saveDir, $"{(fault is null ? "slow" : "crash")}-{i}-{op}.{seed.Extension}", bytes);
                if (fault is not null) result.Crashes.Add($"#{i} {seed.Name} {op} ({bytes.Length} bytes) {saved}: {fault}");
                else result.Slow.Add($"#{i} {seed.Name} {op} ({bytes.Length} bytes, {ms:F0} ms) {saved}");
            }
            if (progress is not null && (i + 1) % progressEvery == 0) progress(result);
        }
        return result;
    }

    /// <summary>The processor time of one read and check of an input, in milliseconds, whatever its outcome.</summary>
    public static double Time(byte[] bytes, string name)
    {
        var cpu = Environment.CpuUsage.TotalTime;
        try { ReportChecker.Check(ReportParser.Parse(bytes, name)); }
        catch (InputException) { }
        return (Environment.CpuUsage.TotalTime - cpu).TotalMilliseconds;
    }

    static string Save(string dir, string name, byte[] bytes)
    {
        Directory.CreateDirectory(dir);
        var path = Path.Combine(dir, name.Replace('+', '_'));
        File.WriteAllBytes(path, bytes);
        return path;
    }
}
