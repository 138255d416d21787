using Nianbao.Checking;
using Nianbao.Model;

namespace Nianbao.Batch;

/// <summary>
/// The previous-year reports a batch finds among its own files, with bounded memory. A first pass reads only each
/// file's agency and year (<see cref="ReportParser.IdentifyFile"/>: the head of the report, not its tables) and keeps
/// that small index; when a report is checked, its previous year is parsed again from its file, through a small cache,
/// so no more than a few reports are held however large the batch. The previous year is the first file in input
/// order, readable, with the same agency key (<see cref="PreviousReports.AgencyKey(Report)"/>) and the year before: the same
/// pairing as <see cref="ReportChecker.CheckBatch"/>.
/// </summary>
public sealed class InBatchPreviousReports : IPreviousReportLookup
{
    readonly IReadOnlyList<string> files;
    readonly Func<string, Report> parse;
    readonly Dictionary<(string Agency, int Year), List<int>> byAgencyYear;
    readonly Dictionary<int, Lazy<Report?>> cache = [];
    readonly LinkedList<int> recent = new();
    readonly int capacity;

    InBatchPreviousReports(IReadOnlyList<string> files, Func<string, Report> parse, Dictionary<(string, int), List<int>> index, int capacity)
    {
        this.files = files;
        this.parse = parse;
        byAgencyYear = index;
        this.capacity = capacity;
    }

    /// <summary>Files that are some other file's previous year: how many of the batch pair up.</summary>
    public int Pairs { get; private set; }

    /// <summary>The first pass over <paramref name="files"/>, in parallel; an unreadable file simply has no key.</summary>
    public static InBatchPreviousReports Index(IReadOnlyList<string> files, BatchOptions options, CancellationToken cancellationToken)
    {
        var keys = new (string Agency, int Year)?[files.Count];
        var done = 0;
        Parallel.For(0, files.Count, new ParallelOptions { MaxDegreeOfParallelism = options.Workers, CancellationToken = cancellationToken }, i =>
        {
            try
            {
                var (agency, year) = ReportParser.IdentifyFile(files[i], options.Limits);
                if (year is int y && PreviousReports.AgencyKey(agency) is { } key) keys[i] = (key, y);
            }
            catch (Exception e) when (e is not OperationCanceledException) { }
            options.IndexProgress?.Report(new BatchProgress(Interlocked.Increment(ref done), files.Count, files[i]));
        });
        var index = new Dictionary<(string, int), List<int>>();
        for (var i = 0; i < keys.Length; i++)
            if (keys[i] is { } k)
            {
                if (!index.TryGetValue(k, out var list)) index[k] = list = [];
                list.Add(i);
            }
        var lookup = new InBatchPreviousReports(files, options.ParseFile, index, 4 * options.Workers);
        lookup.Pairs = index.Count(e => index.ContainsKey((e.Key.Item1, e.Key.Item2 + 1)));
        return lookup;
    }

    /// <summary>The first readable file of the batch with the same agency key and the year before, parsed again (through the cache); null when there is none or the report has no agency or year.</summary>
    public Report? Find(Report report, CancellationToken cancellationToken) => Year(report, -1, cancellationToken);

    /// <summary>The same for the year after (to split run-together digits, docs/run-together.md §3).</summary>
    public Report? FindNext(Report report, CancellationToken cancellationToken) => Year(report, 1, cancellationToken);

    Report? Year(Report report, int offset, CancellationToken cancellationToken)
    {
        if (report.Year is not int y || PreviousReports.AgencyKey(report.Agency) is not { } key || !byAgencyYear.TryGetValue((key, y + offset), out var candidates))
            return null;
        foreach (var i in candidates)
        {
            cancellationToken.ThrowIfCancellationRequested();
            // Reread through the same parse the batch uses; its agency and year must agree with the index.
            if (Get(i) is { } p && p.Year == y + offset && PreviousReports.AgencyKey(p.Agency) == key) return p;
        }
        return null;
    }

    Report? Get(int i)
    {
        Lazy<Report?> entry;
        lock (cache)
        {
            if (cache.TryGetValue(i, out entry!)) { recent.Remove(i); recent.AddFirst(i); }
            else
            {
                entry = new Lazy<Report?>(() =>
                {
                    try { return parse(files[i]); }
                    catch (Exception) { return null; }
                });
                cache[i] = entry;
                recent.AddFirst(i);
                if (recent.Count > capacity)
                {
                    cache.Remove(recent.Last!.Value);
                    recent.RemoveLast();
                }
            }
        }
        return entry.Value;
    }
}
