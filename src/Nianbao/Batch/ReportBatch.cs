using System.Runtime.CompilerServices;
using Nianbao.Checking;
using Nianbao.Model;
using Nianbao.Output;

namespace Nianbao.Batch;

/// <summary>
/// Parses (and checks) many report files across the machine's cores and hands the results back one by one, in
/// input order, as they are ready: at most <see cref="BatchOptions.Window"/> results are held at once, so a batch of
/// 100,000 files never sits in memory. One bad file never stops the batch: an unreadable input gives a unit with the
/// finding that says why, any unexpected exception a unit with NB-INPUT-FAILED (or NB-CHECK-FAILED), naming the
/// file. Cancelling stops the work between files.
/// </summary>
public static class ReportBatch
{
    /// <summary>The units of <paramref name="files"/>, in order, as they are ready.</summary>
    public static IEnumerable<ReviewUnit> Run(IReadOnlyList<string> files, BatchOptions? options = null, CancellationToken cancellationToken = default)
    {
        options ??= new BatchOptions();
        var previous = Lookup(files, options, cancellationToken);
        using var run = new Window(files, options, previous, cancellationToken);
        for (var i = 0; i < files.Count; i++) yield return run.Take(i);
    }

    /// <summary>The same as <see cref="Run"/>, for async callers (a web request, an import job).</summary>
    public static async IAsyncEnumerable<ReviewUnit> RunAsync(IReadOnlyList<string> files, BatchOptions? options = null,
        [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        options ??= new BatchOptions();
        var previous = await Task.Run(() => Lookup(files, options, cancellationToken), cancellationToken).ConfigureAwait(false);
        using var run = new Window(files, options, previous, cancellationToken);
        for (var i = 0; i < files.Count; i++) yield return await run.TakeAsync(i).ConfigureAwait(false);
    }

    /// <summary>One file's unit: parse, then check against the previous year; every failure stays in this unit.</summary>
    public static ReviewUnit Process(string file, BatchOptions options, IPreviousReportLookup? previous, CancellationToken cancellationToken)
    {
        Report report;
        try { report = options.ParseWith(file, previous, cancellationToken); }
        catch (InputException e) { return new ReviewUnit(file, null, [e.Finding]); }
        catch (Exception e) { return new ReviewUnit(file, null, [Failed("NB-INPUT-FAILED", e)]); }
        if (!options.Check) return new ReviewUnit(file, report, report.Findings);
        try
        {
            var before = previous?.Find(report, cancellationToken);
            return new ReviewUnit(file, report, ReportChecker.CheckOne(report, before, options.Template ?? Template.ReportTemplate.Embedded));
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested) { throw; }
        catch (Exception e) { return new ReviewUnit(file, report, [.. report.Findings, Failed("NB-CHECK-FAILED", e)]); }
    }

    static Finding Failed(string code, Exception e) => Finding.Create(code, null, ("error", $"{e.GetType().Name}: {e.Message}"));

    static IPreviousReportLookup? Lookup(IReadOnlyList<string> files, BatchOptions options, CancellationToken cancellationToken) =>
        options.Previous ?? (files.Count <= 1 ? null
            : options.Check ? InBatchPreviousReports.Index(files, options, cancellationToken)
            : new WhenNeeded(() => InBatchPreviousReports.Index(files, options, cancellationToken)));

    /// <summary>A parse-only batch pairs its years only when a report asks (digits run together): most batches never do,
    /// and then pay nothing for the first pass.</summary>
    sealed class WhenNeeded(Func<IPreviousReportLookup> index) : IPreviousReportLookup
    {
        readonly Lazy<IPreviousReportLookup> lookup = new(index);

        public Report? Find(Report report, CancellationToken cancellationToken) => lookup.Value.Find(report, cancellationToken);

        public Report? FindNext(Report report, CancellationToken cancellationToken) => lookup.Value.FindNext(report, cancellationToken);
    }

    /// <summary>
    /// Workers take the next file only while fewer than the window's size of results wait to be taken; result i goes
    /// to slot i mod size, which the caller has emptied by then (it takes results in order and frees one place each).
    /// </summary>
    sealed class Window : IDisposable
    {
        readonly IReadOnlyList<string> files;
        readonly BatchOptions options;
        readonly IPreviousReportLookup? previous;
        readonly TaskCompletionSource<ReviewUnit>[] slots;
        readonly SemaphoreSlim free;
        readonly CancellationTokenSource stop;
        readonly Task[] workers;
        int next = -1, done;

        public Window(IReadOnlyList<string> files, BatchOptions options, IPreviousReportLookup? previous, CancellationToken cancellationToken)
        {
            this.files = files;
            this.options = options;
            this.previous = previous;
            var size = Math.Min(options.WindowSize, Math.Max(1, files.Count));
            slots = new TaskCompletionSource<ReviewUnit>[size];
            for (var k = 0; k < size; k++) slots[k] = NewSlot();
            free = new SemaphoreSlim(size);
            stop = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
            workers = new Task[Math.Min(options.Workers, Math.Max(1, files.Count))];
            for (var w = 0; w < workers.Length; w++) workers[w] = Task.Factory.StartNew(Work, TaskCreationOptions.LongRunning);
        }

        static TaskCompletionSource<ReviewUnit> NewSlot() => new(TaskCreationOptions.RunContinuationsAsynchronously);

        void Work()
        {
            var token = stop.Token;
            try
            {
                while (true)
                {
                    free.Wait(token);
                    var i = Interlocked.Increment(ref next);
                    if (i >= files.Count) { free.Release(); return; }
                    var unit = Process(files[i], options, previous, token);
                    Volatile.Read(ref slots[i % slots.Length]).SetResult(unit);
                    options.Progress?.Report(new BatchProgress(Interlocked.Increment(ref done), files.Count, files[i]));
                }
            }
            catch (OperationCanceledException) { }
            catch (Exception e)
            {
                // Process keeps every failure inside its unit; anything here is a fault of the window itself.
                foreach (var s in slots) s.TrySetException(e);
            }
        }

        public ReviewUnit Take(int i)
        {
            stop.Token.ThrowIfCancellationRequested();
            var task = Volatile.Read(ref slots[i % slots.Length]).Task;
            try { task.Wait(stop.Token); }
            catch (AggregateException e) when (e.InnerException is not null) { throw e.InnerException; }
            return Taken(i, task.Result);
        }

        public async Task<ReviewUnit> TakeAsync(int i)
        {
            stop.Token.ThrowIfCancellationRequested();
            var unit = await Volatile.Read(ref slots[i % slots.Length]).Task.WaitAsync(stop.Token).ConfigureAwait(false);
            return Taken(i, unit);
        }

        ReviewUnit Taken(int i, ReviewUnit unit)
        {
            Volatile.Write(ref slots[i % slots.Length], NewSlot());
            free.Release();
            return unit;
        }

        /// <summary>Stops the workers (the caller may stop reading early) and waits for the file each is on.</summary>
        public void Dispose()
        {
            stop.Cancel();
            try { Task.WaitAll(workers); } catch (AggregateException) { }
            stop.Dispose();
            free.Dispose();
        }
    }
}
