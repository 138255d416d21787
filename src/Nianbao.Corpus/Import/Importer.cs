using Nianbao.Template;
using System.Data.Common;
using System.Security.Cryptography;
using System.Threading.Channels;
using Nianbao.Checking;
using Nianbao.Corpus.Agencies;
using Nianbao.Corpus.Storage;
using Nianbao.Model;

namespace Nianbao.Corpus.Import;

/// <summary>How an import runs.</summary>
public sealed record ImportOptions
{
    /// <summary>Keep each file's bytes in the corpus (default), so re-checks and re-parses need not find the file again.</summary>
    public bool StoreContent { get; init; } = true;
    /// <summary>Parse and check again even content the corpus already holds from this parser version.</summary>
    public bool Force { get; init; }
    /// <summary>Files per transaction.</summary>
    public int BatchSize { get; init; } = 200;
    /// <summary>Parallel parse/check workers (default: one per core).</summary>
    public int Workers { get; init; } = Environment.ProcessorCount;
    /// <summary>The parser version recorded (default <see cref="Import.ParserVersion.Current"/>; tests simulate an upgrade).</summary>
    public string ParserVersion { get; init; } = Import.ParserVersion.Current;
}

/// <summary>Progress of an import: files done of the total, and what happened to the last one.</summary>
public sealed record ImportProgress(int Done, int Total, string Path, ImportOutcome Outcome);

/// <summary>What an import did: counts per outcome, reports re-checked because their previous year changed, and
/// every failure with its finding.</summary>
public sealed record ImportSummary(int New, int Unchanged, int Reparsed, int Failed, int Rechecked,
    IReadOnlyList<(string Path, Finding Failure)> Failures, bool Cancelled)
{
    public int Total => New + Unchanged + Reparsed + Failed;
}

/// <summary>
/// `nianbao import` as a library call (docs/corpus.md "Import"): files are read and hashed by parallel workers;
/// content the corpus already holds from this parser version is skipped; the rest is parsed and checked, the
/// cross-year rules getting the previous year from the corpus; results stream to one writer that commits a batch
/// per transaction, so memory stays flat and a killed import loses at most the batch in flight. A file that fails
/// is recorded with its error and never stops the others. After the last batch, every report whose previous
/// year is not the one it was checked against (it arrived later, in another batch or process, or was re-parsed)
/// is checked again.
/// </summary>
public static class Importer
{
    public static ImportSummary Import(CorpusDb db, IReadOnlyList<string> files, ImportOptions? options = null,
        IProgress<ImportProgress>? progress = null, CancellationToken cancel = default)
    {
        options ??= new ImportOptions();
        // Earlier years first, so most reports find their previous year already stored (see YearHint).
        var jobs = files.Select((f, i) => (Job: new Job(f, null, YearHint.Of(f)), i)).OrderBy(x => x.Job.Year).ThenBy(x => x.i).Select(x => x.Job).ToList();
        return Run(db, jobs, options, progress, cancel);
    }

    /// <summary>Parses and checks again every source the corpus holds, from its stored bytes (or its path).</summary>
    public static ImportSummary RecheckAll(CorpusDb db, ImportOptions? options = null, IProgress<ImportProgress>? progress = null,
        CancellationToken cancel = default)
    {
        options = (options ?? new ImportOptions()) with { Force = true };
        var ids = new List<Job>();
        using (var c = db.Connect())
        using (var cmd = Db.Command(c, null, "SELECT id, path FROM sources ORDER BY id"))
        using (var r = cmd.ExecuteReader())
            while (r.Read()) ids.Add(new Job(Db.Str(r, 1) ?? "", r.GetInt64(0), 0));
        return Run(db, ids, options, progress, cancel);
    }

    sealed record Job(string Path, long? SourceId, int Year);

    static ImportSummary Run(CorpusDb db, List<Job> jobs, ImportOptions options, IProgress<ImportProgress>? progress, CancellationToken cancel)
    {
        var results = Channel.CreateBounded<ImportItem>(new BoundedChannelOptions(options.BatchSize * 2) { SingleReader = true });
        var next = -1;
        // A worker starts a year only once every earlier year is stored (see YearHint): blockStart[i] is the index
        // of the first job of job i's year; `stored` counts jobs written so far.
        var blockStart = new int[jobs.Count];
        for (var j = 1; j < jobs.Count; j++) blockStart[j] = jobs[j].Year == jobs[j - 1].Year ? blockStart[j - 1] : j;
        var stored = 0;
        var gate = new object();
        var seen = new System.Collections.Concurrent.ConcurrentDictionary<string, byte>();
        using var previousYears = new CorpusPreviousYears(db);
        var workers = Enumerable.Range(0, Math.Max(1, options.Workers)).Select(_ => Task.Run(async () =>
        {
            using var worker = new Worker(db, options, seen, previousYears);
            int i;
            while (!cancel.IsCancellationRequested && (i = Interlocked.Increment(ref next)) < jobs.Count)
            {
                lock (gate)
                    while (Volatile.Read(ref stored) < blockStart[i] && !cancel.IsCancellationRequested) Monitor.Wait(gate, 200);
                await results.Writer.WriteAsync(worker.Process(jobs[i]), CancellationToken.None);
            }
        })).ToArray();
        _ = Task.WhenAll(workers).ContinueWith(t => results.Writer.Complete(t.Exception), TaskScheduler.Default);

        int created = 0, unchanged = 0, reparsed = 0, failed = 0, done = 0;
        var failures = new List<(string, Finding)>();
        using var writer = new CorpusWriter(db, options.ParserVersion);
        var batch = new List<ImportItem>(options.BatchSize);
        var clock = System.Diagnostics.Stopwatch.StartNew();
        var received = 0;
        foreach (var item in results.Reader.ReadAllAsync().ToBlockingEnumerable())
        {
            batch.Add(item);
            received++;
            // Flush when the batch is full, every 2 s, and when a year is complete (workers wait for it).
            if (batch.Count >= options.BatchSize || clock.ElapsedMilliseconds > 2000 || received < jobs.Count && blockStart[received] == received) Flush();
        }
        Flush();
        var rechecked = cancel.IsCancellationRequested ? 0 : FixCrossYear(db, writer, options);
        if (!cancel.IsCancellationRequested) LinkParents(db);
        return new ImportSummary(created, unchanged, reparsed, failed, rechecked, failures, cancel.IsCancellationRequested);

        void Flush()
        {
            writer.Write(batch);
            foreach (var item in batch)
            {
                switch (item.Outcome)
                {
                    case ImportOutcome.New: created++; break;
                    case ImportOutcome.Unchanged: unchanged++; break;
                    case ImportOutcome.Reparsed: reparsed++; break;
                    default: failed++; failures.Add((item.Path, item.Failure!)); break;
                }
                done++;
                progress?.Report(new ImportProgress(done, jobs.Count, item.Path, item.Outcome));
            }
            lock (gate)
            {
                Volatile.Write(ref stored, done);
                Monitor.PulseAll(gate);
            }
            batch.Clear();
            clock.Restart();
        }
    }

    /// <summary>After agencies change (merge, rename): re-pairs cross-year reports and re-links parents. Returns the
    /// number of reports checked again.</summary>
    public static int Refresh(CorpusDb db, ImportOptions? options = null)
    {
        options ??= new ImportOptions();
        using var writer = new CorpusWriter(db, options.ParserVersion);
        var rechecked = FixCrossYear(db, writer, options);
        LinkParents(db);
        return rechecked;
    }

    static void LinkParents(CorpusDb db)
    {
        using var c = db.Connect();
        AgencyAdmin.LinkParents(c);
        // The administrative-division dataset the region codes come from (docs/corpus.md "Agencies").
        Db.Exec(c, null, "INSERT INTO nianbao_meta (key, value) VALUES (@k, @v) ON CONFLICT (key) DO UPDATE SET value = excluded.value",
            ("k", "divisions_dataset"), ("v", Divisions.Dataset));
    }

    /// <summary>Checks again, until none is left, each report whose previous year is not the one it was checked against.</summary>
    static int FixCrossYear(CorpusDb db, CorpusWriter writer, ImportOptions options)
    {
        var total = 0;
        using var previousYears = new CorpusPreviousYears(db);
        using var worker = new Worker(db, options, new(), previousYears);
        for (var pass = 0; pass < 10; pass++)
        {
            var stale = PreviousYears.Stale(worker.Connection);
            if (stale.Count == 0) break;
            foreach (var chunk in stale.Chunk(options.BatchSize))
                total += writer.Write(chunk.Select(s => worker.Recheck(s.ReportId)).OfType<ImportItem>().ToList()).Count;
        }
        return total;
    }

    /// <summary>One parse/check worker with its own connection for look-ups.</summary>
    sealed class Worker(CorpusDb db, ImportOptions options, System.Collections.Concurrent.ConcurrentDictionary<string, byte> seen,
        CorpusPreviousYears previousYears) : IDisposable
    {
        DbConnection? connection;
        public DbConnection Connection => connection ??= db.Connect();

        public void Dispose() => connection?.Dispose();

        public ImportItem Process(Job job)
        {
            byte[] bytes;
            string path = job.Path;
            string? known;
            if (job.SourceId is long id)
            {
                var stored = StoredContent(id);
                if (stored is null) return Failed(path, "", 0, null, Finding.Create("NB-INPUT-NOT-FOUND", null, ("path", path)));
                (bytes, path) = stored.Value;
            }
            else
            {
                try { bytes = ReportParser.ReadFile(path); }
                catch (InputException e) { return Failed(path, "", 0, null, e.Finding); }
            }
            var sha = Convert.ToHexStringLower(SHA256.HashData(bytes));
            known = KnownState(sha);
            // The same content twice in one run (two paths, or a path given twice) is imported once.
            if (known == "current" && !options.Force || !seen.TryAdd(sha, 0))
                return new ImportItem { Path = path, Sha256 = sha, Size = bytes.Length, Outcome = ImportOutcome.Unchanged };
            var item = new ImportItem
            {
                Path = path, Sha256 = sha, Size = bytes.Length, Content = options.StoreContent ? bytes : null,
                Outcome = known is null ? ImportOutcome.New : ImportOutcome.Reparsed,
            };
            ParseAndCheck(item, bytes);
            return item;
        }

        /// <summary>A stored report parsed and checked again against its current previous year; null when its bytes are gone.</summary>
        public ImportItem? Recheck(long reportId)
        {
            using var cmd = Db.Command(Connection, null, "SELECT s.id FROM reports r JOIN sources s ON s.id = r.source_id WHERE r.id = @id");
            Db.Param(cmd, "id", reportId);
            if (cmd.ExecuteScalar() is not { } sourceId || StoredContent(Convert.ToInt64(sourceId, System.Globalization.CultureInfo.InvariantCulture)) is not { } stored)
                return null;
            var item = new ImportItem
            {
                Path = stored.Path, Sha256 = Convert.ToHexStringLower(SHA256.HashData(stored.Bytes)), Size = stored.Bytes.Length,
                Outcome = ImportOutcome.Reparsed, Recheck = true, ReportId = reportId,
            };
            ParseAndCheck(item, stored.Bytes);
            return item.Report is null ? null : item;
        }

        void ParseAndCheck(ImportItem item, byte[] bytes)
        {
            Report report;
            try { report = ReportParser.Parse(bytes, Path.GetFileName(item.Path)); }
            catch (InputException e) { Fail(item, e.Finding); return; }
            catch (Exception e) when (e is not OutOfMemoryException)
            {
                Fail(item, Finding.Create("NB-INPUT-FAILED", null, ("error", $"{e.GetType().Name}: {e.Message}")));
                return;
            }
            item.Report = report;
            item.Agency = CorpusPreviousYears.Identity(report);
            (item.Scope, item.ScopeEvidence) = ReportScope.Infer(report, item.Agency);
            var previousReport = previousYears.Find(report);
            item.Previous = previousYears.GivenFor(report);
            try { item.Findings = ReportChecker.CheckOne(report, previousReport, Nianbao.Template.ReportTemplate.Embedded); }
            catch (Exception e) when (e is not OutOfMemoryException)
            {
                item.Findings = [.. report.Findings, Finding.Create("NB-CHECK-FAILED", null, ("error", $"{e.GetType().Name}: {e.Message}"))];
            }
        }

        static void Fail(ImportItem item, Finding f)
        {
            item.Failure = f;
            item.Outcome = ImportOutcome.Failed;
        }

        static ImportItem Failed(string path, string sha, long size, byte[]? content, Finding f) =>
            new() { Path = path, Sha256 = sha, Size = size, Content = content, Outcome = ImportOutcome.Failed, Failure = f };

        /// <summary>"current" when the content was parsed by this parser version, "stale" when by another or it
        /// failed, null when the corpus has never seen it.</summary>
        string? KnownState(string sha)
        {
            using var cmd = Db.Command(Connection, null, "SELECT status, parser_version FROM sources WHERE sha256 = @sha");
            Db.Param(cmd, "sha", sha);
            using var r = cmd.ExecuteReader();
            if (!r.Read()) return null;
            return r.GetString(0) == "parsed" && r.GetString(1) == options.ParserVersion ? "current" : "stale";
        }

        (byte[] Bytes, string Path)? StoredContent(long sourceId)
        {
            using var cmd = Db.Command(Connection, null, "SELECT content, path, file_name FROM sources WHERE id = @id");
            Db.Param(cmd, "id", sourceId);
            using var r = cmd.ExecuteReader();
            if (!r.Read()) return null;
            var path = Db.Str(r, 1) ?? r.GetString(2);
            if (!r.IsDBNull(0)) return ((byte[])r.GetValue(0), path);
            try { return (ReportParser.ReadFile(path), path); }
            catch (InputException) { return null; }
        }
    }
}
