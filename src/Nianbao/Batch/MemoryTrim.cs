namespace Nianbao.Batch;

/// <summary>
/// Keeps a long run's peak memory flat. A batch streams (about 4 MB of live objects at any point of a 20,000-file
/// run, docs/benchmarks.md), but the GC otherwise lets its budget, and the process's memory, grow with the run's
/// length: what waits between a worker and its consumer (an import's queued reports until their commit) outlives the
/// young generations and dies in the old one, which is collected only when its budget, grown with the run, is spent.
/// One full, compacting collection per 1,000 files costs a few milliseconds against seconds of work. Used by the
/// command line's parse and check and by the corpus import (so the web app's upload import has it too).
/// </summary>
public sealed class MemoryTrim
{
    const int Every = 1000;
    int seen;

    /// <summary>Once, when the run starts (after its file list or plan is made): that garbage is collected first.</summary>
    public MemoryTrim() => Collect();

    static void Collect() => GC.Collect(2, GCCollectionMode.Forced, blocking: true, compacting: true);

    /// <summary>Counts one file done; every 1,000th collects.</summary>
    public void Tick()
    {
        if (++seen % Every == 0) Collect();
    }
}
