namespace Nianbao.Checking;

/// <summary>The finding codes a rule class reports, for docs/rules.md (the catalog gives severity, messages,
/// formula and reason). A family stated as template data (<see cref="ITemplateRules"/>) takes its codes from there.</summary>
[AttributeUsage(AttributeTargets.Class)]
internal sealed class RuleCodesAttribute(params string[] codes) : Attribute
{
    public IReadOnlyList<string> Codes { get; } = codes;
    /// <summary>The heading of the rule family in docs/rules.md.</summary>
    public string Family { get; init; } = "";
    /// <summary>Position of the family in docs/rules.md.</summary>
    public int Order { get; init; }
}

/// <summary>A finding code reported by the extraction stage that implements a rule of docs/format.md §5 (reused, not
/// duplicated); its formula and reason for docs/rules.md.</summary>
[AttributeUsage(AttributeTargets.Class, AllowMultiple = true)]
internal sealed class ReusedRuleAttribute(string code, string formula, string reason) : Attribute
{
    public string Code { get; } = code;
    public string Formula { get; } = formula;
    public string Reason { get; } = reason;
}
