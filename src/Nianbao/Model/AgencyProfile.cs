namespace Nianbao.Model;

/// <summary>
/// What kind of body issued the report, inferred from its name (docs/format.md §5.7): Type is "government" (人民政府),
/// "department" (局/委/办/厅…), "township" (乡/镇/街道) or null; Level is "national", "provincial", "city",
/// "county", "township" or null. Evidence names the part of the name that decided it.
/// </summary>
public sealed record AgencyProfile(string? Type, string? Level, string Evidence);
