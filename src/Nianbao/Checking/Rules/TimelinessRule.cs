using Nianbao.Model;
using Nianbao.Template;

namespace Nianbao.Checking.Rules;

/// <summary>
/// Timeliness (docs/format.md §5.7): the 发布日期 against the statutory deadline. Without a 发布日期 the 成文日期 is used
/// only to prove lateness (a report cannot be published before it is written). Art. 49 has no weekend extension;
/// up to <c>graceDays</c> late is a warning (NB-TIME-LATE-GRACE), later is an error (NB-TIME-LATE).
/// </summary>
[RuleCodes("NB-TIME-LATE", "NB-TIME-LATE-GRACE", Family = "Timeliness (docs/format.md §5.7)", Order = 11)]
internal sealed class TimelinessRule : IReportRule
{
    public IEnumerable<Finding> Check(CheckContext context)
    {
        var report = context.Report;
        var template = context.Template;
        if (TimelinessDeadline.For(report, template.Naming) is not { } deadline) yield break;
        var (field, kind) = report.Metadata.TryGetValue(Keys.Metadata.Published, out var p) ? (p, Keys.Metadata.Published)
            : report.Metadata.TryGetValue(Keys.Metadata.Written, out var w) ? (w, Keys.Metadata.Written) : (null, null);
        if (field is null || !DateOnly.TryParseExact(field.Value.Length >= 10 ? field.Value[..10] : field.Value, "yyyy-MM-dd",
                System.Globalization.CultureInfo.InvariantCulture, System.Globalization.DateTimeStyles.None, out var date)) yield break;
        var late = date.DayNumber - deadline.Date.DayNumber;
        if (late <= 0) yield break;
        var code = late <= template.Naming.Deadlines.GraceDays ? "NB-TIME-LATE-GRACE" : "NB-TIME-LATE";
        yield return Finding.Create(code, new FindingLocation { Source = field.Source },
            ("date", date.ToString("yyyy-MM-dd")), ("date_kind", kind), ("date_label", template.MetadataLabelOf(kind!)), ("deadline", deadline.Date.ToString("yyyy-MM-dd")),
            ("days", late), ("basis", deadline.Basis), ("type", report.Profile?.Type), ("level", report.Profile?.Level));
    }
}
