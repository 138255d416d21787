using System.Text;
using System.Text.Json;
using Nianbao.Model;
using Nianbao.Normalizing;
using Nianbao.Output;
using Nianbao.Tests.Samples;

namespace Nianbao.Tests.ProvenanceChecks;

/// <summary>
/// Every value, metadata field and section heading read from a sample points (line, column, length in the
/// decoded original) at source text that holds it — in the model and in the --provenance JSON.
/// </summary>
public class ProvenanceTests
{
    public static TheoryData<string> Samples() => SampleFiles.All();

    static string SourcePath(string name) => SampleFiles.Path(SampleFiles.Expected(name).GetProperty("source").GetString()!);

    [Theory]
    [MemberData(nameof(Samples))]
    public void Every_table_value_points_at_its_source_text(string name)
    {
        var path = SourcePath(name);
        AssertValues(ReportParser.ParseFile(path), SourceText.Of(path), name);
    }

    /// <summary>CRLF line ends and a BOM are dropped from the matching copy; positions must still be the original's.</summary>
    [Theory]
    [MemberData(nameof(Samples))]
    public void Positions_survive_crlf_and_bom(string name)
    {
        var text = File.ReadAllText(SourcePath(name)).Replace("\n", "\r\n");
        var bytes = Encoding.UTF8.GetPreamble().Concat(Encoding.UTF8.GetBytes(text)).ToArray();
        AssertValues(ReportParser.Parse(bytes, name), new SourceText(bytes), name);
    }

    static void AssertValues(Report report, SourceText source, string name)
    {
        var withValue = SampleFiles.ExpectedCells(name).Count(c => c.Value.ValueKind != JsonValueKind.Null);
        var checkedCells = 0;
        foreach (var (tableKey, table) in report.Tables)
            foreach (var (row, column, v) in table.All)
            {
                var where = $"{name} {tableKey}.{row}.{column}";
                if (v.State == ValueState.Absent) { Assert.Null(v.Source); continue; }
                Assert.True(v.Source is not null, $"{where}: {v.State} value has no provenance");
                // A miscounted row is unreadable as a whole: its provenance is the row label, its raw the cells read.
                if (v.State == ValueState.Unreadable && v.Raw!.Contains(" | ")) continue;
                SourceText.AssertHolds(where, source.At(v.Source!), v.State, v.Integer, v.Text, v.Raw);
                checkedCells++;
            }
        Assert.True(checkedCells >= withValue, $"{name}: only {checkedCells} values checked, {withValue} expected to have a value");
    }

    [Theory]
    [MemberData(nameof(Samples))]
    public void Metadata_and_headings_point_at_their_source_text(string name)
    {
        var path = SourcePath(name);
        var report = ReportParser.ParseFile(path);
        var source = SourceText.Of(path);
        Assert.NotEmpty(report.Metadata);
        foreach (var m in report.Metadata.Values)
        {
            Assert.True(m.Source is not null, $"{name} metadata {m.Key} has no provenance");
            AssertMetaHolds($"{name} metadata {m.Key}", source.At(m.Source!), m.Value);
        }
        Assert.Equal(6, report.Sections.Count);
        foreach (var s in report.Sections.Values)
        {
            Assert.True(s.Source is not null, $"{name} section {s.Key} has no provenance");
            Assert.Equal(s.Heading, source.At(s.Source!));
        }
    }

    /// <summary>The span holds the value as stated; dates are normalised to yyyy-MM-dd, so their numbers are compared.</summary>
    static void AssertMetaHolds(string where, string span, string value)
    {
        var shown = Extraction.MetadataExtractor.CleanDisplay(span);
        if (System.Text.RegularExpressions.Regex.IsMatch(value, @"^\d{4}-\d{2}-\d{2}$"))
        {
            var want = value.Split('-').Select(int.Parse).ToArray();
            var got = System.Text.RegularExpressions.Regex.Matches(shown, @"\d+").Select(x => int.Parse(x.Value)).ToArray();
            Assert.True(want.All(got.Contains) && got.Length >= 3, $"{where}: date {value}, but the source holds \"{span}\"");
        }
        else
            Assert.True(shown.Contains(value) || TextNormalizer.ForMatching(shown).Contains(TextNormalizer.ForMatching(value)),
                $"{where}: value \"{value}\", but the source holds \"{span}\"");
    }

    [Theory]
    [MemberData(nameof(Samples))]
    public void Json_provenance_points_at_the_source_text(string name)
    {
        var path = SourcePath(name);
        var report = ReportParser.ParseFile(path);
        var source = SourceText.Of(path);
        var json = JsonDocument.Parse(JsonReportWriter.ToJson(report, new JsonReportWriter.Options(Provenance: true))).RootElement;
        var prov = json.GetProperty("provenance");

        var checkedCells = 0;
        foreach (var t in prov.GetProperty("tables").EnumerateObject())
            foreach (var r in t.Value.EnumerateObject())
                foreach (var c in r.Value.EnumerateObject())
                {
                    if (c.Value.ValueKind == JsonValueKind.Null) continue;
                    var where = $"{name} json {t.Name}.{r.Name}.{c.Name}";
                    var state = Enum.Parse<ValueState>(c.Value.GetProperty("state").GetString()!, ignoreCase: true);
                    var raw = c.Value.GetProperty("raw").GetString()!;
                    if (state == ValueState.Unreadable && raw.Contains(" | ")) continue;
                    var span = At(source, c.Value);
                    var value = json.GetProperty("tables").GetProperty(t.Name).GetProperty(r.Name).GetProperty(c.Name);
                    SourceText.AssertHolds(where, span, state,
                        value.ValueKind == JsonValueKind.Number ? value.GetInt64() : null,
                        value.ValueKind == JsonValueKind.String ? value.GetString() : null, raw);
                    checkedCells++;
                }
        Assert.True(checkedCells >= SampleFiles.ExpectedCells(name).Count(c => c.Value.ValueKind != JsonValueKind.Null));

        foreach (var s in prov.GetProperty("sections").EnumerateObject())
            Assert.Equal(s.Value.GetProperty("raw").GetString(), At(source, s.Value));
        foreach (var m in prov.GetProperty("metadata").EnumerateObject())
            AssertMetaHolds($"{name} json metadata {m.Name}", At(source, m.Value), json.GetProperty("metadata").GetProperty(m.Name).GetString()!);
    }

    static string At(SourceText source, JsonElement p) => source.At(p.GetProperty("kind").GetString()!,
        p.GetProperty("line").GetInt32(), p.GetProperty("column").GetInt32(), p.GetProperty("length").GetInt32());
}
