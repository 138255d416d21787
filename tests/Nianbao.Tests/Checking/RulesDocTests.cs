using System.Runtime.CompilerServices;
using Nianbao.Checking;
using Nianbao.Model;
using Nianbao.Template;

namespace Nianbao.Tests.Checking;

/// <summary>docs/rules.md is generated from the rule definitions; this test fails when it drifts.
/// Regenerate with: NIANBAO_WRITE_DOCS=1 dotnet test --filter RulesDoc</summary>
public class RulesDocTests
{
    static string RepoFile(string relative, [CallerFilePath] string here = "") =>
        Path.GetFullPath(Path.Combine(Path.GetDirectoryName(here)!, "../../..", relative));

    [Fact]
    public void RulesDoc_matches_the_rule_definitions()
    {
        var path = RepoFile("docs/rules.md");
        var text = RulesDocument.Generate(ReportTemplate.Embedded);
        if (Environment.GetEnvironmentVariable("NIANBAO_WRITE_DOCS") == "1") File.WriteAllText(path, text);
        Assert.True(File.Exists(path), $"{path} is missing; run {RulesDocument.RegenerateCommand}");
        Assert.True(File.ReadAllText(path) == text, $"docs/rules.md is out of date; run {RulesDocument.RegenerateCommand}");
    }

    [Fact]
    public void RulesDoc_covers_every_template_identity_and_every_rule_code()
    {
        var text = RulesDocument.Generate(ReportTemplate.Embedded);
        foreach (var id in ReportTemplate.Embedded.Identities)
            Assert.Contains($"| `{id.Code}` | error | {FindingCatalog.All[id.Code].Title} | {id.Formula}", text);
        foreach (var code in RuleRegistry.Rules.SelectMany(r => r.GetType().GetCustomAttributes(typeof(RuleCodesAttribute), false))
                     .Cast<RuleCodesAttribute>().SelectMany(a => a.Codes))
        {
            Assert.Contains($"| `{code}` |", text);
            Assert.NotNull(RuleText.Of(code).Reason);
        }
    }
}
