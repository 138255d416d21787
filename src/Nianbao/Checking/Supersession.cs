using Nianbao.Model;

namespace Nianbao.Checking;

/// <summary>
/// Findings that replace others: a 2019 report without the trial format gets an info instead of the
/// extraction stage's missing-table errors (format.md §3.4: the 2019 format was only encouraged).
/// </summary>
static class Supersession
{
    static readonly Dictionary<string, string[]> Replaces = new()
    {
        ["NB-S-VERSION-FREEFORM"] = ["NB-S-TABLE"],
    };

    public static List<Finding> Apply(List<Finding> findings)
    {
        var dropped = findings.Where(f => Replaces.ContainsKey(f.Code)).SelectMany(f => Replaces[f.Code]).ToHashSet();
        return dropped.Count == 0 ? findings : findings.Where(f => !dropped.Contains(f.Code)).ToList();
    }
}
