using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Nianbao.Template;

namespace Nianbao.Tests.Architecture;

/// <summary>
/// The template holds the whole vocabulary (issue 7): no codebook key, format id or printed label of the template
/// appears as a C# string literal in src/ outside the template layer (src/Nianbao/Template). Code names keys through
/// <see cref="Keys"/> and <see cref="FormatId"/>, and labels through <see cref="ReportTemplate.LabelOf(string, string?, string?, string, FormatId?)"/>.
/// </summary>
public class VocabularyLiteralTests(Xunit.Abstractions.ITestOutputHelper output)
{
    /// <summary>Every key, format id and label of the shipped template, figures included.</summary>
    internal static Dictionary<string, string> Vocabulary(ReportTemplate t)
    {
        var v = new Dictionary<string, string>(StringComparer.Ordinal);
        void Add(string? word, string what) { if (!string.IsNullOrEmpty(word)) v.TryAdd(word, what); }
        foreach (var f in t.Formats) Add(f.Id.Value, "format id");
        foreach (var s in t.Sections)
        {
            Add(s.Key, "section key");
            Add(s.Label, "section label");
            Add(s.En, "section name");
            foreach (var x in s.Variants ?? []) Add(x.Label, "section label variant");
        }
        foreach (var m in t.Metadata)
        {
            Add(m.Key, "metadata key");
            Add(m.En, "metadata name");
            foreach (var l in m.Labels) Add(l, "metadata label");
        }
        foreach (var table in t.Tables)
        {
            Add(table.Key, "table key");
            Add(table.Label, "table label");
            Add(table.En, "table name");
            foreach (var c in (table.Columns ?? []).Concat(table.Rows.SelectMany(r => r.Columns ?? [])))
            {
                Add(c.Key, "column key");
                Add(c.Label, "column label");
                Add(c.En, "column name");
                Add(c.Group, "column group label");
            }
            foreach (var r in table.Rows)
            {
                Add(r.Key, "row key");
                Add(r.Label, "row label");
                Add(r.En, "row name");
                Add(r.Group, "row group label");
                foreach (var x in r.Variants ?? []) Add(x.Label, "row label variant");
            }
        }
        foreach (var n in t.Notes.Keys) Add(n, "label note key");
        foreach (var f in t.Figures.Figures) Add(f.Key, "narrative figure key");
        foreach (var f in t.Figures.Derived) Add(f.Key, "narrative figure key");
        return v;
    }

    /// <summary>The string literals of a C# file (plain, verbatim, raw, UTF-8 and the text parts of interpolations), with their line.</summary>
    internal static IEnumerable<(string Text, int Line)> Literals(string code)
    {
        var root = CSharpSyntaxTree.ParseText(code, new CSharpParseOptions(LanguageVersion.Preview)).GetRoot();
        foreach (var token in root.DescendantTokens())
        {
            if (token.Kind() is SyntaxKind.StringLiteralToken or SyntaxKind.Utf8StringLiteralToken or SyntaxKind.SingleLineRawStringLiteralToken
                or SyntaxKind.MultiLineRawStringLiteralToken or SyntaxKind.Utf8SingleLineRawStringLiteralToken
                or SyntaxKind.Utf8MultiLineRawStringLiteralToken or SyntaxKind.InterpolatedStringTextToken)
                yield return (token.ValueText, token.GetLocation().GetLineSpan().StartLinePosition.Line + 1);
        }
    }

    /// <summary>Literals that spell a template word but mean something else, each with its reason.</summary>
    static readonly (string File, string Text, string Why)[] NotVocabulary =
    [
        ("src/Nianbao.Cli/Corpus/ReviewCommand.cs", "review", "the command verb `nianbao review` (issue 9), not the row key review_litigation.review"),
        ("src/Nianbao/Writing/HtmlTables.cs", "title", "the HTML title attribute of a table cell, not the metadata key title"),
        ("src/Nianbao.Web/Shell/ReportView.cs", "title", "the HTML title attribute of a table cell, not the metadata key title"),
        ("src/Nianbao.Web/Shell/PageCharts.cs", "category", "the ECharts axis type \"category\", not the metadata key category"),
    ];

    [Fact]
    public void No_template_vocabulary_is_written_as_a_literal_outside_the_template_layer()
    {
        var vocabulary = Vocabulary(ReportTemplate.Embedded);
        Assert.True(vocabulary.Count > 150, $"the vocabulary looks incomplete ({vocabulary.Count} words)");
        var templateLayer = Path.Combine(RepoFiles.Root(), "src", "Nianbao", "Template") + Path.DirectorySeparatorChar;
        var files = RepoFiles.SourceFiles().Where(f => !f.StartsWith(templateLayer, StringComparison.Ordinal)).ToList();
        Assert.True(files.Count > 50, "src/ was not found");
        var hits = new List<string>();
        foreach (var file in files)
            foreach (var (text, line) in Literals(File.ReadAllText(file)))
                if (vocabulary.TryGetValue(text, out var what)
                    && !NotVocabulary.Any(n => n.Text == text && Path.GetRelativePath(RepoFiles.Root(), file) == n.File))
                    hits.Add($"{Path.GetRelativePath(RepoFiles.Root(), file)}:{line}: \"{text}\" is a {what}");
        foreach (var h in hits) output.WriteLine(h);
        Assert.True(hits.Count == 0, $"{hits.Count} template words written as literals (use Keys, FormatId or LabelOf):\n" + string.Join("\n", hits));
    }

    [Fact]
    public void The_literal_scan_sees_every_kind_of_string()
    {
        const string code = """"
            class C
            {
                string a = "new_received";
                string b = @"总计";
                string c = $"{a}2021";
                string d = $"x{a}y";
                string e = $$"""raw""";
                void M() => System.Console.WriteLine("行政复议");
            }
            """";
        var literals = Literals(code).Select(l => l.Text).ToList();
        Assert.Contains("new_received", literals);
        Assert.Contains("总计", literals);
        Assert.Contains("2021", literals);
        Assert.Contains("raw", literals);
        Assert.Contains("行政复议", literals);
        // And the vocabulary knows those words.
        var v = Vocabulary(ReportTemplate.Embedded);
        foreach (var w in new[] { "new_received", "总计", "2021", "行政复议", "legacy", "active_disclosure", "title", "发布日期", "applications_received" })
            Assert.True(v.ContainsKey(w), w);
    }
}
