using Nianbao.Template;

namespace Nianbao.Corpus.Export;

/// <summary>How a dataset column is typed: integer (int, signed, ids, counts) or text (money and amounts exactly as
/// printed, names, codes).</summary>
public enum ColumnType { Integer, Text }

/// <summary>One column of an exported dataset, as the codebook file describes it.</summary>
public sealed record CodebookColumn(
    string Name, ColumnType Type, string Kind, string LabelZh, string LabelEn, string Meaning, string? Table, string? Row, string? Column, string Formats);

/// <summary>
/// The columns of the exported datasets, derived from the template (docs/corpus.md "Export"): the report's own
/// columns, then one column per value of the national tables named by its flat codebook key table.row.column, in
/// printed order, across every format version (a column a report's format lacks is empty).
/// </summary>
public static class Codebook
{
    /// <summary>A metadata field as a report column, labelled as the template labels it.</summary>
    static CodebookColumn Metadata(string key, string meaning)
    {
        var def = ReportTemplate.Embedded.Metadata.Single(m => m.Key == key);
        return Report(key, ColumnType.Text, def.Labels[0], def.En ?? key, meaning);
    }

    static CodebookColumn Report(string name, ColumnType type, string zh, string en, string meaning) =>
        new(name, type, type == ColumnType.Integer ? "int" : "text", zh, en, meaning, null, null, null, "");

    /// <summary>The columns every row of the wide dataset starts with.</summary>
    public static readonly IReadOnlyList<CodebookColumn> ReportColumns =
    [
        Report("report_id", ColumnType.Integer, "报告编号", "report id", "the report's id in this corpus"),
        Report("sha256", ColumnType.Text, "原文件 SHA-256", "source SHA-256", "SHA-256 of the source file's bytes"),
        Report("file_name", ColumnType.Text, "文件名", "file name", "the source file's name when imported"),
        Report("agency_id", ColumnType.Integer, "机关编号", "agency id", "the agency's id in this corpus (one id across years and spellings)"),
        Report("agency", ColumnType.Text, "机关", "agency", "the agency's name in this corpus"),
        Report("agency_printed", ColumnType.Text, "报告所列机关名称", "agency as printed", "the issuer's name as the report prints it"),
        Report("region_code", ColumnType.Text, "行政区划代码", "region code", "GB/T 2260 code of the agency's area (townships: 9-digit statistical code); empty when not resolved"),
        Report("region_name", ColumnType.Text, "行政区划名称", "region name", "name of that area"),
        Report("level", ColumnType.Text, "层级", "level", "national, provincial, city, county or township (from the name)"),
        Report("type", ColumnType.Text, "机关类型", "agency type", "government, department or township (from the name)"),
        Report("year", ColumnType.Integer, "年度", "year", "the year the report covers"),
        Report("format", ColumnType.Text, "格式版本", "format version", "2021, 2019 or legacy"),
        Report("scope", ColumnType.Text, "范围", "scope", "own (本级) or summary (汇总) where stated or implied; empty when unknown"),
        Metadata(Keys.Metadata.Title, "the report's title"),
        Report("errors", ColumnType.Integer, "错误数", "errors", "findings of severity error"),
        Report("warnings", ColumnType.Integer, "警告数", "warnings", "findings of severity warning"),
        Report("infos", ColumnType.Integer, "提示数", "infos", "findings of severity info"),
        Report("parser_version", ColumnType.Text, "解析器版本", "parser version", "the Nianbao version that read the report"),
    ];

    static readonly Lazy<IReadOnlyList<CodebookColumn>> Values = new(() =>
    {
        var t = ReportTemplate.Embedded;
        var columns = new Dictionary<string, (CodebookColumn Column, List<string> Formats)>();
        foreach (var table in t.Tables)
            foreach (var format in table.Formats)
                foreach (var row in table.RowsFor(format))
                    foreach (var column in table.ColumnsOf(row))
                    {
                        var name = $"{table.Key}.{row.Key}.{column.Key}";
                        if (columns.TryGetValue(name, out var known)) { if (!known.Formats.Contains(format.Value)) known.Formats.Add(format.Value); continue; }
                        var type = column.ValueKind is ValueKinds.Int or ValueKinds.Signed ? ColumnType.Integer : ColumnType.Text;
                        var zh = $"{table.Label} › {row.Label} › {column.Label}";
                        var en = $"{table.En ?? Human(table.Key)} › {row.En ?? Human(row.Key)} › {column.En ?? Human(column.Key)}";
                        var meaning = column.ValueKind switch
                        {
                            ValueKinds.Signed => "integer, may be negative; empty when blank or absent (never 0)",
                            ValueKinds.Decimal => "decimal exactly as printed (text); empty when blank or absent",
                            ValueKinds.Amount => "amount exactly as printed with its unit (text); empty when blank or absent",
                            _ => "integer ≥ 0; empty when blank or absent (never 0)",
                        };
                        columns[name] = (new CodebookColumn(name, type, column.ValueKind, zh, en, meaning, table.Key, row.Key, column.Key, ""), [format.Value]);
                    }
        return columns.Values.Select(c => c.Column with { Formats = string.Join(" ", c.Formats) }).ToList();
    });

    /// <summary>One column per value of the national tables, in printed order.</summary>
    public static IReadOnlyList<CodebookColumn> ValueColumns => Values.Value;

    /// <summary>Each metric's numerator and denominator for the report (docs/metrics.md): metric.KEY.numerator,
    /// metric.KEY.denominator, from the library's one metric implementation.</summary>
    public static readonly IReadOnlyList<CodebookColumn> MetricColumns = Nianbao.Analysis.MetricCatalog.All.SelectMany(m => new[]
    {
        Report($"metric.{m.Key}.numerator", ColumnType.Integer, $"指标 › {m.Zh} › 分子", $"metric › {m.En} › numerator",
            $"{string.Join(" + ", m.Numerator)} for this report; empty when a cell it needs is blank or absent (never 0). Sum over reports, then divide by the summed denominator (docs/metrics.md)"),
        Report($"metric.{m.Key}.denominator", ColumnType.Integer, $"指标 › {m.Zh} › 分母", $"metric › {m.En} › denominator",
            $"{string.Join(" + ", m.Denominator)} for this report; empty when a cell it needs is blank or absent (never 0)"),
    }).ToList();

    /// <summary>The wide dataset: report columns, value columns, then the metrics' numerators and denominators.</summary>
    public static IReadOnlyList<CodebookColumn> Wide => [.. ReportColumns, .. ValueColumns, .. MetricColumns];

    /// <summary>The long (tidy) dataset: one row per value, with provenance.</summary>
    public static readonly IReadOnlyList<CodebookColumn> Long =
    [
        ReportColumns[0], ReportColumns[1], ReportColumns[3], ReportColumns[4], ReportColumns[10], ReportColumns[11],
        Report("table", ColumnType.Text, "表", "table", "codebook table key (active_disclosure, applications, review_litigation)"),
        Report("row", ColumnType.Text, "行", "row", "codebook row key"),
        Report("column", ColumnType.Text, "列", "column", "codebook column key"),
        Report("key", ColumnType.Text, "代码表键", "codebook key", "table.row.column, the column name in the wide dataset"),
        Report("value_int", ColumnType.Integer, "数值", "integer value", "the value when it is an integer; empty otherwise (never 0 for blank)"),
        Report("value_text", ColumnType.Text, "文本值", "text value", "the value when money or an amount, exactly as printed"),
        Report("blank", ColumnType.Integer, "空白", "blank", "1 when the source cell was blank or a blank mark (—, /, 无), else 0"),
        Report("state", ColumnType.Text, "读取状态", "state", "read, blank, blankmark, absent, unreadable or inferred"),
        Report("raw", ColumnType.Text, "原文", "raw text", "the cell's text as printed"),
        Report("provenance", ColumnType.Text, "来源位置", "provenance", "where the value was read (JSON: kind, line/column, table/row/cell, page…)"),
    ];

    /// <summary>The narrative figures dataset: one row per figure the narrative states (docs/narrative-figures.md).</summary>
    public static readonly IReadOnlyList<CodebookColumn> Figures =
    [
        ReportColumns[0], ReportColumns[1], ReportColumns[3], ReportColumns[4], ReportColumns[10], ReportColumns[11],
        Report("ordinal", ColumnType.Integer, "序号", "ordinal", "the figure's place in reading order within the report (0-based)"),
        Report("figure", ColumnType.Text, "叙述数字", "figure", "figure key (docs/narrative-figures.md), e.g. applications_received"),
        Report("value", ColumnType.Text, "数值", "value", "the number exactly as stated (a zero phrase such as 未收到…申请 is 0)"),
        Report("unit", ColumnType.Text, "单位", "unit", "the unit stated (件, 条, 个, 元, 份, 年)"),
        Report("section", ColumnType.Text, "部分", "section", "section key (overview … other), preamble, or body"),
        Report("text", ColumnType.Text, "原句", "sentence", "the sentence that states it, as printed"),
        Report("provenance", ColumnType.Text, "来源位置", "provenance", "where the number was read (JSON: kind, line/column or paragraph…)"),
    ];

    static string Human(string key) => key.Replace('_', ' ');
}
