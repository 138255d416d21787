using Nianbao.Model;
using Nianbao.Template;

namespace Nianbao.Checking.Rules;

/// <summary>
/// The statutory publication deadline of a report (docs/format.md §5.7): before 2019 every agency by 3月31日 (2007 条例
/// art. 31); from the 2019 report on, departments at county level and above by 1月31日 (2019 条例 art. 49 ¶1) and
/// people's governments at county level and above by 3月31日 (art. 49 ¶2). 乡镇 and 街道 have no statutory deadline,
/// nor does an issuer whose type or level the name does not tell.
/// </summary>
internal static class TimelinessDeadline
{
    public sealed record Deadline(DateOnly Date, string Basis);

    public static Deadline? For(Report report, NamingData naming)
    {
        if (report.Year is not int y) return null;
        var d = naming.Deadlines;
        if (y <= 2018) return new(Date(y + 1, d.Before2019), "2007年条例第三十一条");
        if (report.Profile is not { Level: { } level } profile || !d.StatutoryLevels.Contains(level)) return null;
        return profile.Type switch
        {
            "department" => new(Date(y + 1, d.Department), "条例第四十九条第一款"),
            "government" => new(Date(y + 1, d.Government), "条例第四十九条第二款"),
            _ => null,
        };
    }

    static DateOnly Date(int year, string monthDay) =>
        DateOnly.ParseExact($"{year:D4}-{monthDay}", "yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
}
