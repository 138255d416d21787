using Nianbao.Template;
using System.Data.Common;
using System.Security.Cryptography;
using System.Runtime.CompilerServices;
using Nianbao.Batch;
using Nianbao.Output;
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
    /// <summary>Where files were downloaded from (full path → URL, see <see cref="UrlList"/>), stored as
    /// sources.url; a file not listed keeps the address its page states (HTML canonical link), if any.</summary>
    public IReadOnlyDictionary<string, string>? Urls { get; init; }
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
/// `nianbao import` as a library call (docs/corpus.md "Import"): files are read and hashed in parallel; content the
/// corpus already holds from this parser version is skipped; the rest is parsed and checked by the library's batch
/// API, the cross-year rules getting the previous year from the corpus; results stream to one writer that commits a
/// batch per transaction, so memory stays flat and a killed import loses at most the batch in flight. A file that fails
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
        // Earlier years first, so most reports find their previous year already checked (see YearHint): the year is
        // guessed from the bytes the first pass reads (Plan), and the files are taken in that order.
        var jobs = files.Select(f => new Job(f, null, ByYear)).ToList();
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

    /// <summary>The year of a job not guessed yet: the first pass guesses it, and the jobs are put in year order.</summary>
    const int ByYear = -1;

    /// <summary>A file to parse as the plan leaves it for the workers.</summary>
    readonly record struct Pending(string Path, long Size, ImportOutcome Outcome, string? Url, Job Job);

    sealed record Job(string Path, long? SourceId, int Year)
    {
        /// <summary>What the batch API is given to read: the path, or a key naming stored bytes.</summary>
        public string Key => SourceId is long id ? StoredKey + id.ToString(System.Globalization.CultureInfo.InvariantCulture) : Path;
    }

    /// <summary>The batch "file" of a stored source, read from the corpus instead of the disk.</summary>
    const string StoredKey = "\0corpus-source:";

    /// <summary>
    /// The run: a first pass hashes every file (in parallel) and sets aside content already stored from this
    /// parser version; the rest is parsed and checked on every core, one file per unit of the library's batch API
    /// (<see cref="ReportBatch.Process"/>: every failure stays in its unit), with the corpus as the previous-year
    /// lookup; the same worker turns the result into rows. One writer (the calling thread) takes the rows from a
    /// bounded queue — memory is bounded by it — and commits them in batches.
    /// </summary>
    static ImportSummary Run(CorpusDb db, List<Job> jobs, ImportOptions options, IProgress<ImportProgress>? progress, CancellationToken cancel)
    {
        using var reader = new SourceReader(db, options);
        var planned = Plan(jobs, reader, options);
        // What a worker needs of a file to parse, without the plan's item and hash (the worker hashes what it reads):
        // the one thing an import holds per file until a worker takes it.
        var toParse = planned.Where(p => p.Item.Outcome is ImportOutcome.New or ImportOutcome.Reparsed)
            .Select(p => new Pending(p.Item.Path, p.Item.Size, p.Item.Outcome, p.Item.Url, p.Job)).ToArray();
        int plannedCount = planned.Count, total = jobs.Count;

        // A year looks up its previous year only once every earlier year is checked (see YearHint): files are taken
        // in order, block b holds the files of one year, and a report of block b looks up its previous year only once
        // every report of the blocks before b is checked, queued and registered (`complete` counts the leading blocks
        // registered); the writer commits them later, in queue order.
        var blockOf = new int[toParse.Length];
        var blockSize = new List<int>();
        for (var j = 0; j < toParse.Length; j++)
        {
            if (j == 0 || toParse[j].Job.Year != toParse[j - 1].Job.Year) blockSize.Add(0);
            blockOf[j] = blockSize.Count - 1;
            blockSize[^1]++;
        }
        var complete = 0;
        var gate = new object();
        var order = new ConditionalWeakTable<Report, StrongBox<int>>();
        // This import's reports answer its later years from memory once checked (ImportYears): a year waits for the
        // earlier years to be checked and queued, not committed.
        var years = new ImportYears(options.ParserVersion, PreviousYearInputs.Of(ReportTemplate.Embedded));
        using var previousYears = new CorpusPreviousYears(db)
        {
            Years = years,
            BeforeFind = (report, token) =>
            {
                if (!order.TryGetValue(report, out var i)) return;
                lock (gate)
                    while (Volatile.Read(ref complete) < blockOf[i.Value] && !token.IsCancellationRequested) Monitor.Wait(gate, 200);
            },
        };
        var registered = new int[blockSize.Count];

        int created = 0, unchanged = 0, reparsed = 0, failed = 0, done = 0;
        var failures = new List<(int Index, string Path, Finding Failure)>();
        using var writer = new CorpusWriter(db, options.ParserVersion) { Committed = item => years.Committed(item.Sha256, item.WrittenReportId!.Value) };
        for (var j = 0; j < planned.Count; j++)
            if (planned[j].Item.Outcome is ImportOutcome.Unchanged or ImportOutcome.Failed) Count(planned[j].Item, j);
        // A URL list given for content already stored fills in its address.
        writer.SetUrls(planned.Where(p => p.Item.Outcome == ImportOutcome.Unchanged && p.Item.Url is not null).Select(p => (p.Item.Sha256, p.Item.Url!)));

        var queue = new System.Collections.Concurrent.BlockingCollection<(int Index, ImportItem Item)>(Math.Max(options.BatchSize, 8 * options.Workers));
        using var stop = CancellationTokenSource.CreateLinkedTokenSource(cancel);
        var next = -1;
        // The plan is let go file by file as the workers take them (toParse[i] cleared): nothing of a file done stays
        // with the import but its key in ImportYears.
        planned = null!;
        jobs = null!;
        var running = Math.Max(1, Math.Min(options.Workers, toParse.Length));
        Exception? fault = null;
        var workers = Enumerable.Range(0, toParse.Length == 0 ? 0 : running).Select(_ => Task.Factory.StartNew(Work, TaskCreationOptions.LongRunning)).ToArray();
        if (workers.Length == 0) queue.CompleteAdding();

        // One full, compacting collection now (the plan's garbage) and per 1,000 reports parsed (MemoryTrim): each
        // queued report's bytes and item outlive the young generations before its batch is committed, so they die in
        // the old one, which the GC otherwise lets grow between its own full collections, by more the longer the
        // import runs (docs/benchmarks.md "Corpus import", runs 11 and 13). A smaller import never reaches the first.
        var trim = toParse.Length >= 1000 ? new MemoryTrim() : null;
        var batch = new List<(int Index, ImportItem Item)>(options.BatchSize);
        var received = new int[blockSize.Count];
        var clock = System.Diagnostics.Stopwatch.StartNew();
        try
        {
            foreach (var (i, item) in queue.GetConsumingEnumerable(CancellationToken.None))
            {
                batch.Add((i, item));
                var yearDone = ++received[blockOf[i]] == blockSize[blockOf[i]];
                // Flush when the batch is full, every 2 s, and when a year is complete (a year's reports are then
                // numbered together, in key order, as when the next year waited for them).
                if (batch.Count >= options.BatchSize || clock.ElapsedMilliseconds > 2000 || yearDone) Flush();
            }
            Flush();
        }
        finally
        {
            stop.Cancel();
            lock (gate) Monitor.PulseAll(gate);
            try { Task.WaitAll(workers); } catch (AggregateException) { }
        }
        if (fault is not null) System.Runtime.ExceptionServices.ExceptionDispatchInfo.Throw(fault);
        var rechecked = cancel.IsCancellationRequested ? 0 : FixCrossYear(db, writer, options, reader);
        if (!cancel.IsCancellationRequested) LinkParents(db);
        failures.Sort((a, b) => a.Index.CompareTo(b.Index));
        return new ImportSummary(created, unchanged, reparsed, failed, rechecked, failures.Select(f => (f.Path, f.Failure)).ToList(), cancel.IsCancellationRequested);

        void Work()
        {
            try
            {
                while (!stop.IsCancellationRequested)
                {
                    var i = Interlocked.Increment(ref next);
                    if (i >= toParse.Length) return;
                    var (planPath, planSize, planOutcome, planUrl, job) = toParse[i];
                    toParse[i] = default;
                    var planItem = new ImportItem { Path = planPath, Sha256 = "", Size = planSize, Outcome = planOutcome, Url = planUrl };
                    var key = job.Key;
                    (string Sha, byte[] Bytes)? read = null;
                    var one = new BatchOptions
                    {
                        Parse = k =>
                        {
                            var (bytes, path) = reader.Read(k);
                            read = (Convert.ToHexStringLower(SHA256.HashData(bytes)), bytes);
                            // A look-up waits until the earlier years of this import are stored.
                            var report = ParseWithPrevious(bytes, path, previousYears, asked => order.AddOrUpdate(asked, new StrongBox<int>(i)), stop.Token);
                            order.AddOrUpdate(report, new StrongBox<int>(i));
                            return report;
                        },
                    };
                    var unit = ReportBatch.Process(key, one, previousYears, stop.Token);
                    var item = ItemOf(planItem, unit, read, previousYears, options);
                    if (item.Rows is { } rows && item.Agency is { } agency && item.Report?.Year is int year)
                        years.Register(previousYears.Connection, agency, year, item.Scope, item.Sha256, item.Report, Path.GetFileName(item.Path), rows);
                    queue.Add((i, item), stop.Token);
                    // The year counts as checked once queued, so the writer always meets a report before any report
                    // that names it as its previous year.
                    lock (gate)
                    {
                        registered[blockOf[i]]++;
                        var c = complete;
                        while (c < blockSize.Count && registered[c] == blockSize[c]) c++;
                        if (c != complete)
                        {
                            Volatile.Write(ref complete, c);
                            Monitor.PulseAll(gate);
                        }
                    }
                }
            }
            catch (OperationCanceledException) when (stop.IsCancellationRequested) { }
            catch (Exception e)
            {
                // ReportBatch.Process keeps every file's failure in its unit; anything here is a fault of the run.
                Interlocked.CompareExchange(ref fault, e, null);
                stop.Cancel();
            }
            finally
            {
                if (Interlocked.Decrement(ref running) == 0) queue.CompleteAdding();
            }
        }

        void Count(ImportItem item, int index)
        {
            switch (item.Outcome)
            {
                case ImportOutcome.New: created++; break;
                case ImportOutcome.Unchanged: unchanged++; break;
                case ImportOutcome.Reparsed: reparsed++; break;
                default: failed++; failures.Add((index, item.Path, item.Failure!)); break;
            }
            done++;
            progress?.Report(new ImportProgress(done, total, item.Path, item.Outcome));
        }

        void Flush()
        {
            if (batch.Count == 0) return;
            writer.Write(batch.Select(b => b.Item).ToList());
            foreach (var (i, item) in batch)
            {
                Count(item, plannedCount + i);
                if (item.Outcome is ImportOutcome.New or ImportOutcome.Reparsed) trim?.Tick();
            }
            batch.Clear();
            clock.Restart();
        }
    }

    /// <summary>The first pass: each file read (bounded) and hashed in parallel, then, in input order, what to do with
    /// it: unchanged (stored from this parser version, or the same content earlier in this run), new, re-parse, or
    /// failed (unreadable). Only hashes are kept, not contents.</summary>
    static List<(ImportItem Item, Job Job)> Plan(List<Job> jobs, SourceReader reader, ImportOptions options)
    {
        var hashed = new (string? Sha, long Size, string Path, Finding? Failure, string? Known)[jobs.Count];
        Parallel.For(0, jobs.Count, new ParallelOptions { MaxDegreeOfParallelism = Math.Max(1, options.Workers) }, i =>
        {
            var year = jobs[i].Year;
            try
            {
                var (bytes, path) = reader.Read(jobs[i].Key);
                if (year == ByYear) year = YearHint.Of(bytes, jobs[i].Path);
                var sha = Convert.ToHexStringLower(SHA256.HashData(bytes));
                hashed[i] = (sha, bytes.LongLength, path, null, reader.KnownState(sha));
            }
            catch (InputException e)
            {
                if (year == ByYear) year = YearHint.Of(jobs[i].Path);
                hashed[i] = (null, 0, jobs[i].Path, e.Finding, null);
            }
            if (year != jobs[i].Year) jobs[i] = jobs[i] with { Year = year };
        });
        // Earlier years first (a stable sort: one year's files keep their order).
        if (jobs.Count > 0)
        {
            var byYear = Enumerable.Range(0, jobs.Count).OrderBy(i => jobs[i].Year).ToArray();
            hashed = byYear.Select(i => hashed[i]).ToArray();
            var sorted = byYear.Select(i => jobs[i]).ToList();
            jobs.Clear();
            jobs.AddRange(sorted);
        }
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var plan = new List<(ImportItem, Job)>(jobs.Count);
        for (var i = 0; i < jobs.Count; i++)
        {
            var h = hashed[i];
            var outcome = h.Sha is null ? ImportOutcome.Failed
                : !seen.Add(h.Sha) || h.Known == "current" && !options.Force ? ImportOutcome.Unchanged
                : h.Known is null ? ImportOutcome.New : ImportOutcome.Reparsed;
            var url = options.Urls is { } urls && urls.TryGetValue(Path.GetFullPath(h.Path), out var u) ? u : null;
            plan.Add((new ImportItem { Path = h.Path, Sha256 = h.Sha ?? "", Size = h.Size, Outcome = outcome, Failure = h.Failure, Url = url }, jobs[i]));
        }
        return plan;
    }

    /// <summary>A batch unit as a corpus row: the report and its findings, or the failure, with the bytes as read.</summary>
    static ImportItem ItemOf(ImportItem plan, ReviewUnit unit, (string Sha, byte[] Bytes)? read, CorpusPreviousYears previousYears, ImportOptions options)
    {
        var item = new ImportItem
        {
            Path = plan.Path, Sha256 = read?.Sha ?? plan.Sha256, Size = read?.Bytes.LongLength ?? plan.Size,
            Content = options.StoreContent ? read?.Bytes : null, Outcome = plan.Outcome, Url = plan.Url,
        };
        if (unit.Report is not { } report)
        {
            item.Outcome = ImportOutcome.Failed;
            item.Failure = unit.Findings.Count > 0 ? unit.Findings[0] : Finding.Create("NB-INPUT-FAILED", null, ("error", "no report"));
            if (read is null) item.Sha256 = "";   // nothing was read: nothing to record
            return item;
        }
        item.Report = report;
        item.Url ??= report.Url;
        item.Findings = unit.Findings;
        item.Agency = CorpusPreviousYears.Identity(report);
        (item.Scope, item.ScopeEvidence) = ReportScope.Infer(report, item.Agency);
        item.Previous = previousYears.GivenFor(report);
        item.PreviousSha = previousYears.PendingFor(report);
        item.Rows = ReportRows.Build(report, unit.Findings);
        // Once its rows are built the writer needs only the report's head and the findings' counts: they wait in the
        // queue, not every table and finding (what waits there outlives the young generation and fills the old one).
        item.Report = HeadOf(report);
        item.Counts = ReportRows.Counts(unit.Findings);
        item.Findings = null;
        return item;
    }

    /// <summary>What the reports row is written from (<see cref="CorpusWriter"/>): source, format, year, agency,
    /// profile, address and title.</summary>
    static Report HeadOf(Report r)
    {
        var head = new Report { Source = r.Source, Format = r.Format, Year = r.Year, Agency = r.Agency, Profile = r.Profile, Url = r.Url };
        if (r.Metadata.TryGetValue(Keys.Metadata.Title, out var title)) head.Metadata[Keys.Metadata.Title] = title;
        return head;
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

    /// <summary>Parses a file of the import. When digits ran together the parse asks for the same agency's previous
    /// year and the corpus answers, as it does for the cross-year rules (docs/run-together.md §3);
    /// <paramref name="asking"/> sees the report as read so far just before the look-up.</summary>
    static Report ParseWithPrevious(byte[] bytes, string path, CorpusPreviousYears previousYears, Action<Report>? asking, CancellationToken token) =>
        ReportParser.Parse(bytes, Path.GetFileName(path), previousYear: asked =>
        {
            asking?.Invoke(asked);
            return previousYears.Find(asked, token);
        });

    /// <summary>Checks again, until none is left, each report whose previous year is not the one it was checked against.</summary>
    static int FixCrossYear(CorpusDb db, CorpusWriter writer, ImportOptions options, SourceReader? reader = null)
    {
        var total = 0;
        using var own = reader is null ? new SourceReader(db, options) : null;
        reader ??= own!;
        using var previousYears = new CorpusPreviousYears(db);
        for (var pass = 0; pass < 10; pass++)
        {
            var stale = PreviousYears.Stale(reader.Connection);
            if (stale.Count == 0) break;
            foreach (var chunk in stale.Chunk(options.BatchSize))
            {
                var items = new List<ImportItem>();
                foreach (var (reportId, _) in chunk)
                {
                    if (reader.SourceOf(reportId) is not { } source) continue;
                    byte[] bytes;
                    string path;
                    try { (bytes, path) = reader.Read(source.Key); }
                    catch (InputException) { continue; }   // neither bytes stored nor the file: left as checked before
                    // Parsed again (read once) with the previous year now in the corpus: it may decide run-together
                    // digits it could not before.
                    var one = new BatchOptions
                    {
                        MaxParallelism = 1,
                        Previous = previousYears,
                        Parse = _ => ParseWithPrevious(bytes, path, previousYears, null, CancellationToken.None),
                    };
                    var unit = ReportBatch.Process(source.Key, one, previousYears, CancellationToken.None);
                    if (unit.Report is null) continue;
                    var plan = new ImportItem { Path = source.Path, Sha256 = "", Outcome = ImportOutcome.Reparsed, Recheck = true, ReportId = reportId };
                    var item = ItemOf(plan, unit, (Convert.ToHexStringLower(SHA256.HashData(bytes)), bytes), previousYears, options with { StoreContent = false });
                    items.Add(item);
                }
                total += writer.Write(items).Count;
            }
        }
        return total;
    }

    /// <summary>Reads what an import parses: a file from disk (bounded by the file-size limit) or a stored source's
    /// bytes from the corpus; and asks the corpus what it holds. One connection per thread.</summary>
    sealed class SourceReader(CorpusDb db, ImportOptions options) : IDisposable
    {
        readonly ThreadLocal<DbConnection> connections = new(db.Connect, trackAllValues: true);
        public DbConnection Connection => connections.Value!;

        public void Dispose()
        {
            foreach (var c in connections.Values) c.Dispose();
            connections.Dispose();
        }

        /// <exception cref="InputException">missing, unreadable, past the limit, or a stored source whose bytes are gone.</exception>
        public (byte[] Bytes, string Path) Read(string key)
        {
            if (!key.StartsWith(StoredKey, StringComparison.Ordinal)) return (ReportParser.ReadFile(key), key);
            var id = long.Parse(key[StoredKey.Length..], System.Globalization.CultureInfo.InvariantCulture);
            using var cmd = Db.Reused(Connection, null, "SELECT content, path, file_name FROM sources WHERE id = @id");
            Db.Param(cmd, "id", id);
            using var r = cmd.ExecuteReader();
            if (!r.Read()) throw new InputException("NB-INPUT-NOT-FOUND", ("path", key));
            var path = Db.Str(r, 1) ?? r.GetString(2);
            return r.IsDBNull(0) ? (ReportParser.ReadFile(path), path) : ((byte[])r.GetValue(0), path);
        }

        /// <summary>"current" when the content was parsed by this parser version, "stale" when by another or it
        /// failed, null when the corpus has never seen it.</summary>
        public string? KnownState(string sha)
        {
            using var cmd = Db.Reused(Connection, null, "SELECT status, parser_version FROM sources WHERE sha256 = @sha");
            Db.Param(cmd, "sha", sha);
            using var r = cmd.ExecuteReader();
            if (!r.Read()) return null;
            return r.GetString(0) == "parsed" && r.GetString(1) == options.ParserVersion ? "current" : "stale";
        }

        /// <summary>The stored source of a report, as a job.</summary>
        public Job? SourceOf(long reportId)
        {
            using var cmd = Db.Command(Connection, null, "SELECT s.id, s.path, s.file_name FROM reports r JOIN sources s ON s.id = r.source_id WHERE r.id = @id");
            Db.Param(cmd, "id", reportId);
            using var r = cmd.ExecuteReader();
            return r.Read() ? new Job(Db.Str(r, 1) ?? r.GetString(2), r.GetInt64(0), 0) : null;
        }
    }
}
