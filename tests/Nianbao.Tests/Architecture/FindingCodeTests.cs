using System.Text.RegularExpressions;
using Nianbao.Model;

namespace Nianbao.Tests.Architecture;

/// <summary>Every finding code the source names is defined in the catalog data (severity, zh and en message), so no
/// code can reach a user as a bare id or throw when its message is formatted.</summary>
public class FindingCodeTests
{
    [Fact]
    public void Every_code_named_in_the_source_is_in_the_catalog()
    {
        var named = RepoFiles.SourceFiles()
            .SelectMany(f => Regex.Matches(File.ReadAllText(f), "\"(NB-[A-Z0-9]+(?:-[A-Z0-9]+)*)\"").Select(m => (File: f, Code: m.Groups[1].Value)))
            .ToList();
        Assert.True(named.Count > 40, $"only {named.Count} codes found: the scan is broken");
        var missing = named.Where(n => !FindingCatalog.All.ContainsKey(n.Code))
            .Select(n => $"{Path.GetRelativePath(RepoFiles.Root(), n.File)}: {n.Code}").Distinct().ToList();
        Assert.True(missing.Count == 0, "codes not in the catalog:\n" + string.Join("\n", missing));
    }

    [Fact]
    public void Every_catalog_entry_has_both_languages()
    {
        var bad = FindingCatalog.All.Where(e => string.IsNullOrWhiteSpace(e.Value.Zh) || string.IsNullOrWhiteSpace(e.Value.En))
            .Select(e => e.Key).ToList();
        Assert.Empty(bad);
    }
}
