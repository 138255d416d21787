using System.Collections.Concurrent;
using System.Text.Json.Serialization;

namespace Nianbao.Template;

/// <summary>
/// The national template and the rest of the domain vocabulary: template.json (format versions, sections,
/// metadata, tables, identities, rules), figures.json (narrative figures) and agency.json (naming facts). Every
/// stage takes it as a parameter; <see cref="Embedded"/> is the one the library ships, loaded and validated once.
/// </summary>
public sealed class ReportTemplate
{
    /// <summary>The file's own "$comment" (what the template is and how labels match); not used by code.</summary>
    [JsonPropertyName("$comment")] public string? Comment { get; init; }
    /// <summary>The format versions (2021, 2019, legacy) with the report years each covers (docs/format.md §1).</summary>
    public IReadOnlyList<FormatVersion> Formats { get; init; } = [];
    /// <summary>The six sections in printed order (一 to 六).</summary>
    public IReadOnlyList<SectionDef> Sections { get; init; } = [];
    /// <summary>The metadata fields of the page or file around the report (索引号, 发布日期…).</summary>
    public IReadOnlyList<MetadataDef> Metadata { get; init; } = [];
    /// <summary>Label notes by key (typo, wording…): how a printed label variant differs from the template's.</summary>
    public IReadOnlyDictionary<string, NoteDef> Notes { get; init; } = new Dictionary<string, NoteDef>();
    /// <summary>Website chrome phrases (分享到, 打印本页, 版权所有…): lines containing one are page furniture, not report text.</summary>
    public IReadOnlyList<string> Chrome { get; init; } = [];
    /// <summary>What the writer prints besides the tables' labels: the title pattern and the placeholder of an empty section.</summary>
    public required WritingDef Writing { get; init; }
    /// <summary>Every table layout, one per table key and format group, in printed order.</summary>
    public IReadOnlyList<TableDef> Tables { get; init; } = [];
    /// <summary>The arithmetic identities of the tables as stated in the template (docs/format.md §5.1–§5.2), before
    /// expansion per format (see <see cref="IdentitiesFor"/>).</summary>
    public IReadOnlyList<IdentityDef> Identities { get; init; } = [];
    /// <summary>The comparison rules stated over template keys (docs/format.md §5.3–§5.4).</summary>
    public required RuleSet Rules { get; init; }

    /// <summary>Narrative figure patterns and the word lists of the narrative checks (figures.json).</summary>
    [JsonIgnore] public FigureCatalog Figures { get; private set; } = null!;

    /// <summary>Naming facts for the issuer profile and the statutory deadlines (agency.json).</summary>
    [JsonIgnore] public NamingData Naming { get; private set; } = null!;

    // The embedded files cannot change after the build, and the test suite loads them through Load (schemas and
    // references checked): reading them strictly is enough here, and saves about 0.15 s of every process start.
    static readonly Lazy<ReportTemplate> Shipped = new(() => Assemble(
        TemplateData.LoadEmbedded<ReportTemplate>(TemplateFile, TemplateSchema),
        TemplateData.LoadEmbedded<FigureCatalog>(FiguresFile, FiguresSchema),
        TemplateData.LoadEmbedded<NamingData>(NamingFile, NamingSchema), checkReferences: false));

    /// <summary>File name of the template data (also its embedded resource name and the name in load errors).</summary>
    public const string TemplateFile = "template.json";
    /// <summary>File name of the narrative figure catalog.</summary>
    public const string FiguresFile = "figures.json";
    /// <summary>File name of the agency naming facts.</summary>
    public const string NamingFile = "agency.json";
    const string TemplateSchema = "template.schema.json", FiguresSchema = "figures.schema.json", NamingSchema = "agency.schema.json";

    /// <summary>The template the library ships (embedded; read strictly at first use, unknown members rejected; its
    /// schemas and references are checked by the test suite). Entry points default to it; stages never read it, they
    /// are given a template.</summary>
    public static ReportTemplate Embedded => Shipped.Value;

    /// <summary>Loads a template from the texts of its three files: each validated against its JSON Schema, then
    /// checked for references between them (tables, rows, columns, sections, formats named by rules and figures).</summary>
    /// <exception cref="TemplateException">A file does not match its schema, or names something the template lacks.</exception>
    public static ReportTemplate Load(string templateJson, string figuresJson, string namingJson) => Assemble(
        TemplateData.Load<ReportTemplate>(TemplateFile, templateJson, TemplateSchema),
        TemplateData.Load<FigureCatalog>(FiguresFile, figuresJson, FiguresSchema),
        TemplateData.Load<NamingData>(NamingFile, namingJson, NamingSchema));

    static ReportTemplate Assemble(ReportTemplate template, FigureCatalog figures, NamingData naming, bool checkReferences = true)
    {
        template.Figures = figures;
        template.Naming = naming;
        var problems = checkReferences ? TemplateReferences.Check(template) : [];
        if (problems.Count > 0) throw new TemplateException(string.Join("; ", problems));
        return template;
    }

    /// <summary>The table with this key in the given format version, or null when the version has none.</summary>
    public TableDef? Table(string key, FormatId format) =>
        Tables.FirstOrDefault(t => t.Key == key && t.Formats.Contains(format));

    /// <summary>Every layout of a table key, across format versions.</summary>
    public IEnumerable<TableDef> Layouts(string key) => Tables.Where(t => t.Key == key);

    /// <summary>Table keys in printed order (二, 三, 四).</summary>
    public IEnumerable<string> TableKeys => Tables.Select(t => t.Key).Distinct();

    /// <summary>The format version that applies to reports of this year, or null when no version covers it.</summary>
    public FormatVersion? FormatForYear(int year) =>
        Formats.FirstOrDefault(f => year >= f.FirstYear && year <= f.LastYear);

    /// <summary>The format version with this id, or null.</summary>
    public FormatVersion? Format(FormatId id) => Formats.FirstOrDefault(f => f.Id == id);

    /// <summary>True when reports of this format have the uniform tables (false for the free-form format).</summary>
    public bool HasTables(FormatId? id) => id is not { } f || Format(f)?.Tables != false;

    /// <summary>The section with this key, or null.</summary>
    public SectionDef? Section(string key) => Sections.FirstOrDefault(s => s.Key == key);

    /// <summary>The section a table is printed in.</summary>
    public string? SectionOf(string table) => Layouts(table).FirstOrDefault()?.Section;

    readonly ConcurrentDictionary<string, bool> tellsVersion = new();

    /// <summary>True when a table's rows differ between format versions (tables 二 and 三), so that the layout read
    /// tells the report's version; table 四 is the same in both.</summary>
    public bool TellsVersion(string table) => tellsVersion.GetOrAdd(table, key =>
    {
        var layouts = Layouts(key).SelectMany(t => t.Formats.Select(f => string.Join(",", t.RowsFor(f).Select(r => r.Key)))).Distinct();
        return layouts.Count() > 1;
    });

    readonly ConcurrentDictionary<FormatId, IReadOnlyList<LinearIdentity>> identities = new();

    /// <summary>The template's identities expanded for one format version (T3-BAL and T3-VSUM per applicant column,
    /// T3-HSUM per row, T4-GRP per review/litigation group). Checking, repair hints and the reconciling of
    /// run-together digits all use this one list.</summary>
    public IReadOnlyList<LinearIdentity> IdentitiesFor(FormatId format) => identities.GetOrAdd(format, f => IdentityExpansion.For(this, f));

    /// <summary>
    /// The label of a table, row or column: the printed label (zh), or its English name (en; the printed label when
    /// the template gives none). The most specific part given is labelled: (table), (table, row), (table, row, column)
    /// or (table, null, column) for a column of the table. The layout's own definition is preferred, then any
    /// layout of the table; an unknown key is its own label.
    /// </summary>
    public string LabelOf(string table, string? row = null, string? column = null, string lang = "zh", FormatId? layout = null) =>
        labels.Count < MaxLabels ? labels.GetOrAdd((table, row, column, lang, layout), static (k, t) => t.FindLabel(k.Table, k.Row, k.Column, k.Lang, k.Layout), this)
            : FindLabel(table, row, column, lang, layout);

    /// <summary>Labels asked for, kept (the checks ask for the same few hundred over and over); bounded, since an
    /// unknown key is its own label.</summary>
    readonly ConcurrentDictionary<(string Table, string? Row, string? Column, string Lang, FormatId? Layout), string> labels = new();
    const int MaxLabels = 20_000;

    string FindLabel(string table, string? row, string? column, string lang, FormatId? layout)
    {
        var layouts = Layouts(table).OrderBy(t => layout is { } l && t.Formats.Contains(l) ? 0 : 1).ToList();
        if (column is not null)
        {
            foreach (var t in layouts)
                if (row is not null && t.Row(row) is { } rd && t.ColumnsOf(rd).FirstOrDefault(c => c.Key == column) is { } c)
                    return Pick(c.Label, c.En, lang);
            foreach (var t in layouts)
                if ((t.Columns ?? []).Concat(t.Rows.SelectMany(t.ColumnsOf)).FirstOrDefault(c => c.Key == column) is { } c)
                    return Pick(c.Label, c.En, lang);
            return column;
        }
        if (row is not null)
            return layouts.Select(t => t.Row(row)).FirstOrDefault(r => r is not null) is { } r ? Pick(r.Label, r.En, lang) : row;
        return layouts.FirstOrDefault() is { } d ? Pick(d.Label, d.En, lang) : table;
    }

    /// <summary>The label of a cell's column (see <see cref="LabelOf(string, string?, string?, string, FormatId?)"/>).</summary>
    public string LabelOf(CellRef cell, string lang = "zh", FormatId? layout = null) => LabelOf(cell.Table, cell.Row, cell.Column, lang, layout);

    /// <summary>A section's printed heading (zh) or English name (en).</summary>
    public string SectionLabelOf(string section, string lang = "zh") =>
        Section(section) is { } s ? Pick(s.Label, s.En, lang) : section;

    /// <summary>A metadata field's first printed label (zh) or English name (en).</summary>
    public string MetadataLabelOf(string key, string lang = "zh") =>
        Metadata.FirstOrDefault(m => m.Key == key) is { } m ? Pick(m.Labels[0], m.En, lang) : key;

    /// <summary>A label note (typo, wording…) with its texts, as a finding argument.</summary>
    public LabelNote NoteOf(string key) =>
        Notes.TryGetValue(key, out var n) ? new LabelNote(key, n.Zh, n.En) : new LabelNote(key, "", "");

    static string Pick(string label, string? en, string lang) => lang == "en" && en is not null ? en : label;
}
