using Nianbao.Batch;
using Nianbao.Model;

namespace Nianbao.Cli.Commands;

/// <summary>Reports read from files, folders and globs for the commands that analyse them (stats, rollup): each
/// unreadable input said on stderr and counted, the others read on.</summary>
sealed class ReportFiles
{
    /// <summary>Inputs that could not be read.</summary>
    public int Failed { get; private set; }

    /// <summary>The reports, in input order; null when nothing at all was found (said on stderr).</summary>
    public IEnumerable<Report>? Read(string[] args, string lang)
    {
        if (Inputs.Discover(args, lang) is not { } found) return null;
        foreach (var n in Inputs.Fatal(found)) { Console.Error.WriteLine(Inputs.Describe(n.Path, n.Finding, lang)); Failed++; }
        return Stream(found, lang);
    }

    IEnumerable<Report> Stream(DiscoveredInputs found, string lang)
    {
        foreach (var u in ReportBatch.Run(found.Files, new BatchOptions { Check = false }))
            if (u.Report is { } r) yield return r;
            else { Console.Error.WriteLine(Inputs.Describe(u.File, u.Findings[0], lang)); Failed++; }
    }
}
