using System.Text.RegularExpressions;

namespace Nianbao.Tests.Corpus;

/// <summary>
/// Many distinct reports made from the five samples: each sample's place renamed per agency (临夏市 → 临夏三七市,
/// Chinese numerals so no digit enters the name) and its years shifted, so the folder holds several agencies over
/// consecutive years (cross-year pairs included). Test data only.
/// </summary>
static class SyntheticCorpus
{
    static readonly (string File, string[] Places, int Year)[] Seeds =
    [
        ("linxia-city-2023.txt", ["临夏市"], 2023),
        ("lhasa-city-2021.txt", ["拉萨市", "拉薩市"], 2021),
        ("erkou-township-2023.txt", ["耳口乡"], 2023),
        ("maiji-service-bureau-2022.txt", ["麦积区"], 2022),
        ("sifangtai-district-2023.txt", ["四方台区"], 2023),
    ];

    const string Numerals = "零一二三四五六七八九";

    public static List<string> Write(string dir, int agencies, int[] years)
    {
        Directory.CreateDirectory(dir);
        var files = new List<string>();
        foreach (var (file, places, year) in Seeds)
        {
            var text = File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "samples", file));
            for (var k = 0; k < agencies; k++)
            {
                var tag = string.Concat(k.ToString(System.Globalization.CultureInfo.InvariantCulture).Select(d => Numerals[d - '0']));
                var renamed = places.Aggregate(text, (s, p) => s.Replace(p, p[..^1] + tag + p[^1..]));
                foreach (var y in years)
                {
                    var shifted = Regex.Replace(renamed, "20[12][0-9]", m =>
                    {
                        var v = int.Parse(m.Value, System.Globalization.CultureInfo.InvariantCulture);
                        return v >= year - 2 && v <= year + 1 ? (v - year + y).ToString(System.Globalization.CultureInfo.InvariantCulture) : m.Value;
                    });
                    var path = Path.Combine(dir, $"{Path.GetFileNameWithoutExtension(file)}-{k}-{y}.txt");
                    File.WriteAllText(path, shifted);
                    files.Add(path);
                }
            }
        }
        return files;
    }
}
