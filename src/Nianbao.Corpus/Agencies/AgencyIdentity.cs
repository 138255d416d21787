
namespace Nianbao.Corpus.Agencies;

/// <summary>
/// Who issued a report, as the corpus identifies it across years and spellings (docs/corpus.md "Agencies").
/// Key: the name made comparable (traditional → simplified, full → half width, spaces and punctuation dropped,
/// 人民政府 → 政府, a bare place name → its 政府), and when the place resolves to an administrative division the
/// key is that division's code plus the body (620503|政务服务管理局), so 拉萨市人民政府, 拉萨市政府 and
/// 西藏自治区拉萨市人民政府 are one agency.
/// </summary>
public sealed record AgencyIdentity(string Key, string Name, string? Type, string? Level, Division? Region)
{
    /// <summary>The identity of a report's agency: its printed name, helped by the 发文机关 metadata (贵溪耳口乡) when
    /// the name alone does not resolve to a division.</summary>
    public static AgencyIdentity? Of(string? name, string? issuer = null)
    {
        if (string.IsNullOrWhiteSpace(name)) return null;
        var comparable = Comparable(name);
        if (comparable.Length == 0) return null;
        var profile = ReportParser.ProfileOf(comparable);
        var region = Divisions.Resolve(comparable, out var consumed);
        var body = Body(comparable[consumed..]);
        if (region is null && issuer is { Length: > 0 } && Comparable(issuer) is { Length: > 0 } other)
        {
            var fromIssuer = Divisions.Resolve(other, out var used);
            // The issuer names the same body with more of its place (贵溪耳口乡 for 耳口乡).
            if (fromIssuer is not null && other.EndsWith(comparable, StringComparison.Ordinal))
            {
                region = fromIssuer;
                body = Body(other[used..]);
            }
        }
        var key = region is not null ? $"{region.Code}|{body}" : (consumed > 0 ? comparable[..consumed] : "") + body;
        return new AgencyIdentity(key, name.Trim(), profile.Type, profile.Level, region);
    }

    const string Government = "政府";

    /// <summary>The key of an area's people's government.</summary>
    public static string GovernmentKey(string regionCode) => $"{regionCode}|{Government}";

    /// <summary>Simplified, half width, no whitespace or punctuation.</summary>
    public static string Comparable(string name) => ReportParser.Comparable(name);

    /// <summary>The body after the place names: 人民政府 → 政府; nothing (a bare place name) → 政府.</summary>
    static string Body(string rest)
    {
        if (rest.Length == 0 || rest == "人民" + Government) return Government;
        return rest.Replace("人民" + Government, Government, StringComparison.Ordinal);
    }
}
