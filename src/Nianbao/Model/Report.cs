namespace Nianbao.Model;

/// <summary>The canonical report: everything later stages consume (codebook.md "JSON shape of one parsed report").</summary>
public sealed class Report
{
    public required string Source { get; init; }
    /// <summary>"2021", "2019", "legacy", or null when no format could be recognised.</summary>
    public string? Format { get; set; }
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
}
