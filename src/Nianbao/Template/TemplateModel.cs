namespace Nianbao.Template;

// The records the template JSON deserialises into (format.md §2–§3). Nothing here is code-path specific:
// extraction, checking, rendering and export all walk these.

public sealed record FormatVersion(string Id, string Name, int FirstYear, int LastYear);

public sealed record LabelVariant(string Label, string Note);

public sealed record SectionDef(string Key, string Ordinal, string Label, IReadOnlyList<string> Match, IReadOnlyList<LabelVariant>? Variants);

public sealed record MetadataDef(string Key, IReadOnlyList<string> Labels, string? Kind);

/// <summary>Value kinds: int (≥ 0), signed (±int), decimal (money, kept as printed), amount (text with unit).</summary>
public sealed record ColumnDef(string Key, string Label, string? Kind, string? Group, string? Role)
{
    public string ValueKind => Kind ?? "int";
}

public sealed record RowDef(
    string Key, string Label, string? Group, string? Block, IReadOnlyList<string>? Match,
    IReadOnlyList<LabelVariant>? Variants, IReadOnlyList<ColumnDef>? Columns, string? Role, IReadOnlyList<string>? Formats);

public sealed record TableDef(
    string Key, string Label, string Section, IReadOnlyList<string> Formats, string Reader,
    IReadOnlyList<string>? Signatures, IReadOnlyList<RowDef> Rows, IReadOnlyList<ColumnDef>? Columns, string? Note)
{
    /// <summary>The rows of this table in the given format version, in printed order.</summary>
    public IEnumerable<RowDef> RowsFor(string format) =>
        Rows.Where(r => r.Formats is null || r.Formats.Contains(format));

    /// <summary>A row's own columns, else the table's.</summary>
    public IReadOnlyList<ColumnDef> ColumnsOf(RowDef row) => row.Columns ?? Columns ?? [];
}
