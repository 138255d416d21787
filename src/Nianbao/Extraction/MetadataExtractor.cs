using Nianbao.Documents;
using Nianbao.Model;
using Nianbao.Normalizing;
using Nianbao.Template;

namespace Nianbao.Extraction;

/// <summary>
/// Reads the CMS information block that precedes many reports (docs/format.md §9.1 A14): 索引号, 发文机关, 文号,
/// 成文日期, 发布日期, 标题 … as "label: value" in one cell, or a label cell followed by its value cell,
/// with spaced labels (索 引 号) and traditional script allowed. Values are kept as stated; dates become yyyy-MM-dd.
/// </summary>
internal static class MetadataExtractor
{
    public static Dictionary<string, MetaField> Extract(IEnumerable<Block> preamble, ReportTemplate template)
    {
        var labels = template.Metadata
            .SelectMany(m => m.Labels.Select(l => (Key: LabelKey.OfPrinted(l), Def: m)))
            .OrderByDescending(l => l.Key.Length).ToList();
        var result = new Dictionary<string, MetaField>();

        foreach (var row in Rows(preamble))
        {
            for (var i = 0; i < row.Count; i++)
            {
                foreach (var (text, raw, cell) in Pieces(row[i]))
                {
                    var colon = text.IndexOfAny([':', '：']);
                    var head = LabelKey.Of(colon >= 0 ? text[..colon] : text);
                    var def = labels.FirstOrDefault(l => l.Key == head).Def;
                    if (def is null || result.ContainsKey(def.Key)) continue;
                    string? value;
                    if (colon >= 0) value = raw[(raw.IndexOfAny([':', '：']) + 1)..].Trim();
                    else value = i + 1 < row.Count && !IsLabel(row[i + 1].Key, labels) ? row[i + 1].Raw.Trim() : null;
                    // "索引号：" alone in a cell, its value in the next cell (CMS info tables).
                    var fromNext = colon >= 0 && value is "" && i + 1 < row.Count && !labels.Any(l => row[i + 1].Key.StartsWith(l.Key, StringComparison.Ordinal));
                    if (fromNext) value = row[i + 1].Raw.Trim();
                    if (def.Kind == "date" && value is not null) value = DateText.Normalize(value);
                    if (string.IsNullOrWhiteSpace(value)) continue;
                    var from = colon >= 0 && !fromNext ? cell : row[i + 1];
                    result[def.Key] = new MetaField(def.Key, CleanDisplay(value), from.Source) { OcrConfidence = Confidence(from, from == cell ? raw : null) };
                }
            }
        }
        return result;
    }

    /// <summary>OCR's lowest confidence over the value: after the label's colon when <paramref name="piece"/> (the
    /// "label: value" text) is the whole cell, else over the whole cell; null when the cell was not read by OCR.</summary>
    static int? Confidence(Cell cell, string? piece)
    {
        if (cell.Confidence is null) return null;
        var colon = piece is not null && piece == cell.Raw ? cell.Raw.IndexOfAny([':', '：']) : -1;
        return cell.LowestConfidence(colon + 1, cell.Raw.Length - colon - 1);
    }

    static bool IsLabel(string key, List<(string Key, MetadataDef Def)> labels) =>
        labels.Any(l => key == l.Key || key.StartsWith(l.Key, StringComparison.Ordinal) && key.Length < l.Key.Length + 2);

    static IEnumerable<IReadOnlyList<Cell>> Rows(IEnumerable<Block> blocks)
    {
        foreach (var b in blocks)
        {
            if (b is LineBlock l) yield return [l.Line];
            else if (b is TableBlock t) foreach (var r in t.Rows) yield return r.Where(c => !c.SpanCopy && !c.IsEmpty).ToList();
        }
    }

    /// <summary>A line may hold several "label: value" pairs separated by wide spaces.</summary>
    static IEnumerable<(string Text, string Raw, Cell Cell)> Pieces(Cell cell)
    {
        if (!cell.Text.Contains("  ") && !cell.Text.Contains('\t')) { yield return (cell.Text, cell.Raw, cell); yield break; }
        var texts = System.Text.RegularExpressions.Regex.Split(cell.Text, @"\s{2,}|\t");
        var raws = System.Text.RegularExpressions.Regex.Split(cell.Raw, @"[\s\u3000\u00a0]{2,}|\t");
        for (var i = 0; i < texts.Length; i++) yield return (texts[i], i < raws.Length && raws.Length == texts.Length ? raws[i] : texts[i], cell);
    }

    /// <summary>Display text: tone-marked pinyin annotations (發(fā)布) are conversion residue, not content.</summary>
    public static string CleanDisplay(string s)
    {
        if (s.IndexOf('(') < 0 && s.IndexOf('（') < 0) return s;
        var sb = new System.Text.StringBuilder(s.Length);
        for (var i = 0; i < s.Length; i++)
        {
            var len = PinyinAnnotations.AnnotationLength(s, i, out var toned);
            if (len > 0 && toned) { i += len - 1; continue; }
            sb.Append(s[i]);
        }
        return sb.ToString();
    }
}
