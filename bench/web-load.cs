// A bounded load client for `nianbao serve` (docs/benchmarks.md "Web"): CONCURRENCY clients POST the sample reports to
// /api/check on 127.0.0.1 for SECONDS (after a WARMUP not counted), each waiting for its answer before the next
// request; every answer must be 200 with a readable unit. Prints requests, errors, throughput and p50/p95/p99 latency,
// overall and per sample.
// Usage: dotnet run bench/web-load.cs -- URL SECONDS CONCURRENCY WARMUP FILE...
using System.Collections.Concurrent;
using System.Diagnostics;
using System.Net.Http.Headers;

var url = new Uri(new Uri(args[0]), "/api/check");
var seconds = double.Parse(args[1], System.Globalization.CultureInfo.InvariantCulture);
var concurrency = int.Parse(args[2], System.Globalization.CultureInfo.InvariantCulture);
var warmup = double.Parse(args[3], System.Globalization.CultureInfo.InvariantCulture);
var files = args[4..].Select(f => (Name: Path.GetFileName(f), Bytes: File.ReadAllBytes(f))).ToArray();
if (!url.IsLoopback) { Console.Error.WriteLine("web-load: 127.0.0.1 only"); return 2; }

using var http = new HttpClient(new SocketsHttpHandler { MaxConnectionsPerServer = concurrency }) { Timeout = TimeSpan.FromSeconds(30) };
var samples = new ConcurrentBag<(int File, double Ms)>();
var errors = new ConcurrentBag<string>();
var total = 0;
var clock = Stopwatch.StartNew();
var end = warmup + seconds;

async Task Client(int id)
{
    for (var i = id; clock.Elapsed.TotalSeconds < end; i++)
    {
        var f = i % files.Length;
        using var form = new MultipartFormDataContent();
        var content = new ByteArrayContent(files[f].Bytes);
        content.Headers.ContentType = new MediaTypeHeaderValue("text/plain");
        form.Add(content, "file", files[f].Name);
        var started = clock.Elapsed.TotalSeconds;
        var sw = Stopwatch.StartNew();
        try
        {
            using var r = await http.PostAsync(url, form);
            var body = await r.Content.ReadAsStringAsync();
            sw.Stop();
            if (!r.IsSuccessStatusCode || !body.Contains("\"readable\": true", StringComparison.Ordinal)) { errors.Add($"{files[f].Name}: {(int)r.StatusCode}"); continue; }
        }
        catch (Exception e) { errors.Add($"{files[f].Name}: {e.GetType().Name} {e.Message}"); continue; }
        Interlocked.Increment(ref total);
        if (started >= warmup) samples.Add((f, sw.Elapsed.TotalMilliseconds));
    }
}

await Task.WhenAll(Enumerable.Range(0, concurrency).Select(Client));
var all = samples.Select(s => s.Ms).Order().ToArray();
double P(double[] sorted, double p) => sorted.Length == 0 ? double.NaN : sorted[Math.Min(sorted.Length - 1, (int)Math.Ceiling(p / 100 * sorted.Length) - 1)];
Console.WriteLine($"{concurrency} clients, {seconds:0} s measured after {warmup:0} s warm-up, {files.Length} samples");
Console.WriteLine($"requests {all.Length} ({total} with the warm-up), errors {errors.Count}, {all.Length / seconds:0.0} requests/s");
Console.WriteLine($"latency ms: p50 {P(all, 50):0.0}  p95 {P(all, 95):0.0}  p99 {P(all, 99):0.0}  max {all.LastOrDefault():0.0}");
for (var f = 0; f < files.Length; f++)
{
    var one = samples.Where(s => s.File == f).Select(s => s.Ms).Order().ToArray();
    Console.WriteLine($"  {files[f].Name,-34} n {one.Length,6}  p50 {P(one, 50),6:0.0}  p95 {P(one, 95),6:0.0}  p99 {P(one, 99),6:0.0}");
}
foreach (var e in errors.Take(5)) Console.WriteLine("error: " + e);
return errors.IsEmpty ? 0 : 1;
