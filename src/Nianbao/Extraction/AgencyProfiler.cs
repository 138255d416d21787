using Nianbao.Model;
using Nianbao.Template;

namespace Nianbao.Extraction;

/// <summary>
/// Infers the issuer's type and level from its name (docs/format.md §5.7): 人民政府 → government, 乡/镇/街道 (or their
/// 人民政府) → township, 局/委/办/厅/中心… → department; a bare place name (四方台区) is taken as that place's
/// people's government, whose report it is by art. 49 ¶2. Level from the last place unit of the name
/// (省/自治区/直辖市 → provincial, 市/州/盟 → city, 县/区/旗 → county, 乡/镇/街道 → township; 国务院/国家… → national).
/// Names alone cannot tell a county-level 市 from a prefecture-level one: 市 is read as city. Naming data in
/// the template's agency.json.
/// </summary>
internal static class AgencyProfiler
{
    /// <summary>The profile from the report's agency name, completed from the 发文机关 metadata when the name leaves
    /// type or level open; null when neither name is known.</summary>
    public static AgencyProfile? Profile(Report report, NamingData naming)
    {
        var fromAgency = report.Agency is { Length: > 0 } a ? Of(a, naming) : null;
        var issuer = report.Metadata.TryGetValue(Keys.Metadata.Issuer, out var m) ? Of(Normalizing.TextNormalizer.ForMatching(m.Value).Trim(), naming) : null;
        if (fromAgency is null) return issuer;
        if (issuer is null || fromAgency.Type is not null && fromAgency.Level is not null) return fromAgency;
        return new AgencyProfile(fromAgency.Type ?? issuer.Type, fromAgency.Level ?? issuer.Level,
            $"{fromAgency.Evidence}; 发文机关: {issuer.Evidence}");
    }

    public static AgencyProfile Of(string name, NamingData naming)
    {
        var d = naming;
        name = name.Trim();
        var places = Places(name, naming, out var consumed);
        var level = places.Count > 0 ? places[^1] : default;
        string? levelKey = level.Level;
        var levelEvidence = level.Name is null ? null : $"{level.Name} → {levelKey}";
        if (level.Name is not null && places.Count > 0 && d.Municipalities.Contains(places[^1].Name!))
            (levelKey, levelEvidence) = ("provincial", $"{level.Name} → provincial (直辖市)");
        if (places.Count == 0 && d.NationalPrefixes.FirstOrDefault(p => name.StartsWith(p, StringComparison.Ordinal)) is { } national)
            (levelKey, levelEvidence) = ("national", $"{national} → national");

        string? type = null;
        string? typeEvidence = null;
        if (d.GovernmentSuffixes.FirstOrDefault(s => name.EndsWith(s, StringComparison.Ordinal)) is { } gov)
            (type, typeEvidence) = levelKey == "township" ? ("township", $"{gov} of a 乡/镇 → township") : ("government", $"{gov} → government");
        else if (levelKey == "township" && d.TownshipSuffixes.FirstOrDefault(s => name.EndsWith(s, StringComparison.Ordinal)) is { } town)
            (type, typeEvidence) = ("township", $"{town} → township");
        else if (d.DepartmentSuffixes.FirstOrDefault(s => name.EndsWith(s, StringComparison.Ordinal)) is { } dept)
        {
            (type, typeEvidence) = ("department", $"{dept} → department");
            if (places.Count == 0 && levelKey is null && name.EndsWith('部')) (levelKey, levelEvidence) = ("national", "部 without a place → national");
        }
        else if (consumed == name.Length && places.Count > 0)
            (type, typeEvidence) = ("government", $"bare place name {name} → its people's government");

        var evidence = string.Join("; ", new[] { typeEvidence, levelEvidence }.Where(e => e is not null));
        return new AgencyProfile(type, levelKey, $"{name}: {(evidence.Length > 0 ? evidence : "no naming evidence")}");
    }

    /// <summary>The chain of place names at the start of <paramref name="name"/>, and how many characters it covers.</summary>
    static List<(string? Name, string? Level)> Places(string name, NamingData d, out int consumed)
    {
        var result = new List<(string?, string?)>();
        var pos = 0;
        while (pos < name.Length)
        {
            var found = false;
            for (var k = pos + 1; k < name.Length && k - pos <= d.MaxPlaceName; k++)
            {
                var segment = name[pos..k];
                if (d.NotInPlace.Any(w => segment.Contains(w, StringComparison.Ordinal))) break;
                var unit = d.PlaceUnits.FirstOrDefault(u => string.CompareOrdinal(name, k, u.Unit, 0, u.Unit.Length) == 0);
                if (unit is null) continue;
                var place = name[pos..(k + unit.Unit.Length)];
                if (d.NotPlace.Any(w => place.EndsWith(w, StringComparison.Ordinal))) continue;
                result.Add((place, unit.Level));
                pos = k + unit.Unit.Length;
                found = true;
                break;
            }
            if (!found) break;
        }
        consumed = pos;
        return result;
    }
}
