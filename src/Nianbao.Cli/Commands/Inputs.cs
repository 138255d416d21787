using Nianbao.Batch;
using Nianbao.Cli.Rendering;
using Nianbao.Model;
using Spectre.Console;

namespace Nianbao.Cli.Commands;

/// <summary>What parse and check share around the library's batch: finding the inputs, saying what was skipped or
/// missing, the one-line message for an unreadable file, and the progress bar.</summary>
static class Inputs
{
    /// <summary>The inputs of a run; null (after saying why on stderr) when there is no report to read at all.</summary>
    public static DiscoveredInputs? Discover(string[] args, string lang)
    {
        var found = InputDiscovery.Discover(args);
        foreach (var n in found.Notices.Where(n => !n.Fatal || found.NothingFound))
            Console.Error.WriteLine(Describe(n.Path, n.Finding, lang));
        // Nothing to read: every input said why on its own line (not found, not a regular file, a folder without a report).
        return found.NothingFound ? null : found;
    }

    /// <summary>Inputs named on the command line that could not be read (missing, not a regular file): units of their own.</summary>
    public static IEnumerable<InputNotice> Fatal(DiscoveredInputs found) => found.Notices.Where(n => n.Fatal);

    /// <summary>The one-line message for an input that could not be read: file, then what is wrong.</summary>
    public static string Describe(string file, Finding f, string lang) => SafeText.Clean($"{file}: {f.Message(lang)} [{f.Code}]");

    /// <summary>Runs <paramref name="work"/> under a progress bar on stderr when there is more than one file
    /// (milestone lines when stderr is not a terminal).</summary>
    public static void WithProgress(int files, string label, Action<IProgress<BatchProgress>?> work)
    {
        if (files <= 1)
        {
            work(null);
            return;
        }
        Consoles.Stderr().Progress()
            .Columns(new TaskDescriptionColumn(), new ProgressBarColumn(), new PercentageColumn(), new RemainingTimeColumn(), new SpinnerColumn())
            .Start(ctx =>
            {
                var task = ctx.AddTask(SafeText.Markup(label), maxValue: files);
                work(new Progress(task));
            });
    }

    /// <summary>Counts straight into the Spectre task (thread-safe), not through a SynchronizationContext.</summary>
    sealed class Progress(ProgressTask task) : IProgress<BatchProgress>
    {
        public void Report(BatchProgress value) => task.Increment(1);
    }
}
