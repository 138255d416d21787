using System.Reflection;
using System.Runtime.InteropServices;
using System.Runtime.Loader;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;
using Nianbao;
using Nianbao.Model;

/// <summary>
/// Two tools for changing the parser without changing its output (bench/parser-ab.sh runs both against another
/// commit): <c>dump DIRS OUT</c> writes every public fact of each parsed report (cells with state, raw text and
/// provenance; findings with arguments and locations; sections, metadata, narrative figures; the check's findings with
/// both messages), one JSON line per file, then every report's check again with its previous year from the same folder,
/// then again every report with run-together rows parsed with its neighbouring years from the same folder;
/// <c>ab BASEDIR NEWDIR FILESDIR ROUNDS [TAKE]</c> loads two builds of Nianbao.Core (each folder holds one with its
/// dependencies) side by side in one process and parses the same files with each in alternating batches, summing
/// thread CPU time and allocated bytes: the two share every condition of a loaded machine (add <c>new-first</c> to
/// load the new build first: the build loaded second is slower, so both orders are run; add <c>check</c> to time
/// an import worker's whole step: parse, check and both messages of every finding).
/// </summary>
static class ParserAb
{
    public static void Dump(string dirs, string output)
    {
        var opts = new JsonSerializerOptions
        {
            Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping, Converters = { new TableValuesJson(), new JsonStringEnumConverter() },
            NumberHandling = JsonNumberHandling.AllowNamedFloatingPointLiterals,
        };
        using var w = new StreamWriter(output);
        var all = new List<(string Dir, string Path, Report R)>();
        foreach (var dir in dirs.Split(','))
            foreach (var path in Directory.EnumerateFiles(dir, "*", SearchOption.AllDirectories).Order(StringComparer.Ordinal))
            {
                if (path.EndsWith(".truth.json", StringComparison.Ordinal)) continue;
                try
                {
                    var r = ReportParser.Parse(File.ReadAllBytes(path), Path.GetFileName(path));
                    w.WriteLine(JsonSerializer.Serialize(new { Path = Path.GetRelativePath(dir, path), Report = r, Check = Checked(r, null) }, opts));
                    all.Add((dir, path, r));
                }
                catch (InputException e) { w.WriteLine($"{Path.GetRelativePath(dir, path)} {e.Message}"); }
            }
        // The run-together search's cross-year rules: each report with such rows again, with its neighbouring years.
        var byKey = new Dictionary<(string, string, int), Report>();
        foreach (var (dir, _, r) in all) if (r.Agency is { } a && r.Year is int y) byKey.TryAdd((dir, a, y), r);
        // The check's cross-year rules: each report with its previous year from the same folder checked again.
        foreach (var (dir, path, r) in all)
            if (r.Agency is { } a && r.Year is int y && byKey.TryGetValue((dir, a, y - 1), out var previous))
                w.WriteLine(JsonSerializer.Serialize(new { Path = "previous:" + Path.GetRelativePath(dir, path), Check = Checked(r, previous) }, opts));
        foreach (var (dir, path, first) in all)
        {
            if (!first.Findings.Any(f => f.Code.StartsWith("NB-RUN", StringComparison.Ordinal))) continue;
            var r = ReportParser.Parse(File.ReadAllBytes(path), Path.GetFileName(path),
                previousYear: x => x.Agency is { } a && x.Year is int y && byKey.TryGetValue((dir, a, y - 1), out var p) ? p : null,
                nextYear: x => x.Agency is { } a && x.Year is int y && byKey.TryGetValue((dir, a, y + 1), out var p) ? p : null);
            w.WriteLine(JsonSerializer.Serialize(new { Path = "neighbours:" + Path.GetRelativePath(dir, path), Report = r }, opts));
        }
    }

    /// <summary>The check's findings with both messages (the catalog's formatting is part of the output).</summary>
    static object Checked(Report r, Report? previous) =>
        Nianbao.Checking.ReportChecker.CheckOne(r, previous, Nianbao.Template.ReportTemplate.Embedded)
            .Select(f => new { Finding = f, Zh = f.Message("zh"), En = f.Message("en") }).ToList();

    sealed class TableValuesJson : JsonConverter<TableValues>
    {
        public override TableValues Read(ref Utf8JsonReader r, Type t, JsonSerializerOptions o) => throw new NotSupportedException();

        public override void Write(Utf8JsonWriter w, TableValues v, JsonSerializerOptions o)
        {
            w.WriteStartObject();
            w.WritePropertyName("Layout");
            JsonSerializer.Serialize(w, v.Layout, o);
            w.WritePropertyName("Cells");
            w.WriteStartArray();
            foreach (var (row, col, val) in v.All)
            {
                w.WriteStartArray();
                w.WriteStringValue(row);
                w.WriteStringValue(col);
                JsonSerializer.Serialize(w, val, o);
                w.WriteEndArray();
            }
            w.WriteEndArray();
            w.WriteEndObject();
        }
    }

    public static void Interleaved(string baseDir, string newDir, string filesDir, int rounds, int take, bool newFirst, bool check)
    {
        // The build loaded second runs slower in the same process (shared generic code, and with tiered PGO the
        // first build's profile): an A/A run showed about 10 %. So run both orders (newFirst) and read both ratios;
        // tiered PGO must be off (DOTNET_TieredPGO=0, as the nianbao command runs), else the bias is larger.
        if (Environment.GetEnvironmentVariable("DOTNET_TieredPGO") != "0")
            Console.Error.WriteLine("ab: set DOTNET_TieredPGO=0 (the nianbao command runs without tiered PGO)");
        var all = Directory.EnumerateFiles(filesDir).Order(StringComparer.Ordinal).ToList();
        var files = all.Where((_, i) => i % Math.Max(1, all.Count / take) == 0).Take(take)
            .Select(p => (Name: Path.GetFileName(p), Bytes: File.ReadAllBytes(p))).ToList();
        var builds = newFirst ? new[] { ("new", Load(newDir, check)), ("base", Load(baseDir, check)) } : new[] { ("base", Load(baseDir, check)), ("new", Load(newDir, check)) };
        foreach (var (_, parse) in builds)
            for (var warm = 0; warm < 3; warm++) foreach (var f in files) parse(f.Bytes, f.Name);   // past the JIT's tiers
        var cpu = new double[2];
        var alloc = new long[2];
        var n = new long[2];
        for (var r = 0; r < rounds; r++)
            for (var k = 0; k < 2; k++)
            {
                var b = r % 2 == 0 ? k : 1 - k;
                var parse = builds[b].Item2;
                var (a0, c0) = (GC.GetAllocatedBytesForCurrentThread(), ThreadCpu());
                foreach (var f in files) parse(f.Bytes, f.Name);
                cpu[b] += ThreadCpu() - c0;
                alloc[b] += GC.GetAllocatedBytesForCurrentThread() - a0;
                n[b] += files.Count;
            }
        var name = Path.GetFileName(filesDir.TrimEnd('/')) + (check ? " parse+check" : "") + (newFirst ? " (new loaded first)" : " (base loaded first)");
        for (var b = 0; b < 2; b++)
            Console.WriteLine($"{name} {builds[b].Item1}: {cpu[b] * 1000 / n[b]:F3} ms thread CPU per parse ({n[b] / cpu[b]:F0}/CPU-s), {alloc[b] / (double)n[b] / 1024:F0} KiB allocated per parse, {n[b]} parses");
        var (nb, nn) = newFirst ? (1, 0) : (0, 1);
        Console.WriteLine($"{name} new/base: CPU {cpu[nn] / n[nn] / (cpu[nb] / n[nb]):F3}, allocated {alloc[nn] / (double)n[nn] / (alloc[nb] / (double)n[nb]):F3}");
    }

    /// <summary>
    /// solo FILESDIR ROUNDS [TAKE] [check]: this build alone in its process (no second build sharing its generic code),
    /// the same files as <c>ab</c>, ROUNDS passes after 3 warm-up passes; the parsing thread's CPU time and bytes
    /// allocated per report. Run two builds' processes alternately to compare them.
    /// </summary>
    public static void Solo(string filesDir, int rounds, int take, bool check)
    {
        var all = Directory.EnumerateFiles(filesDir).Order(StringComparer.Ordinal).ToList();
        var files = all.Where((_, i) => i % Math.Max(1, all.Count / take) == 0).Take(take)
            .Select(p => (Name: Path.GetFileName(p), Bytes: File.ReadAllBytes(p))).ToList();
        void One((string Name, byte[] Bytes) f)
        {
            var report = ReportParser.Parse(f.Bytes, f.Name);
            if (!check) return;
            foreach (var x in Nianbao.Checking.ReportChecker.CheckOne(report, null, Nianbao.Template.ReportTemplate.Embedded))
                GC.KeepAlive(x.Message("zh") + x.Message("en"));
        }
        for (var warm = 0; warm < 3; warm++) files.ForEach(One);
        var (a0, c0) = (GC.GetAllocatedBytesForCurrentThread(), ThreadCpu());
        for (var r = 0; r < rounds; r++) files.ForEach(One);
        var n = (double)rounds * files.Count;
        Console.WriteLine($"{Path.GetFileName(filesDir.TrimEnd('/'))}{(check ? " parse+check" : "")}: {(ThreadCpu() - c0) * 1000 / n:F3} ms thread CPU per report, {(GC.GetAllocatedBytesForCurrentThread() - a0) / n / 1024:F0} KiB allocated per report, {n} reports");
    }

    /// <summary>ReportParser.Parse of the Nianbao.Core in <paramref name="dir"/>, loaded in a context of its own; with
    /// <paramref name="check"/>, an import worker's whole step: parse, check without a previous year, and both
    /// messages of every finding.</summary>
    static Func<byte[], string, object> Load(string dir, bool check)
    {
        var context = new BuildContext(Path.GetFullPath(dir));
        var core = context.LoadFromAssemblyPath(Path.Combine(Path.GetFullPath(dir), "Nianbao.Core.dll"));
        var parse = core.GetType("Nianbao.ReportParser")!.GetMethod("Parse")!;
        var checkOne = core.GetType("Nianbao.Checking.ReportChecker")!.GetMethod("CheckOne")!;
        var template = core.GetType("Nianbao.Template.ReportTemplate")!.GetProperty("Embedded")!.GetValue(null);
        var message = core.GetType("Nianbao.Model.Finding")!.GetMethod("Message")!;
        var args = new object?[parse.GetParameters().Length];
        return (bytes, name) =>
        {
            Array.Clear(args);
            (args[0], args[1]) = (bytes, name);
            var report = parse.Invoke(null, args)!;
            if (!check) return report;
            var findings = (System.Collections.IEnumerable)checkOne.Invoke(null, [report, null, template])!;
            foreach (var f in findings) { message.Invoke(f, ["zh"]); message.Invoke(f, ["en"]); }
            return findings;
        };
    }

    sealed class BuildContext(string dir) : AssemblyLoadContext
    {
        readonly AssemblyDependencyResolver resolver = new(Path.Combine(dir, "Nianbao.Core.dll"));

        protected override Assembly? Load(AssemblyName name)
        {
            var path = resolver.ResolveAssemblyToPath(name) ?? Path.Combine(dir, name.Name + ".dll");
            return File.Exists(path) ? LoadFromAssemblyPath(path) : null;
        }
    }

    static double ThreadCpu()
    {
        clock_gettime(3, out var ts);   // CLOCK_THREAD_CPUTIME_ID
        return ts.Sec + ts.Nsec / 1e9;
    }

    [DllImport("libc")]
    static extern int clock_gettime(int clock, out Timespec ts);

    struct Timespec
    {
        public long Sec;
        public long Nsec;
    }
}
