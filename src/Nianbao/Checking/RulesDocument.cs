using System.Reflection;
using System.Text;
using Nianbao.Model;
using Nianbao.Template;

namespace Nianbao.Checking;

/// <summary>
/// Generates docs/rules.md from the rule definitions: the rule classes' codes, the template's identities (their
/// formulas) and the finding catalogs (severity, title, formula, reason). A test compares the committed file with
/// this text, so the document cannot drift from the code.
/// </summary>
internal static class RulesDocument
{
    public const string RegenerateCommand = "NIANBAO_WRITE_DOCS=1 dotnet test --filter RulesDoc";

    public static string Generate(ReportTemplate template)
    {
        var sb = new StringBuilder();
        sb.Append("# 核查规则 / Check rules\n\n");
        sb.Append("<!-- Generated from the rule classes (src/Nianbao/Checking/Rules), the template identities and the finding catalogs. ")
          .Append($"Do not edit by hand; regenerate with `{RegenerateCommand}`. -->\n\n");
        sb.Append("Every rule of docs/format.md §5 that `nianbao check` runs: its stable finding code, severity, formula and reason. ")
          .Append("Blank cells count as 0 for the arithmetic and are reported separately (docs/format.md §5.0). ")
          .Append("Identity errors carry `left`, `right`, `difference`, every involved cell with its source, and a repair hint ")
          .Append("(`hint` and a structured `suggestion`: one wrong cell, a number split across two cells or two merged into one, ")
          .Append("or the rules that conflict and the cells they share). The report's own values are never changed.\n");

        var identities = template.Identities.ToDictionary(i => i.Code);
        var families = RuleRegistry.Rules.Select(r => r.GetType())
            .Select(t => (Type: t, Codes: t.GetCustomAttribute<RuleCodesAttribute>(), Reused: t.GetCustomAttributes<ReusedRuleAttribute>().ToList()))
            .Where(f => f.Codes is not null)
            .OrderBy(f => f.Codes!.Order).ThenBy(f => f.Type.Name, StringComparer.Ordinal);
        foreach (var (type, codes, reused) in families)
        {
            sb.Append($"\n## {codes!.Family}\n\n");
            sb.Append($"Rule class: `{type.Name}`.\n\n");
            sb.Append("| code | severity | title | formula | reason |\n|---|---|---|---|---|\n");
            foreach (var code in codes.Codes.Concat(RuleRegistry.Rules.First(r => r.GetType() == type) is ITemplateRules data ? data.Codes(template) : []).Distinct())
            {
                var text = RuleText.Of(code);
                var formula = identities.TryGetValue(code, out var def) ? $"{def.Formula} ({Scope(def)})" : text.Formula;
                Row(sb, code, formula, text.Reason);
            }
            foreach (var r in reused) Row(sb, r.Code, r.Formula, r.Reason + " Reported by the extraction stage.");
        }
        return sb.ToString();
    }

    static string Scope(IdentityDef def) => def.PerColumn ? "each column" : "each row";

    static void Row(StringBuilder sb, string code, string? formula, string? reason)
    {
        var entry = FindingCatalog.All[code];
        sb.Append($"| `{code}` | {entry.Severity} | {Cell(entry.Title)} | {Cell(formula)} | {Cell(reason)} |\n");
    }

    static string Cell(string? s) => string.IsNullOrEmpty(s) ? "—" : s.Replace("|", "\\|").Replace("\n", " ");
}
