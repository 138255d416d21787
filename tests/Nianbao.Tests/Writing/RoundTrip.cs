using Nianbao.Model;
using Nianbao.Template;
using Nianbao.Tests.Samples;
using Nianbao.Writing;

namespace Nianbao.Tests.Writing;

/// <summary>The reports the writer tests render: each sample as parsed, and a 2019-format report built from one.</summary>
static class RoundTrip
{
    static readonly ReportTemplate T = ReportTemplate.Embedded;

    public static Report Sample(string name) => ReportParser.ParseFile(SampleFiles.Path(name + ".txt"));

    public static TheoryData<string, WriteTarget> Cases()
    {
        var data = new TheoryData<string, WriteTarget>();
        foreach (var n in SampleFiles.Names.Append(Report2019Name).Append(LegacyName))
            foreach (var t in Enum.GetValues<WriteTarget>()) data.Add(n, t);
        return data;
    }

    public const string Report2019Name = "linxia-as-2019";

    public const string LegacyName = "linxia-as-2015";

    public static Report Load(string name) => name switch
    {
        Report2019Name => As2019(Sample("linxia-city-2023")),
        LegacyName => AsLegacy(Sample("linxia-city-2023")),
        _ => Sample(name),
    };

    /// <summary>A 2015 report of the free-form format (no uniform tables): the sample's title and narrative only.</summary>
    public static Report AsLegacy(Report from)
    {
        var report = new Report { Source = "linxia-2015.txt", Format = FormatId.Legacy, Year = 2015, Agency = from.Agency };
        report.Metadata[Keys.Metadata.Title] = new MetaField(Keys.Metadata.Title, T.Writing.TitleOf(from.Agency, 2015), null);
        // Free-form reports state in words what the tables would hold.
        foreach (var (k, v) in from.Sections)
        {
            var text = v.Text.Length > 0 ? v.Text.Replace(from.Year + "年", "2015年") : $"2015年本部分情况见下列说明，共办理{k.Length}件。";
            report.Sections[k] = v with { Text = text, Match = text };
        }
        return report;
    }

    /// <summary>
    /// A 2020 report in the 2019 layout: the sample's narrative and metadata, every cell of the 2019 tables filled
    /// (the sample's value where the key exists in both layouts, else a distinct number; 本年增/减 negative, money
    /// with decimals).
    /// </summary>
    public static Report As2019(Report from)
    {
        var report = new Report { Source = "linxia-2020.txt", Format = FormatId.F2019, Year = 2020, Agency = from.Agency };
        foreach (var (k, v) in from.Metadata) report.Metadata[k] = v with { Value = v.Value.Replace(from.Year + "年", "2020年") };
        // The narrative speaks of the report's year, as the title does.
        foreach (var (k, v) in from.Sections)
            report.Sections[k] = v with { Text = v.Text.Replace(from.Year + "年", "2020年"), Match = v.Match.Replace(from.Year + "年", "2020年") };
        var n = 1L;
        foreach (var key in T.TableKeys)
        {
            var def = T.Table(key, FormatId.F2019)!;
            var values = new TableValues { Layout = FormatId.F2019 };
            foreach (var row in def.RowsFor(FormatId.F2019))
                foreach (var col in def.ColumnsOf(row))
                {
                    var old = from.Value(key, row.Key, col.Key);
                    values[row.Key, col.Key] = col.ValueKind switch
                    {
                        _ when old.HasValue && col.ValueKind == ValueKinds.Int => old,
                        ValueKinds.Signed => CellValue.OfInteger(-(n++), "", null),
                        ValueKinds.Decimal or ValueKinds.Amount => CellValue.OfText($"{n++}.5", "", null),
                        _ => CellValue.OfInteger(n++, "", null),
                    };
                }
            report.Tables[key] = values;
        }
        return report;
    }

    /// <summary>Every difference between two reports in what the round trip keeps: format, year, agency, metadata,
    /// the sections present, and each table cell's value (a number, a text, or blank).</summary>
    public static List<string> Differences(Report a, Report b)
    {
        var d = new List<string>();
        if (a.Format != b.Format) d.Add($"format {a.Format} ≠ {b.Format}");
        if (a.Year != b.Year) d.Add($"year {a.Year} ≠ {b.Year}");
        if (a.Agency != b.Agency) d.Add($"agency {a.Agency} ≠ {b.Agency}");
        foreach (var k in a.Metadata.Keys.Union(b.Metadata.Keys))
            if (a.Metadata.GetValueOrDefault(k)?.Value != b.Metadata.GetValueOrDefault(k)?.Value)
                d.Add($"metadata {k}: {a.Metadata.GetValueOrDefault(k)?.Value} ≠ {b.Metadata.GetValueOrDefault(k)?.Value}");
        foreach (var k in a.Sections.Keys.Union(b.Sections.Keys))
            if (Words(a.Sections.GetValueOrDefault(k)?.Text) != Words(b.Sections.GetValueOrDefault(k)?.Text))
                d.Add($"section {k} text differs");
        foreach (var key in T.TableKeys)
        {
            var format = a.Format ?? FormatId.F2021;
            if (T.Table(key, format) is not { } def) continue;
            foreach (var row in def.RowsFor(format))
                foreach (var col in def.ColumnsOf(row))
                {
                    var (x, y) = (a.Value(key, row.Key, col.Key), b.Value(key, row.Key, col.Key));
                    if (x.Integer != y.Integer || x.Text != y.Text || x.HasValue != y.HasValue)
                        d.Add($"{key}.{row.Key}.{col.Key}: {Show(x)} ≠ {Show(y)}");
                }
        }
        return d;
    }

    static string Show(CellValue v) => v.HasValue ? (v.Integer?.ToString() ?? v.Text!) : $"null ({v.State})";

    static string Words(string? text) => string.Concat((text ?? "").Where(c => !char.IsWhiteSpace(c)));
}
