using Nianbao.Model;

namespace Nianbao.Output;

/// <summary>
/// One unit of a review (问题清单): an input file, its report when it could be read, and every finding on it
/// (extraction and checking; for an unreadable input, the one finding that says why).
/// </summary>
public sealed record ReviewUnit(string File, Report? Report, IReadOnlyList<Finding> Findings)
{
    /// <summary>True when the input could be read as a report (<see cref="Report"/> is not null).</summary>
    public bool Readable => Report is not null;
    /// <summary>Number of error findings.</summary>
    public int Errors => Count(Severity.Error);
    /// <summary>Number of warning findings.</summary>
    public int Warnings => Count(Severity.Warning);
    /// <summary>Number of info findings.</summary>
    public int Infos => Count(Severity.Info);

    int Count(Severity s)
    {
        var n = 0;
        foreach (var f in Findings) if (f.Severity == s) n++;
        return n;
    }
}
