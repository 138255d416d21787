using System.Collections.Concurrent;
using Nianbao.Model;

namespace Nianbao.Checking;

/// <summary>
/// The identities that apply to one report: for each national table read, the template's identities of that
/// table in the table's own layout (a hybrid report is checked table by table, format.md §3.4). Free-form
/// reports before 2019 have none (§4).
/// </summary>
public static class ReportIdentities
{
    static readonly ConcurrentDictionary<string, IReadOnlyList<LinearIdentity>> ByFormat = new();

    public static IReadOnlyList<LinearIdentity> Of(Report report)
    {
        if (report.Format is "legacy") return [];
        var result = new List<LinearIdentity>();
        foreach (var (key, table) in report.Tables)
            result.AddRange(ByFormat.GetOrAdd(table.Layout, f => Identities.For(f)).Where(i => i.Table == key));
        return result;
    }
}
