using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace Nianbao.Tests.Architecture;

/// <summary>
/// The template is passed in (issue 7): inside the library only the entry points default to the embedded template;
/// every stage is given one. A stage reading a global template could not be run with another template.
/// </summary>
public class TemplatePassingTests
{
    static readonly string[] EntryPoints =
    [
        "src/Nianbao/ReportParser.cs",
        "src/Nianbao/Checking/ReportChecker.cs",
        "src/Nianbao/Batch/ReportBatch.cs",
        "src/Nianbao/Writing/ReportWriter.cs",
        "src/Nianbao/Writing/HtmlTables.cs",
        "src/Nianbao/Writing/Composer.cs",
        "src/Nianbao/Synthesis/SynthCorpus.cs",
        "src/Nianbao/Template/ReportTemplate.cs",
    ];

    [Fact]
    public void Only_the_entry_points_read_the_embedded_template()
    {
        var library = Path.Combine(RepoFiles.Root(), "src", "Nianbao") + Path.DirectorySeparatorChar;
        var readers = RepoFiles.SourceFiles().Where(f => f.StartsWith(library, StringComparison.Ordinal))
            .Where(f => CSharpSyntaxTree.ParseText(File.ReadAllText(f)).GetRoot().DescendantNodes().OfType<IdentifierNameSyntax>()
                .Any(n => n.Identifier.ValueText == "Embedded" && n.Parent is MemberAccessExpressionSyntax m && m.Name == n
                          && m.Expression.ToString().EndsWith("ReportTemplate", StringComparison.Ordinal)))
            .Select(f => Path.GetRelativePath(RepoFiles.Root(), f).Replace(Path.DirectorySeparatorChar, '/'))
            .ToList();
        Assert.Contains("src/Nianbao/ReportParser.cs", readers);   // the scan finds what it looks for
        Assert.Empty(readers.Except(EntryPoints));
    }
}
