using System.Reflection;
using NetArchTest.Rules;
using Nianbao.Template;

namespace Nianbao.Tests.Architecture;

/// <summary>
/// Data flows one way (issue 7): each folder of the library is a stage or a shared layer, in this order, and no
/// type may reference a type of a later one, not even inside a method body (NetArchTest reads the IL). The facade
/// (namespace Nianbao: ReportParser) runs the stages in order and may use them all.
/// </summary>
public class StageDirectionTests(Xunit.Abstractions.ITestOutputHelper output)
{
    /// <summary>Shared vocabulary first, then the stages in the order data flows through them.</summary>
    public static readonly string[] Layers =
    [
        "Nianbao.Template",     // shared: the national template, keys, format ids, cell names, labels, rules as data
        "Nianbao.Model",        // shared: the canonical report, findings, provenance
        "Nianbao.Normalizing",  // read (part): the matching copy of a text, label keys, dates
        "Nianbao.Documents",    // read (result): blocks and cells with provenance
        "Nianbao.Tokenizing",   // read (part): text renderings → tables
        "Nianbao.Reading",      // read: bytes → document
        "Nianbao.Segmenting",   // segment: blocks → the six sections
        "Nianbao.Extraction",   // extract: → report values, metadata, narrative figures; digit runs left as data
        "Nianbao.Reconciling",  // reconcile: digit runs segmented from the rules; the constraint engine
        "Nianbao.Checking",     // check: rules, repair hints
        "Nianbao.Output",       // write: JSON, the reviewer's findings lists
        "Nianbao.Writing",      // write: the report in the standard layout (DOCX, HTML, Markdown) from one layout grid
        "Nianbao.Analysis",     // analyse: comparing reports (changed values, the checker's cross-year rules, copied text)
        "Nianbao.Synthesis",    // synthetic reports with ground truth, rendered through the writer (never read back)
        "Nianbao.Batch",        // many files through the facade: discovery, parallel streaming runs, the previous-year lookup
    ];

    static readonly Assembly Library = typeof(ReportTemplate).Assembly;

    [Fact]
    public void No_layer_references_a_later_one()
    {
        var failures = new List<string>();
        for (var i = 0; i < Layers.Length - 1; i++)
            for (var j = i + 1; j < Layers.Length; j++)
            {
                var result = Types.InAssembly(Library).That().ResideInNamespace(Layers[i])
                    .ShouldNot().HaveDependencyOn(Layers[j]).GetResult();
                if (!result.IsSuccessful)
                    failures.AddRange(result.FailingTypeNames.Select(t => $"{t} ({Layers[i]}) references {Layers[j]}, a later stage"));
            }
        foreach (var f in failures) output.WriteLine(f);
        Assert.True(failures.Count == 0, "stages reference later stages:\n" + string.Join("\n", failures));
    }

    [Fact]
    public void Synthesis_never_calls_the_reading_stages()
    {
        // The synthetic corpus is ground truth for the readers: it is printed by the writer, never read back.
        foreach (var stage in new[] { "Nianbao.Normalizing", "Nianbao.Tokenizing", "Nianbao.Reading", "Nianbao.Segmenting", "Nianbao.Extraction", "Nianbao.Reconciling", "Nianbao.Checking" })
        {
            var result = Types.InAssembly(Library).That().ResideInNamespace("Nianbao.Synthesis").ShouldNot().HaveDependencyOn(stage).GetResult();
            Assert.True(result.IsSuccessful, $"Synthesis references {stage}: " + string.Join(", ", result.FailingTypeNames ?? []));
        }
        Assert.True(Types.InAssembly(Library).That().ResideInNamespace("Nianbao.Synthesis").ShouldNot().HaveDependencyOn("Nianbao.ReportParser").GetResult().IsSuccessful);
    }

    [Fact]
    public void Every_namespace_of_the_library_is_a_layer_or_the_facade()
    {
        var namespaces = Library.GetTypes().Select(t => t.Namespace).Where(n => n is not null && n.StartsWith("Nianbao", StringComparison.Ordinal))
            .Distinct().ToList();
        var unplaced = namespaces.Where(n => n != "Nianbao" && !Layers.Any(l => n == l || n!.StartsWith(l + ".", StringComparison.Ordinal))).ToList();
        Assert.True(unplaced.Count == 0, "namespaces outside the stage order: " + string.Join(", ", unplaced));
        Assert.Equal(["Nianbao.ReportParser"], Library.GetTypes().Where(t => t.Namespace == "Nianbao" && !t.Name.StartsWith('<')).Select(t => t.FullName));
    }

    [Fact]
    public void The_check_sees_references_inside_method_bodies()
    {
        // TextSourceReader calls TextNormalizer.Normalize only inside a method: the rule must see such references,
        // or it would pass vacuously.
        var reading = Types.InAssembly(Library).That().HaveName("TextSourceReader").Should().HaveDependencyOn("Nianbao.Normalizing").GetResult();
        Assert.True(reading.IsSuccessful);
        var backwards = Types.InAssembly(Library).That().ResideInNamespace("Nianbao.Checking")
            .ShouldNot().HaveDependencyOn("Nianbao.Reconciling").GetResult();
        Assert.False(backwards.IsSuccessful);   // checking uses the reconciling stage's constraint engine (earlier): seen
    }
}
