using System.Text;
using System.Text.Json;
using Nianbao.Model;
using Nianbao.Template;
using Nianbao.Tests.Samples;
using Xunit.Abstractions;

namespace Nianbao.Tests.RunTogether;

/// <summary>
/// The same agency's report on the year before decides splits the table's own identities leave open (issue 10 §1,
/// docs/run-together.md §3): its cross-year rules (docs/format.md §5.4) take part in the reconciling stage as tie
/// breakers. The samples are five agencies, none in two years, so each gets a previous report built from its truth
/// that satisfies the cross-year rules, as a real one does: last year's 现行有效件数 = this year's − 制发 + 废止 (both
/// years in the 2021 layout, so not for lhasa-city-2021, whose 2020 report is in the 2019 layout) and last year's
/// 结转下年度继续办理 = this year's 上年结转.
/// </summary>
public class PreviousYearDumpTests(ITestOutputHelper output)
{
    internal static Report Previous(string sample, Func<string, long, long>? inForce = null)
    {
        var expected = SampleFiles.Expected(sample);
        var year = int.Parse(sample[^4..], System.Globalization.CultureInfo.InvariantCulture) - 1;
        var layout = year >= 2021 ? FormatId.F2021 : FormatId.F2019;
        var report = new Report { Source = $"{sample[..^5]}-{year}.txt", Year = year, Format = layout };
        var tables = expected.GetProperty("tables");
        long? Cell(string table, string row, string column) =>
            tables.GetProperty(table).GetProperty(row).GetProperty(column) is { ValueKind: JsonValueKind.Number } v ? v.GetInt64() : null;

        if (layout == FormatId.F2021)
        {
            var t2 = new TableValues { Layout = layout };
            foreach (var row in new[] { Keys.ActiveDisclosure.Rows.Regulations, Keys.ActiveDisclosure.Rows.NormativeDocuments })
                if (Cell("active_disclosure", row, "in_force") is long now && Cell("active_disclosure", row, "issued") is long issued
                    && Cell("active_disclosure", row, "repealed") is long repealed)
                {
                    var before = inForce?.Invoke(row, now - issued + repealed) ?? now - issued + repealed;
                    t2[row, "in_force"] = CellValue.OfInteger(before, before.ToString(System.Globalization.CultureInfo.InvariantCulture), null);
                }
            report.Tables[Keys.Tables.ActiveDisclosure] = t2;
        }
        var t3 = new TableValues { Layout = layout };
        foreach (var column in tables.GetProperty("applications").GetProperty("carried_over").EnumerateObject())
            if (column.Value.ValueKind == JsonValueKind.Number)
                t3["carried_forward", column.Name] = CellValue.OfInteger(column.Value.GetInt64(), column.Value.GetRawText(), null);
        report.Tables[Keys.Tables.Applications] = t3;
        return report;
    }

    /// <summary>The same agency's report on the year after, consistent with the sample's truth under the same rules:
    /// nothing issued or repealed, so next year's 现行有效件数 is this year's; next year's 上年结转 = this year's 结转下年度继续办理.</summary>
    internal static Report Next(string sample)
    {
        var expected = SampleFiles.Expected(sample);
        var year = int.Parse(sample[^4..], System.Globalization.CultureInfo.InvariantCulture) + 1;
        var report = new Report { Source = $"{sample[..^5]}-{year}.txt", Year = year, Format = FormatId.F2021 };
        var tables = expected.GetProperty("tables");
        static CellValue Of(long v) => CellValue.OfInteger(v, v.ToString(System.Globalization.CultureInfo.InvariantCulture), null);
        var t2 = new TableValues { Layout = FormatId.F2021 };
        foreach (var row in new[] { Keys.ActiveDisclosure.Rows.Regulations, Keys.ActiveDisclosure.Rows.NormativeDocuments })
            if (tables.GetProperty("active_disclosure").GetProperty(row).GetProperty("in_force") is { ValueKind: JsonValueKind.Number } now)
            {
                t2[row, "issued"] = Of(0);
                t2[row, "repealed"] = Of(0);
                t2[row, "in_force"] = Of(now.GetInt64());
            }
        report.Tables[Keys.Tables.ActiveDisclosure] = t2;
        var t3 = new TableValues { Layout = FormatId.F2021 };
        foreach (var column in tables.GetProperty("applications").GetProperty("carried_forward").EnumerateObject())
            if (column.Value.ValueKind == JsonValueKind.Number) t3["carried_over", column.Name] = Of(column.Value.GetInt64());
        report.Tables[Keys.Tables.Applications] = t3;
        return report;
    }

    static Report Parse(string sample, CrawlerDump.Style style, Report? previous, Report? next = null) =>
        ReportParser.Parse(Encoding.UTF8.GetBytes(CrawlerDump.Of(sample, style)), sample + ".txt", previousYear: _ => previous, nextYear: _ => next);

    [Theory]
    [MemberData(nameof(Styles))]
    public void With_both_neighbouring_years_the_samples_read_at_least_99_percent(CrawlerDump.Style style)
    {
        int cells = 0, exact = 0, wrong = 0;
        foreach (var sample in SampleFiles.Names)
        {
            var score = RenderingScore.Of(sample, Parse(sample, style, Previous(sample), Next(sample)));
            output.WriteLine($"{sample} {style} with the previous and the next year: {score}");
            Assert.True(score.Wrong == 0, string.Join("\n", score.WrongCells));
            (cells, exact, wrong) = (cells + score.Cells, exact + score.Exact, wrong + score.Wrong);
        }
        output.WriteLine($"{style}: {exact}/{cells} exact ({100.0 * exact / cells:F1} %), {wrong} wrong");
        Assert.True(exact >= 0.99 * cells, $"{exact}/{cells}");
    }

    public static TheoryData<CrawlerDump.Style> Styles()
    {
        var data = new TheoryData<CrawlerDump.Style>();
        foreach (var s in Enum.GetValues<CrawlerDump.Style>()) data.Add(s);
        return data;
    }

    [Fact]
    public void Lhasa_table_two_is_decided_by_next_years_documents_in_force()
    {
        // 1150 splits as [1,1,50], [1,15,0] or [11,5,0]; next year's report (nothing issued or repealed, 50 in force)
        // fixes this year's 现行有效件数 at 50 through XY-VALID read the other way.
        const string sample = "lhasa-city-2021";
        var r = Parse(sample, CrawlerDump.Style.OneLine, Previous(sample), Next(sample));
        var f = RunFinding(r, "regulations");
        Assert.Equal("NB-RUN-INFERRED", f.Code);
        Assert.Equal("[1,1,50]", f.Arg("values"));
        Assert.Equal(["NB-XY-VALID"], (string[])f.Arg("rules")!);
        Assert.Equal("lhasa-city-2022.txt", f.Arg("next_source"));
        Assert.Null(f.Arg("previous_source"));
        Assert.Equal([7, 0, 108], r.Tables["active_disclosure"].Row("normative_documents").Select(c => c.Value.Integer));
        Assert.Equal(200, RenderingScore.Of(sample, r).Exact);
    }

    [Theory]
    [MemberData(nameof(HardDumpTests.Cases), MemberType = typeof(HardDumpTests))]
    public void The_previous_year_reads_at_least_as_much_and_nothing_wrong(string sample, CrawlerDump.Style style)
    {
        var alone = RenderingScore.Of(sample, Parse(sample, style, null));
        var with = RenderingScore.Of(sample, Parse(sample, style, Previous(sample)));
        output.WriteLine($"{sample} {style} with the previous year: {with} (alone: {alone})");
        Assert.True(with.Wrong == 0, string.Join("\n", with.WrongCells));
        Assert.True(with.Exact >= alone.Exact, $"{with} < {alone}");
    }

    [Fact]
    public void Sifangtai_table_two_is_decided_by_last_years_documents_in_force()
    {
        // 5915 splits as [5,9,15], [5,91,5] or [59,1,5]; last year's 19 in force + 5 − 9 = 15 holds only for the first.
        const string sample = "sifangtai-district-2023";
        var alone = Parse(sample, CrawlerDump.Style.OneLine, null);
        Assert.Equal("NB-RUN-OPEN", RunFinding(alone, "normative_documents").Code);

        var r = Parse(sample, CrawlerDump.Style.OneLine, Previous(sample));
        var f = RunFinding(r, "normative_documents");
        Assert.Equal("NB-RUN-INFERRED", f.Code);
        Assert.Equal("[5,9,15]", f.Arg("values"));
        Assert.Equal(["NB-XY-VALID"], (string[])f.Arg("rules")!);
        Assert.Equal("sifangtai-district-2022.txt", f.Arg("previous_source"));
        Assert.Equal(2022, f.Arg("previous_year"));
        Assert.Equal(ValueState.Inferred, r.Value("active_disclosure", "normative_documents", "in_force").State);
        Assert.Equal(15, r.Value("active_disclosure", "normative_documents", "in_force").Integer);
        Assert.Equal(200, RenderingScore.Of(sample, r).Exact);
    }

    [Fact]
    public void A_previous_year_that_fits_no_split_or_two_decides_nothing()
    {
        const string sample = "sifangtai-district-2023";
        // Last year's 100 in force fits none of the splits (100 + 5 − 9, 100 + 5 − 91, 100 + 59 − 1): the cells stay null.
        var none = Parse(sample, CrawlerDump.Style.OneLine, Previous(sample, (row, v) => row == "normative_documents" ? 100 : v));
        Assert.Equal("NB-RUN-OPEN", RunFinding(none, "normative_documents").Code);
        Assert.Null(none.Value("active_disclosure", "normative_documents", "in_force").Integer);
        // lhasa-city-2021's previous report is a 2020 one, in the 2019 layout: XY-VALID does not apply across the switch.
        var lhasa = Parse("lhasa-city-2021", CrawlerDump.Style.OneLine, Previous("lhasa-city-2021"));
        Assert.Equal("NB-RUN-OPEN", RunFinding(lhasa, "regulations").Code);
    }

    static Finding RunFinding(Report r, string row) =>
        Assert.Single(r.Findings, f => f.Location.Table == "active_disclosure" && f.Location.Row == row && f.Code.StartsWith("NB-RUN-", StringComparison.Ordinal));
}
