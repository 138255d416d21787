using System.Text.Json.Serialization;

namespace Nianbao.Template;

/// <summary>An administrative unit suffix of a place name and the government level it implies.</summary>
/// <param name="Unit">The suffix as printed (省, 自治州, 县…).</param>
/// <param name="Level">The level key it implies (provincial, city…).</param>
public sealed record PlaceUnit(string Unit, string Level);

/// <summary>The statutory publication deadlines (month-day of the following year) and the days of grace.</summary>
public sealed record DeadlineData(string Department, string Government, string Before2019, int GraceDays, IReadOnlyList<string> StatutoryLevels);

/// <summary>A printed label in Chinese and English.</summary>
/// <param name="Zh">The Chinese label.</param>
/// <param name="En">The English label.</param>
public sealed record LabelText(string Zh, string En)
{
    /// <summary>The label in <paramref name="lang"/> ("en", else Chinese).</summary>
    /// <param name="lang">"en" or "zh".</param>
    /// <returns>The label.</returns>
    public string In(string lang) => lang == "en" ? En : Zh;
}

/// <summary>The labels of the issuer types, levels and report scopes (agency.json "labels"), by key.</summary>
/// <param name="Type">Issuer types (government, department, township).</param>
/// <param name="Level">Levels (national … township).</param>
/// <param name="Scope">Report scopes (own = 本级, summary = 汇总).</param>
public sealed record NamingLabels(IReadOnlyDictionary<string, LabelText> Type, IReadOnlyDictionary<string, LabelText> Level, IReadOnlyDictionary<string, LabelText> Scope)
{
    /// <summary>The label of <paramref name="key"/> in <paramref name="labels"/>, in <paramref name="lang"/>; the key itself when it has none, null for null.</summary>
    /// <param name="labels">One of <see cref="Type"/>, <see cref="Level"/>, <see cref="Scope"/>.</param>
    /// <param name="key">The key (may be null).</param>
    /// <param name="lang">"en" or "zh".</param>
    /// <returns>The label, the key, or null.</returns>
    public static string? Of(IReadOnlyDictionary<string, LabelText> labels, string? key, string lang) =>
        key is null ? null : labels.TryGetValue(key, out var l) ? l.In(lang) : key;
}

/// <summary>agency.json: naming facts for the issuer profile (docs/format.md §5.7), the statutory deadlines, and
/// the labels of types, levels and scopes.</summary>
public sealed record NamingData(
    [property: JsonPropertyName("$comment")] string? Comment,
    IReadOnlyList<string> GovernmentSuffixes, IReadOnlyList<string> TownshipSuffixes, IReadOnlyList<string> DepartmentSuffixes,
    IReadOnlyList<PlaceUnit> PlaceUnits, IReadOnlyList<string> Municipalities, IReadOnlyList<string> NationalPrefixes,
    IReadOnlyList<string> NotInPlace, IReadOnlyList<string> NotPlace, int MaxPlaceName, DeadlineData Deadlines, NamingLabels Labels);
