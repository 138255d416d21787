namespace Nianbao.Template;

// The records template.json deserialises into (docs/format.md §2–§3). Nothing here is code-path specific: extraction,
// checking, rendering and export all walk these. Labels are printed text; En is the English name used with --lang en.

/// <summary>A format version. <see cref="Tables"/> is false for the free-form reports without the uniform tables.</summary>
public sealed record FormatVersion(FormatId Id, string Name, int FirstYear, int LastYear, bool Tables = true);

/// <summary>A printed variant of a label; <see cref="Note"/> is a key of the template's notes (typo, wording…).</summary>
public sealed record LabelVariant(string Label, string Note);

/// <summary>How a printed label differs from the template's, as a parenthesis in messages.</summary>
public sealed record NoteDef(string Zh, string En);

public sealed record SectionDef(string Key, string Ordinal, string Label, string En, IReadOnlyList<string> Match, IReadOnlyList<LabelVariant>? Variants);

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
    public string ValueKind => Kind ?? ValueKinds.Int;
}

public sealed record RowDef(
    string Key, string Label, string? En, string? Group, string? Block, IReadOnlyList<string>? Match,
    IReadOnlyList<LabelVariant>? Variants, IReadOnlyList<ColumnDef>? Columns, string? Role, IReadOnlyList<FormatId>? Formats);

public sealed record TableDef(
    string Key, string Label, string En, string Section, IReadOnlyList<FormatId> Formats, string Reader,
    IReadOnlyList<string>? Signatures, IReadOnlyList<RowDef> Rows, IReadOnlyList<ColumnDef>? Columns, string? Note)
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
    public string Text(string lang) => lang == "en" ? En : Zh;
}
