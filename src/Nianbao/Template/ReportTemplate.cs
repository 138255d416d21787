using System.Text.Json;
using System.Text.Json.Serialization;

namespace Nianbao.Template;

/// <summary>The national template (every format version), loaded once from the embedded template.json.</summary>
public sealed class ReportTemplate
{
    public IReadOnlyList<FormatVersion> Formats { get; init; } = [];
    public IReadOnlyList<SectionDef> Sections { get; init; } = [];
    public IReadOnlyList<MetadataDef> Metadata { get; init; } = [];
    public IReadOnlyList<string> Chrome { get; init; } = [];
    public IReadOnlyList<TableDef> Tables { get; init; } = [];
    public IReadOnlyList<IdentityDef> Identities { get; init; } = [];

    string[]? chromeKeys;

    /// <summary>The label keys of the page-chrome phrases, computed once.</summary>
    public IReadOnlyList<string> ChromeKeys => chromeKeys ??= Chrome.Select(Normalizing.LabelKey.OfPrinted).ToArray();

    static readonly Lazy<ReportTemplate> Loaded = new(Load);

    public static ReportTemplate Default => Loaded.Value;

    /// <summary>The table with this key in the given format version, or null when the version has none.</summary>
    public TableDef? Table(string key, string format) =>
        Tables.FirstOrDefault(t => t.Key == key && t.Formats.Contains(format));

    /// <summary>Every layout of a table key, across format versions.</summary>
    public IEnumerable<TableDef> Layouts(string key) => Tables.Where(t => t.Key == key);

    /// <summary>Table keys in printed order (二, 三, 四).</summary>
    public IEnumerable<string> TableKeys => Tables.Select(t => t.Key).Distinct();

    public FormatVersion? FormatForYear(int year) =>
        Formats.FirstOrDefault(f => year >= f.FirstYear && year <= f.LastYear);

    static ReportTemplate Load()
    {
        using var stream = typeof(ReportTemplate).Assembly.GetManifestResourceStream("Nianbao.Template.template.json")
            ?? throw new InvalidOperationException("template.json is not embedded");
        var options = new JsonSerializerOptions
        {
            PropertyNameCaseInsensitive = true,
            ReadCommentHandling = JsonCommentHandling.Skip,
            UnmappedMemberHandling = JsonUnmappedMemberHandling.Skip,
        };
        return JsonSerializer.Deserialize<ReportTemplate>(stream, options)
            ?? throw new InvalidOperationException("template.json is empty");
    }
}
