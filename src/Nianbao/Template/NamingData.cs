using System.Text.Json.Serialization;

namespace Nianbao.Template;

/// <summary>An administrative unit suffix of a place name and the government level it implies.</summary>
/// <param name="Unit">The suffix as printed (省, 自治州, 县…).</param>
/// <param name="Level">The level key it implies (provincial, city…).</param>
public sealed record PlaceUnit(string Unit, string Level);

/// <summary>The statutory publication deadlines (month-day of the following year) and the days of grace.</summary>
public sealed record DeadlineData(string Department, string Government, string Before2019, int GraceDays, IReadOnlyList<string> StatutoryLevels);

/// <summary>agency.json: naming facts for the issuer profile (docs/format.md §5.7) and the statutory deadlines.</summary>
public sealed record NamingData(
    [property: JsonPropertyName("$comment")] string? Comment,
    IReadOnlyList<string> GovernmentSuffixes, IReadOnlyList<string> TownshipSuffixes, IReadOnlyList<string> DepartmentSuffixes,
    IReadOnlyList<PlaceUnit> PlaceUnits, IReadOnlyList<string> Municipalities, IReadOnlyList<string> NationalPrefixes,
    IReadOnlyList<string> NotInPlace, IReadOnlyList<string> NotPlace, int MaxPlaceName, DeadlineData Deadlines);
