using Nianbao.Template;

namespace Nianbao.Model;

/// <summary>The canonical report: everything later stages consume (docs/format.md §10.1).</summary>
public sealed class Report
{
    /// <summary>The source the report was read from as the caller named it (a file path, or a name given with the bytes).</summary>
    public required string Source { get; init; }
    /// <summary>The format version (a template format id), or null when no format could be recognised.</summary>
    public FormatId? Format { get; set; }
    /// <summary>The report year (the year reported on, not the publication year): from the title, else from the statistics period in the text (extraction stage); null when neither gives one.</summary>
    public int? Year { get; set; }
    /// <summary>The issuing agency as named in the title (extraction stage); null when the title names none or no title was found.</summary>
    public string? Agency { get; set; }
    /// <summary>Metadata fields by key (<see cref="Keys.Metadata"/>): those the container states (DOCX properties, HTML meta tags), then those printed around the report; a missing key was not found.</summary>
    public Dictionary<string, MetaField> Metadata { get; } = [];
    /// <summary>Narrative sections found, by section key (<see cref="Keys.Sections"/>); a missing key was not found.</summary>
    public Dictionary<string, SectionText> Sections { get; } = [];
    /// <summary>Tables read, by table key (<see cref="Keys.Tables"/>); a missing key means the table was not found.</summary>
    public Dictionary<string, TableValues> Tables { get; } = [];
    /// <summary>Findings of the parse: reading, extraction and reconciling. Checking returns its findings separately (<see cref="Checking.ReportChecker"/>) and never changes the report.</summary>
    public List<Finding> Findings { get; } = [];
    /// <summary>Figures stated in the narrative sections, each with provenance (filled by the extraction stage).</summary>
    public List<NarrativeFigure> NarrativeFigures { get; } = [];
    /// <summary>Where the source says it is published (<see cref="Documents.SourceDocument.Url"/>); null when it does not say.</summary>
    public string? Url { get; set; }
    /// <summary>Issuer type and level inferred from the agency name; null until inferred.</summary>
    public AgencyProfile? Profile { get; set; }

    /// <summary>The value of a cell by its keys; <see cref="CellValue.Absent"/> when the table, row or column was not read.</summary>
    public CellValue Value(string table, string row, string column) =>
        Tables.TryGetValue(table, out var t) ? t[row, column] : CellValue.Absent;

    /// <summary>The value of a cell; <see cref="CellValue.Absent"/> when it was not read.</summary>
    public CellValue Value(CellRef cell) => Value(cell.Table, cell.Row, cell.Column);

    /// <summary>The cell with where it was read, for a finding.</summary>
    public LocatedCell Locate(CellRef cell) => new(cell, Value(cell).Source);
}
