using Nianbao.Model;
using Nianbao.Normalizing;

namespace Nianbao.Checking;

/// <summary>Pairs each report with the same agency's report on the year before, when the batch has it
/// (docs/format.md §5.4). Agencies compare by label key: simplified, half-width, spaces and punctuation removed.</summary>
internal static class PreviousReports
{
    public static string? AgencyKey(Report r) => AgencyKey(r.Agency);

    public static string? AgencyKey(string? agency) => string.IsNullOrWhiteSpace(agency) ? null : LabelKey.OfPrinted(agency);

    public static Func<Report, Report?> Index(IReadOnlyList<Report> reports)
    {
        var byAgencyYear = new Dictionary<(string, int), Report>();
        foreach (var r in reports)
            if (AgencyKey(r) is { } key && r.Year is int y)
                byAgencyYear.TryAdd((key, y), r);
        return r => AgencyKey(r) is { } key && r.Year is int y && byAgencyYear.TryGetValue((key, y - 1), out var p) ? p : null;
    }
}
