using Nianbao.Documents;
using Nianbao.Model;
using Nianbao.Normalizing;
using Nianbao.Template;

namespace Nianbao.Segmenting;

/// <summary>
/// A crawler text dump that lost its line breaks (format.md §9.3 step 9, docs/run-together.md): the article on one
/// line or a few, headings glued to the sentence before, every table cell glued to the next, labels included. The
/// template's printed words are the separators: a line is cut before and after each section heading; inside sections
/// 二 and 三 before each printed row label (its ordinal included: the `2.` of `00000002.其他法律…` starts the next
/// row) and after each run of digits; inside section 四 before its run of digits, whose stray spaces are dropped when
/// they cannot be the fifteen cells' separators. What comes out is a line per row (label and digits), which the
/// extraction reads and the reconciling stage splits. Lines that need no cut are kept as they are.
/// </summary>
internal static class GluedLines
{
    sealed record Anchors(List<(int Section, string[] Printed)> Headings, string[] Labels, string[] RunHeader, int TablesFrom, int TablesTo, int RunSection)
    {
        // Every heading and every row label at once: text holding none of them needs no search per word.
        public WordFinder AnyHeading { get; } = new(Headings.SelectMany(h => h.Printed).Distinct());
        public WordFinder AnyLabel { get; } = new(Labels);
    }

    /// <summary>What one line's cutting works with, made once per document and cleared for each line.</summary>
    sealed class Scratch
    {
        public readonly SortedSet<int> Cuts = [];
        public readonly List<(int Start, int End)> Squeeze = [];
        public readonly List<(int Start, int End)> Spans = [];
    }

    static readonly System.Runtime.CompilerServices.ConditionalWeakTable<ReportTemplate, Anchors> Cache = [];

    /// <summary>The document with its glued lines cut; the same document when nothing is glued.</summary>
    public static SourceDocument Split(SourceDocument doc, ReportTemplate template)
    {
        var anchors = Cache.GetValue(template, Build);
        if (Joined(doc, anchors) is { } joined) return joined;
        List<Block>? blocks = null;
        var section = -1;
        var cutLines = 0;
        var scratch = new Scratch();
        for (var i = 0; i < doc.Blocks.Count; i++)
        {
            var block = doc.Blocks[i];
            if (block is not LineBlock line)
            {
                blocks?.Add(block);
                continue;
            }
            var pieces = Cut(line.Line, anchors, ref section, scratch);
            if (pieces is { Count: > 1 } && blocks is null) blocks = [.. doc.Blocks.Take(i)];
            if (pieces is { Count: > 1 }) cutLines++;
            if (blocks is null) continue;
            if (pieces is null) blocks.Add(line);
            else foreach (var p in pieces) blocks.Add(p == line.Line ? line : new LineBlock(p));
        }
        if (blocks is null) return doc;
        var result = new SourceDocument { Source = doc.Source, Kind = doc.Kind, Blocks = blocks, StatedMetadata = doc.StatedMetadata, Url = doc.Url };
        result.Findings.AddRange(doc.Findings);
        result.Findings.Add(Finding.Create("NB-P-GLUED-LINES", null, ("count", cutLines), ("pieces", blocks.Count - doc.Blocks.Count + cutLines)));
        return result;
    }

    /// <summary>
    /// A dump of the article on a few long lines broken at arbitrary places (inside a heading, a label, a run of
    /// digits): its line breaks are not the text's separators, so the lines are read as the one line they were
    /// (docs/run-together.md §1). Only a document of 2 to <see cref="FewLines"/> lines, all running text, at least
    /// <see cref="LongLine"/> characters a line on average, whose joined text is glued (it needs cuts); each piece
    /// keeps the provenance of the line and column it starts at. Null otherwise.
    /// </summary>
    static SourceDocument? Joined(SourceDocument doc, Anchors anchors)
    {
        if (doc.Blocks.Count is < 2 or > FewLines || doc.Blocks.Any(b => b is not LineBlock)) return null;
        var lines = doc.Blocks.Cast<LineBlock>().Select(b => b.Line).ToList();
        if (lines.Sum(l => l.Text.Length) < LongLine * lines.Count) return null;
        var starts = new List<int>();
        var text = new System.Text.StringBuilder();
        var raw = new System.Text.StringBuilder();
        foreach (var l in lines)
        {
            starts.Add(text.Length);
            text.Append(l.Text);
            raw.Append(l.Raw.Length == l.Text.Length ? l.Raw : l.Text);
        }
        Provenance At(int at)
        {
            var k = starts.FindLastIndex(s => s <= at);
            return lines[k].Source is { Kind: "text", Column: { } c } s ? s with { Column = c + at - starts[k] } : lines[k].Source;
        }
        var one = new Cell(raw.ToString(), text.ToString(), lines[0].Source) { Uncertain = lines.Any(l => l.Uncertain) };
        var section = -1;
        var pieces = Cut(one, anchors, ref section, new Scratch(), At);
        if (pieces is not { Count: > 1 }) return null;
        var result = new SourceDocument { Source = doc.Source, Kind = doc.Kind, Blocks = [.. pieces.Select(p => new LineBlock(p))], StatedMetadata = doc.StatedMetadata, Url = doc.Url };
        result.Findings.AddRange(doc.Findings);
        result.Findings.Add(Finding.Create("NB-P-JOINED-LINES", null, ("count", lines.Count)));
        result.Findings.Add(Finding.Create("NB-P-GLUED-LINES", null, ("count", 1), ("pieces", pieces.Count)));
        return result;
    }

    const int FewLines = 12;
    const int LongLine = 300;

    /// <summary>The pieces of one line, null when it needs no cut; <paramref name="section"/> is the index of the
    /// section the text is in, carried from line to line. <paramref name="sourceAt"/> gives the provenance of a position
    /// when the line is several source lines joined.</summary>
    static List<Cell>? Cut(Cell line, Anchors a, ref int section, Scratch scratch, Func<int, Provenance>? sourceAt = null)
    {
        var text = line.Text;
        var cuts = scratch.Cuts;
        var squeeze = scratch.Squeeze;
        cuts.Clear();
        squeeze.Clear();
        var pos = 0;
        while (pos <= text.Length)
        {
            // The next heading of a later section, if any.
            var (at, end, next) = NextHeading(text, pos, a, section);
            var stop = at < 0 ? text.Length : at;
            if (section >= a.TablesFrom && section <= a.TablesTo) TableCuts(text, pos, stop, a, cuts, scratch.Spans);
            else if (section == a.RunSection) RunCuts(text, pos, stop, a, cuts, squeeze);
            if (at < 0) break;
            cuts.Add(at);
            cuts.Add(end);
            section = next;
            pos = end;
        }
        // The cuts inside the line, in order, then its end.
        List<Cell>? pieces = null;
        var from = 0;
        foreach (var c in cuts)
        {
            if (c <= 0 || c >= text.Length) continue;
            pieces ??= [];
            if (Piece(line, from, c, squeeze, sourceAt) is { } cell) pieces.Add(cell);
            from = c;
        }
        if (pieces is not null && Piece(line, from, text.Length, squeeze, sourceAt) is { } rest) pieces.Add(rest);
        return pieces;
    }

    /// <summary>The first heading of a section after <paramref name="section"/> printed at or after <paramref name="from"/>.</summary>
    static (int At, int End, int Section) NextHeading(string text, int from, Anchors a, int section)
    {
        (int, int, int) best = (-1, -1, -1);
        if (from > text.Length || a.AnyHeading.IndexOfAny(text, from) < 0) return best;
        foreach (var (s, printed) in a.Headings)
        {
            if (s <= section) continue;
            foreach (var p in printed)
            {
                var at = text.IndexOf(p, from, StringComparison.Ordinal);
                if (at >= 0 && (best.Item1 < 0 || at < best.Item1 || (at == best.Item1 && at + p.Length > best.Item2))) best = (at, at + p.Length, s);
            }
        }
        return best;
    }

    /// <summary>Sections 二 and 三: cut before every printed row label, and after every run of digits that is not
    /// part of a label.</summary>
    static void TableCuts(string text, int from, int to, Anchors a, SortedSet<int> cuts, List<(int Start, int End)> spans)
    {
        // Every printed label within [from, to): found from the places where one starts (one search for all labels).
        spans.Clear();
        var region = text.AsSpan(from, to - from);
        for (var k = a.AnyLabel.IndexOfAny(region); k >= 0; k = a.AnyLabel.IndexOfAny(region, k + 1))
            foreach (var id in a.AnyLabel.Candidates(region[k]))
                if (region[k..].StartsWith(a.Labels[id], StringComparison.Ordinal)) spans.Add((from + k, from + k + a.Labels[id].Length));
        if (spans.Count == 0) return;
        var end = -1;
        var labels = new List<(int Start, int End)>();
        foreach (var s in spans.OrderBy(s => s.Start).ThenByDescending(s => s.End))
        {
            if (s.Start < end) continue;
            labels.Add(s);
            Glue(text, s.Start, cuts);
            end = s.End;
        }
        // Running text (a narrative paragraph of section 二: 主动公开政府信息3560条) is left alone: digits are cut off
        // only after the first printed row label.
        if (labels.Count == 0) return;
        for (var i = labels[0].End; i < to; i++)
        {
            if (!char.IsAsciiDigit(text[i]) || labels.Any(l => i >= l.Start && i < l.End)) continue;
            // A run ends where the next label begins: the `2.` of `00000002.其他法律…` is that label's ordinal.
            var next = labels.Where(l => l.Start > i).Select(l => l.Start).DefaultIfEmpty(to).Min();
            var e = NumberEnd(text, i, next);
            if (e < to && !labels.Any(l => l.Start == e)) Glue(text, e, cuts);
            i = e;
        }
    }

    /// <summary>Section 四: the header words (结果维持, 行政复议 …) and the run of digits go on lines of their own.</summary>
    static void RunCuts(string text, int from, int to, Anchors a, SortedSet<int> cuts, List<(int, int)> squeeze)
    {
        foreach (var word in a.RunHeader)
            for (var i = text.IndexOf(word, from, to - from, StringComparison.Ordinal); i >= 0 && i + word.Length <= to;
                 i = i + 1 < to ? text.IndexOf(word, i + 1, to - i - 1, StringComparison.Ordinal) : -1)
                Glue(text, i, cuts);
        for (var i = from; i < to; i++)
        {
            if (!char.IsAsciiDigit(text[i])) continue;
            var e = i;
            while (e < to && (char.IsAsciiDigit(text[e]) || (text[e] == ' ' && e + 1 < to && char.IsAsciiDigit(text[e + 1])))) e++;
            if (Glue(text, i, cuts))
            {
                Glue(text, e, cuts);
                squeeze.Add((i, e));
            }
            i = e;
        }
    }

    /// <summary>Cuts at <paramref name="p"/> when the text is glued there (no space or bar on either side): a line
    /// laid out with spaces or bars is left to the tokenizer's readers.</summary>
    static bool Glue(string text, int p, SortedSet<int> cuts)
    {
        if (p <= 0 || p >= text.Length) return false;
        static bool Gap(char c) => char.IsWhiteSpace(c) || c == '|';
        if (Gap(text[p - 1]) || Gap(text[p])) return false;
        cuts.Add(p);
        return true;
    }

    /// <summary>End of the number at <paramref name="i"/>: digits, with signs and decimals inside (2019's 本年增/减
    /// `7-131`, `7+131`, and amounts) and an amount's unit after (`113000元`: the unit ends the run and stays with it).</summary>
    static int NumberEnd(string text, int i, int to)
    {
        var e = i;
        while (e < to && char.IsAsciiDigit(text[e])) e++;
        while (e + 1 < to && (text[e] is '.' or '-' or '+') && char.IsAsciiDigit(text[e + 1]))
        {
            e++;
            while (e < to && char.IsAsciiDigit(text[e])) e++;
        }
        foreach (var unit in Tokenizing.ValueToken.AmountUnits)
            if (e + unit.Length <= to && string.CompareOrdinal(text, e, unit, 0, unit.Length) == 0) return e + unit.Length;
        return e;
    }

    /// <summary>The cell for [from, to) of a line, with its provenance moved to the piece. A run of table 四 with
    /// one stray space (fewer numbers than the fifteen cells) is read as one run.</summary>
    static Cell? Piece(Cell line, int from, int to, List<(int Start, int End)> squeeze, Func<int, Provenance>? sourceAt)
    {
        while (from < to && char.IsWhiteSpace(line.Text[from])) from++;
        while (to > from && char.IsWhiteSpace(line.Text[to - 1])) to--;
        if (from >= to) return null;
        var text = line.Text[from..to];
        var raw = line.Raw.Length == line.Text.Length ? line.Raw[from..to] : text;
        if (squeeze.Contains((from, to)) && text.Contains(' ') && text.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length < 15)
            text = text.Replace(" ", "");
        var source = sourceAt?.Invoke(from) is { Kind: "text" } joined ? joined with { Length = to - from }
            : line.Source is { Kind: "text", Column: { } c } s ? s with { Column = c + from, Length = to - from } : line.Source;
        return new Cell(raw, text, source) { Uncertain = line.Uncertain };
    }

    static Anchors Build(ReportTemplate template)
    {
        var sections = template.Sections;
        var headings = sections.Select((s, i) => (i, (s.Variants ?? []).Select(v => v.Label).Prepend(s.Label)
            .Select(TextNormalizer.ForMatching).Distinct().ToArray())).ToList();
        var labels = template.Tables.Where(t => t.Key != Keys.Tables.ReviewLitigation)
            .SelectMany(t => t.Rows).SelectMany(r => (r.Variants ?? []).Select(v => v.Label).Prepend(r.Label))
            .Select(TextNormalizer.ForMatching).Distinct().ToArray();
        var runTable = template.Layouts(Keys.Tables.ReviewLitigation).ToList();
        var runHeader = runTable.SelectMany(t => t.Columns ?? []).Select(c => c.Label)
            .Concat(runTable.SelectMany(t => t.Rows).SelectMany(r => r.Label.Split('›', StringSplitOptions.TrimEntries)))
            .Select(TextNormalizer.ForMatching).Distinct().ToArray();
        int Index(string key) => sections.ToList().FindIndex(s => s.Key == key);
        return new Anchors(headings, labels, runHeader, Index(Keys.Sections.Proactive), Index(Keys.Sections.Applications), Index(Keys.Sections.ReviewLitigation));
    }
}
