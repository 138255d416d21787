using Nianbao.Model;
using Nianbao.Template;

namespace Nianbao.Checking;

/// <summary>
/// The identities that apply to one report: for each national table read, the template's identities of that
/// table in the table's own layout (a hybrid report is checked table by table, docs/format.md §3.4). Free-form
/// reports before 2019 have none (§4).
/// </summary>
internal static class ReportIdentities
{
    public static IReadOnlyList<LinearIdentity> Of(Report report, ReportTemplate template)
    {
        if (!template.HasTables(report.Format)) return [];
        var result = new List<LinearIdentity>();
        foreach (var (key, table) in report.Tables)
            result.AddRange(template.IdentitiesFor(table.Layout).Where(i => i.Table == key));
        return result;
    }
}
