using Nianbao.Model;

namespace Nianbao.Checking;

/// <summary>
/// A rule (or a family of rules) of format.md §5. Rules are found by reflection: any public non-abstract class
/// implementing this interface with a parameterless constructor takes part in checking. A rule reads the report
/// and returns findings; it never changes the report.
/// </summary>
public interface IReportRule
{
    IEnumerable<Finding> Check(CheckContext context);
}

/// <summary>What a rule sees: the report, the same agency's previous-year report when the batch (or corpus) has it,
/// and the report's identities.</summary>
public sealed record CheckContext(Report Report, Report? Previous, IReadOnlyList<LinearIdentity> Identities);
