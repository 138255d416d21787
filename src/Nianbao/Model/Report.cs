using Nianbao.Template;

namespace Nianbao.Model;

/// <summary>The canonical report: everything later stages consume (docs/format.md §10.1).</summary>
public sealed class Report
{
    public required string Source { get; init; }
    /// <summary>The format version (a template format id), or null when no format could be recognised.</summary>
    public FormatId? Format { get; set; }
    public int? Year { get; set; }
    public string? Agency { get; set; }
    public Dictionary<string, MetaField> Metadata { get; } = [];
    public Dictionary<string, SectionText> Sections { get; } = [];
    public Dictionary<string, TableValues> Tables { get; } = [];
    public List<Finding> Findings { get; } = [];
    /// <summary>Figures stated in the narrative sections, each with provenance (filled by the extraction stage).</summary>
    public List<NarrativeFigure> NarrativeFigures { get; } = [];
    /// <summary>Issuer type and level inferred from the agency name; null until inferred.</summary>
    public AgencyProfile? Profile { get; set; }

    public CellValue Value(string table, string row, string column) =>
        Tables.TryGetValue(table, out var t) ? t[row, column] : CellValue.Absent;

    public CellValue Value(CellRef cell) => Value(cell.Table, cell.Row, cell.Column);

    /// <summary>The cell with where it was read, for a finding.</summary>
    public LocatedCell Locate(CellRef cell) => new(cell, Value(cell).Source);
}
