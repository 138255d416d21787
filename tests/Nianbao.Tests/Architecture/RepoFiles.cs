using System.Runtime.CompilerServices;

namespace Nianbao.Tests.Architecture;

/// <summary>Paths inside the repository, found from this source file (tests run from bin/).</summary>
static class RepoFiles
{
    public static string Root([CallerFilePath] string here = "") =>
        Path.GetFullPath(Path.Combine(Path.GetDirectoryName(here)!, "../../.."));

    public static string Path_(string relative) => Path.Combine(Root(), relative);

    /// <summary>Every C# source file under src/, without build output.</summary>
    public static IEnumerable<string> SourceFiles() =>
        Directory.EnumerateFiles(Path.Combine(Root(), "src"), "*.cs", SearchOption.AllDirectories)
            .Where(f => !f.Contains($"{Path.DirectorySeparatorChar}bin{Path.DirectorySeparatorChar}")
                        && !f.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}"))
            .Order(StringComparer.Ordinal);
}
