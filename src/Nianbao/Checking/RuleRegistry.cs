using System.Reflection;

namespace Nianbao.Checking;

/// <summary>Every rule of the core assembly, found by reflection once (public, non-abstract, parameterless
/// constructor, implementing <see cref="IReportRule"/>), in a stable order (by type name).</summary>
internal static class RuleRegistry
{
    static readonly Lazy<IReadOnlyList<IReportRule>> All = new(Discover);

    public static IReadOnlyList<IReportRule> Rules => All.Value;

    static IReadOnlyList<IReportRule> Discover() =>
        typeof(IReportRule).Assembly.GetTypes()
            .Where(t => t is { IsClass: true, IsAbstract: false, IsNested: false } && typeof(IReportRule).IsAssignableFrom(t)
                        && t.GetConstructor(Type.EmptyTypes) is not null)
            .OrderBy(t => t.FullName, StringComparer.Ordinal)
            .Select(t => (IReportRule)Activator.CreateInstance(t)!)
            .ToList();
}
