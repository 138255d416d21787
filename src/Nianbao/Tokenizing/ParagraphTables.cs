using Nianbao.Documents;
using Nianbao.Normalizing;

namespace Nianbao.Tokenizing;

/// <summary>
/// Tables typed as text inside the paragraphs of a web page or Word file (a report pasted into a CMS editor:
/// <c>&lt;p&gt;规章 | 0 | 0 | 0 |&lt;/p&gt;</c>, or tab-separated cells in Word paragraphs). Each run of paragraphs
/// that holds such lines goes through the text tokenizer, so they are read like any text rendering; every cell
/// keeps its paragraph's provenance, with the column and length inside that paragraph.
/// </summary>
internal static class ParagraphTables
{
    public static IReadOnlyList<Block> Apply(IReadOnlyList<Block> blocks)
    {
        List<Block>? result = null;
        var i = 0;
        while (i < blocks.Count)
        {
            if (!IsTabular(blocks[i])) { result?.Add(blocks[i]); i++; continue; }
            result ??= [.. blocks.Take(i)];
            var start = i;
            while (i < blocks.Count && blocks[i] is LineBlock) i++;
            result.AddRange(Retokenize(blocks.Skip(start).Take(i - start).Cast<LineBlock>().ToList()));
        }
        return result ?? blocks;
    }

    static bool IsTabular(Block b) =>
        b is LineBlock l && LineClassifier.Classify(l.Line.Text) is LineKind.Pipe or LineKind.Tsv or LineKind.MarkdownRule;

    static IEnumerable<Block> Retokenize(List<LineBlock> run)
    {
        var text = string.Join("\n", run.Select(l => l.Line.Raw.Replace('\n', ' ')));
        var lines = new SourceLines(text, TextNormalizer.Normalize(text, PinyinAnnotations.ShouldStrip(text)));
        foreach (var block in TextTokenizer.Tokenize(lines))
        {
            yield return block switch
            {
                LineBlock l => new LineBlock(Relocate(l.Line, run)),
                TableBlock t => new TableBlock(t.Rows.Select(r => (IReadOnlyList<Cell>)r.Select(c => Relocate(c, run)).ToList()).ToList(),
                    t.RowBreaksReliable, t.BlanksVisible),
                _ => block,
            };
        }
    }

    /// <summary>The cell's line in the joined text is the paragraph it came from.</summary>
    static Cell Relocate(Cell cell, List<LineBlock> run)
    {
        var paragraph = run[(cell.Source.Line ?? 1) - 1].Line.Source;
        return new Cell(cell.Raw, cell.Text, paragraph with { Column = cell.Source.Column, Length = cell.Source.Length }, cell.SpanCopy);
    }
}
