namespace Nianbao.Template;

// The records template.json deserialises into (docs/format.md §2–§3). Nothing here is code-path specific: extraction,
// checking, rendering and export all walk these. Labels are printed text; En is the English name used with --lang en.

/// <summary>A format version. <see cref="Tables"/> is false for the free-form reports without the uniform tables.</summary>
public sealed record FormatVersion(FormatId Id, string Name, int FirstYear, int LastYear, bool Tables = true);

/// <summary>A printed variant of a label; <see cref="Note"/> is a key of the template's notes (typo, wording…).</summary>
public sealed record LabelVariant(string Label, string Note);

/// <summary>How a printed label differs from the template's, as a parenthesis in messages.</summary>
public sealed record NoteDef(string Zh, string En);

/// <summary>A numbered section of the report (template.json "sections"; docs/format.md §2.1).</summary>
/// <param name="Key">Codebook key (<see cref="Keys.Sections"/>).</param>
/// <param name="Ordinal">The printed ordinal, 一 to 六.</param>
/// <param name="Label">The printed heading, ordinal included (一、总体情况).</param>
/// <param name="En">English name, used with --lang en.</param>
/// <param name="Match">Label keys (normalised text, §9.3) a heading must contain to be this section.</param>
/// <param name="Variants">Other printed headings seen in real reports, each with its note; null when none.</param>
public sealed record SectionDef(string Key, string Ordinal, string Label, string En, IReadOnlyList<string> Match, IReadOnlyList<LabelVariant>? Variants);

/// <summary>A field of the metadata block published around the report (索引号, 发布日期…; template.json "metadata").</summary>
/// <param name="Key">Codebook key (<see cref="Keys.Metadata"/>).</param>
/// <param name="Labels">The printed labels that introduce the field, any of which matches.</param>
/// <param name="En">English name, used with --lang en.</param>
/// <param name="Kind">"date" for a date field, null for text.</param>
public sealed record MetadataDef(string Key, IReadOnlyList<string> Labels, string? En, string? Kind);

/// <summary>The value kinds of template.json columns ("kind"; int when not given).</summary>
public static class ValueKinds
{
    /// <summary>An integer ≥ 0 (counts).</summary>
    public const string Int = "int";
    /// <summary>A signed integer (本年增/减).</summary>
    public const string Signed = "signed";
    /// <summary>Money, kept exactly as printed.</summary>
    public const string Decimal = "decimal";
    /// <summary>Text with its unit (采购总金额).</summary>
    public const string Amount = "amount";
}

/// <summary>A column; <see cref="ValueKind"/> is one of <see cref="ValueKinds"/>.</summary>
public sealed record ColumnDef(string Key, string Label, string? En, string? Kind, string? Group, string? Role)
{
    /// <summary>The value kind, <see cref="ValueKinds.Int"/> when the template gives none.</summary>
    public string ValueKind => Kind ?? ValueKinds.Int;
}

/// <summary>A printed row of a table (template.json "rows"; docs/format.md §2.3–§2.5, §3).</summary>
/// <param name="Key">Codebook key, unique in its table (<see cref="Keys.Applications.Rows"/> etc.).</param>
/// <param name="Label">The printed row label (一、本年新收政府信息公开申请数量).</param>
/// <param name="En">English name, used with --lang en.</param>
/// <param name="Group">The printed label of the enclosing row group (三、本年度办理结果, （三）不予公开), or null.</param>
/// <param name="Block">The article of the Regulation the row reports on (第二十条第（一）项), or null.</param>
/// <param name="Match">Label keys (normalised text, §9.3 step 7) a printed label must contain to be this row; null when the
/// row is read by position.</param>
/// <param name="Variants">Other printed labels seen in real reports, each with its note; null when none.</param>
/// <param name="Columns">Columns of this row when they differ from the table's (table 二), else null.</param>
/// <param name="Role">Role in the table's identities (input, outcome, processed, output; §5.1), selected as @role; null when none.</param>
/// <param name="Formats">The format versions that print this row; null means every format of the table.</param>
public sealed record RowDef(
    string Key, string Label, string? En, string? Group, string? Block, IReadOnlyList<string>? Match,
    IReadOnlyList<LabelVariant>? Variants, IReadOnlyList<ColumnDef>? Columns, string? Role, IReadOnlyList<FormatId>? Formats);

/// <summary>One layout of a statistics table (template.json "tables"): a table key may have a layout per format version.</summary>
/// <param name="Key">Codebook key (<see cref="Keys.Tables"/>).</param>
/// <param name="Label">The printed table title.</param>
/// <param name="En">English name, used with --lang en.</param>
/// <param name="Section">Key of the section that holds the table.</param>
/// <param name="Formats">The format versions this layout belongs to.</param>
/// <param name="Reader">How cells are read: "labelled_rows" (rows found by label) or "positional_row" (one row read by position).</param>
/// <param name="Signatures">Printed column headings that identify this layout among the table's layouts; null when none.</param>
/// <param name="Rows">Every row, in printed order, across the layout's formats (see <see cref="RowsFor"/>).</param>
/// <param name="Columns">The table's columns, or null when each row carries its own.</param>
/// <param name="Note">A note printed under the table, or null.</param>
/// <param name="Stub">The printed heading of the label column (table 二's 信息内容), or null when the table has none.</param>
public sealed record TableDef(
    string Key, string Label, string En, string Section, IReadOnlyList<FormatId> Formats, string Reader,
    IReadOnlyList<string>? Signatures, IReadOnlyList<RowDef> Rows, IReadOnlyList<ColumnDef>? Columns, string? Note, string? Stub = null)
{
    /// <summary>The rows of this table in the given format version, in printed order.</summary>
    public IEnumerable<RowDef> RowsFor(FormatId format) =>
        Rows.Where(r => r.Formats is null || r.Formats.Contains(format));

    /// <summary>A row's own columns, else the table's.</summary>
    public IReadOnlyList<ColumnDef> ColumnsOf(RowDef row) => row.Columns ?? Columns ?? [];

    /// <summary>The row with this key, or null.</summary>
    public RowDef? Row(string key) => Rows.FirstOrDefault(r => r.Key == key);
}

/// <summary>A finding argument naming how a printed label differs from the template's: its note key (written to
/// the JSON data) and the parenthesis shown in zh and en messages.</summary>
public sealed record LabelNote(string Code, [property: System.Text.Json.Serialization.JsonIgnore] string Zh, [property: System.Text.Json.Serialization.JsonIgnore] string En)
{
    /// <summary>The parenthesis in the message language: English for "en", otherwise Chinese.</summary>
    public string Text(string lang) => lang == "en" ? En : Zh;
}

/// <summary>What the writer prints besides the tables' labels: the title line ({agency}, {year}) and the text of a
/// narrative section left empty.</summary>
public sealed record WritingDef(string Title, string Placeholder)
{
    /// <summary>The data file's own comment.</summary>
    [System.Text.Json.Serialization.JsonPropertyName("$comment")] public string? Comment { get; init; }

    /// <summary>The title line of an agency's report for a year.</summary>
    public string TitleOf(string? agency, int? year) =>
        Title.Replace("{agency}", agency ?? "").Replace("{year}", year?.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? "");
}

/// <summary>The roles of template.json rows and columns ("role"), as the identities and the writer name them.</summary>
public static class Roles
{
    /// <summary>Rows counted into the applications handled (新收, 上年结转).</summary>
    public const string Input = "input";
    /// <summary>Rows of one outcome (予以公开 … 其他处理).</summary>
    public const string Outcome = "outcome";
    /// <summary>The row of all outcomes (总计).</summary>
    public const string Processed = "processed";
    /// <summary>Rows carried out of the year (结转下年度).</summary>
    public const string Output = "output";
    /// <summary>The column (or row) summing the others.</summary>
    public const string Total = "total";
}
