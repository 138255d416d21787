using Nianbao.Model;
using Nianbao.Template;

namespace Nianbao.Checking;

/// <summary>
/// A rule (or a family of rules) of docs/format.md §5. Rules are found by reflection: any public non-abstract class
/// implementing this interface with a parameterless constructor takes part in checking. A rule reads the report
/// and returns findings; it never changes the report.
/// </summary>
internal interface IReportRule
{
    IEnumerable<Finding> Check(CheckContext context);
}

/// <summary>A family of rules stated as data in the template: its finding codes come from there.</summary>
internal interface ITemplateRules : IReportRule
{
    IEnumerable<string> Codes(ReportTemplate template);
}

/// <summary>What a rule sees: the report, the same agency's previous-year report when the batch (or corpus) has it,
/// the report's identities and the template.</summary>
internal sealed record CheckContext(Report Report, Report? Previous, IReadOnlyList<LinearIdentity> Identities, ReportTemplate Template);
