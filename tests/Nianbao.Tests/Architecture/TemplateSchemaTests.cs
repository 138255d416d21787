using System.Text.Json.Nodes;
using Nianbao.Template;

namespace Nianbao.Tests.Architecture;

/// <summary>
/// The domain data is validated at load against its JSON Schema (Template/Data/Schemas) and checked for references
/// between files: a misspelt or unknown member, or a key that names nothing, is a load error naming its JSON path,
/// never silently skipped.
/// </summary>
public class TemplateSchemaTests
{
    static readonly string Template = TemplateData.Embedded(ReportTemplate.TemplateFile);
    static readonly string Figures = TemplateData.Embedded(ReportTemplate.FiguresFile);
    static readonly string Naming = TemplateData.Embedded(ReportTemplate.NamingFile);

    static string Edit(string json, Action<JsonNode> change)
    {
        var node = JsonNode.Parse(json)!;
        change(node);
        return node.ToJsonString();
    }

    static string LoadError(string template, string? figures = null, string? naming = null) =>
        Assert.Throws<TemplateException>(() => ReportTemplate.Load(template, figures ?? Figures, naming ?? Naming)).Message;

    [Fact]
    public void The_shipped_data_loads()
    {
        // Load validates the schemas and the references between files; the library's own Embedded skips both (the
        // files cannot change after the build), so this is where the shipped data is held to them.
        var t = ReportTemplate.Load(Template, Figures, Naming);
        Assert.Equal(3, t.Formats.Count);
        Assert.NotEmpty(t.Rules.CrossYear);
        Assert.NotEmpty(t.Figures.Figures);
        Assert.NotEmpty(t.Naming.PlaceUnits);
    }

    [Fact]
    public void A_misspelt_member_is_an_error_naming_its_path()
    {
        var json = Edit(Template, n =>
        {
            var row = n["tables"]![0]!["rows"]![0]!.AsObject();
            row["mach"] = row["match"]!.DeepClone();
            row.Remove("match");
        });
        var message = LoadError(json);
        Assert.Contains("template.json", message);
        Assert.Contains("/tables/0/rows/0/mach", message);
        Assert.Contains("unknown member \"mach\"", message);
    }

    [Fact]
    public void Without_the_schema_the_strict_reader_still_rejects_an_unknown_member()
    {
        // The embedded files are read without the schema evaluation; the reader itself refuses unknown members.
        var json = Edit(Template, n => n["tables"]![2]!["rows"]![3]!["mach"] = "x");
        var message = Assert.Throws<TemplateException>(() => TemplateData.Deserialize<ReportTemplate>("template.json", json)).Message;
        Assert.Contains("template.json: $.tables[2].rows[3].mach", message);
        Assert.NotNull(TemplateData.Deserialize<ReportTemplate>("template.json", Template));
        var catalog = Assert.Throws<TemplateException>(() => TemplateData.Deserialize<NamingData>("agency.json", Edit(Naming, n => n["maxPlaceNames"] = 3))).Message;
        Assert.Contains("$.maxPlaceNames", catalog);
    }

    [Fact]
    public void An_unknown_member_anywhere_is_an_error_naming_its_path()
    {
        Assert.Contains("/rules/crossYear/0/relaton", LoadError(Edit(Template, n => n["rules"]!["crossYear"]![0]!["relaton"] = "=")));
        Assert.Contains("/colour", LoadError(Edit(Template, n => n["colour"] = "red")));
        Assert.Contains("figures.json: /figures/0/keyword", LoadError(Template, Edit(Figures, n => n["figures"]![0]!["keyword"] = "x")));
        Assert.Contains("agency.json: /deadlines/grace", LoadError(Template, naming: Edit(Naming, n => n["deadlines"]!["grace"] = 3)));
    }

    [Fact]
    public void A_wrong_value_is_an_error_naming_its_path()
    {
        Assert.Contains("/tables/0/rows/0/columns/0/kind", LoadError(Edit(Template, n => n["tables"]![0]!["rows"]![0]!["columns"]![0]!["kind"] = "integer")));
        Assert.Contains("/rules/withinYear/0/relation", LoadError(Edit(Template, n => n["rules"]!["withinYear"]![0]!["relation"] = "<")));
        Assert.Contains("/tables/1/rows/2/key", LoadError(Edit(Template, n => n["tables"]![1]!["rows"]![2]!["key"] = "Licensing")));
    }

    [Fact]
    public void A_key_that_names_nothing_is_an_error_naming_its_path()
    {
        var message = LoadError(Edit(Template, n => n["rules"]!["crossYear"]![1]!["left"]![1] = "isued"));
        Assert.Contains("template.json: /rules/crossYear/1/left/1: no column \"isued\" in table active_disclosure", message);
        Assert.Contains("/rules/nonNegative/0/table", LoadError(Edit(Template, n => n["rules"]!["nonNegative"]![0]!["table"] = "aplications")));
        Assert.Contains("/identities/0/right/rows/1", LoadError(Edit(Template, n => n["identities"]![0]!["right"]!["rows"]![1] = "@outptu")));
        Assert.Contains("/tables/0/section", LoadError(Edit(Template, n => n["tables"]![0]!["section"] = "proactiv")));
        Assert.Contains("/tables/0/rows/1/variants/0/note: no note \"format2019_lable\"",
            LoadError(Edit(Template, n => n["tables"]![0]!["rows"]![1]!["variants"]![0]!["note"] = "format2019_lable")));
        var figures = Edit(Figures, n => n["figures"]![0]!["check"]!["accept"]![0]![0] = "new_recieved.total");
        Assert.Contains("figures.json: /figures/0/check/accept/0/0: no row \"new_recieved\"", LoadError(Template, figures));
    }

    [Fact]
    public void The_embedded_data_matches_its_schemas()
    {
        // The library skips the schema evaluation when it loads its own embedded files (they cannot change after the
        // build): this is where they are validated.
        TemplateData.Validate(ReportTemplate.TemplateFile, Template, "template.schema.json");
        TemplateData.Validate(ReportTemplate.FiguresFile, Figures, "figures.schema.json");
        TemplateData.Validate(ReportTemplate.NamingFile, Naming, "agency.schema.json");
    }

    [Fact]
    public void Every_finding_catalog_matches_its_schema()
    {
        foreach (var file in TemplateData.EmbeddedFiles("findings"))
            TemplateData.Validate(file, TemplateData.Embedded(file), "findings.schema.json");
        var bad = Assert.Throws<TemplateException>(() =>
            TemplateData.Validate("findings-x.json", """{ "NB-X": { "severity": "error", "title": "t", "zh": "z", "en": "e", "reasn": "r" } }""", "findings.schema.json"));
        Assert.Contains("/NB-X/reasn", bad.Message);
    }
}
