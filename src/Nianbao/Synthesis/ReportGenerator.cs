using System.Globalization;
using Nianbao.Model;
using Nianbao.Template;
using A = Nianbao.Template.Keys.Applications;
using M = Nianbao.Template.Keys.Metadata;
using S = Nianbao.Template.Keys.Sections;

namespace Nianbao.Synthesis;

/// <summary>
/// Makes the synthetic reports of a corpus (docs/synthesis.md): units of each kind, one or two consecutive years each (2019 to 2024),
/// 2019-format reports for 2019 and 2020 and 2021-format ones after; blank blocks where the unit had nothing; narrative
/// sections whose figures agree with the tables; then, at the error rate, one injected error per report. Report i
/// depends only on the seed and i's unit, so a corpus is the same for a seed whatever else runs.
/// </summary>
sealed class ReportGenerator(ReportTemplate template)
{
    /// <summary>The reports of a corpus, in order.</summary>
    public IEnumerable<SynthReport> Generate(int count, int seed, double errorRate)
    {
        var made = 0;
        for (var unit = 0; made < count; unit++)
        {
            var random = new Random(unchecked(seed * 1_000_003 + unit * 7919));
            var kind = UnitNames.Pick(random);
            var agency = UnitNames.Name(kind, random);
            var values = new ValueModel(random, template);
            var scale = values.Scale();
            // A quarter of the units report two consecutive years (2019+2020 in the 2019 layout, 2020+2021 across the
            // switch, or two 2021-layout years), as a crawl of one site gives them, so the cross-year rules have pairs.
            var pair = made + 1 < count && random.Next(4) == 0;
            var year = pair ? 2020 + random.Next(5) : 2019 + random.Next(6);
            SynthReport? previous = null;
            foreach (var y in pair ? new[] { year - 1, year } : [year])
            {
                var report = Make(random, values, kind, agency, scale, y, $"u{unit:D5}-{y}", previous, errorRate);
                previous = report;
                made++;
                yield return report;
            }
        }
    }

    SynthReport Make(Random random, ValueModel values, UnitNames.Kind kind, string agency, double scale, int year, string name, SynthReport? previous, double errorRate)
    {
        var format = template.FormatForYear(year)!.Id;
        var received = values.Applications(kind, scale);
        var carried = previous?.Truth.Tables[Keys.Tables.Applications] is { } p
            ? template.Table(Keys.Tables.Applications, format)!.Columns!.ToDictionary(c => c.Key, c => p[A.Rows.CarriedForward, c.Key].Integer ?? 0)
            : null;
        var report = new Report { Source = name, Format = format, Year = year, Agency = agency };
        report.Tables[Keys.Tables.ActiveDisclosure] = values.ActiveDisclosure(format, kind, scale, previous?.Truth.Tables[Keys.Tables.ActiveDisclosure]);
        report.Tables[Keys.Tables.Applications] = values.Applications(format, received, carried);
        report.Tables[Keys.Tables.ReviewLitigation] = values.ReviewLitigation(format, received);
        var published = new DateOnly(year + 1, 1, 10 + random.Next(18));
        report.Metadata[M.IndexNo] = new MetaField(M.IndexNo, $"{(char)('A' + random.Next(26))}{random.Next(10000, 99999)}/{year + 1}-{random.Next(1, 99999):D5}", null);
        report.Metadata[M.Issuer] = new MetaField(M.Issuer, agency, null);
        report.Metadata[M.Written] = new MetaField(M.Written, published.AddDays(-random.Next(1, 9)).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), null);
        report.Metadata[M.Published] = new MetaField(M.Published, published.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), null);

        var errors = new List<InjectedError>();
        var stated = report.Value(Keys.Tables.Applications, A.Rows.NewReceived, A.Columns.Total).Integer ?? 0;
        if (random.NextDouble() < errorRate && Errors.Inject(random, report, previous, template) is { } error)
        {
            errors.Add(error);
            if (error.Kind == InjectedKinds.NarrativeFigure) stated = long.Parse(error.Printed!, CultureInfo.InvariantCulture);
        }
        BlankBlocks(random, report, errors);
        Narrative.Fill(random, report, template, year, stated);
        return new SynthReport { Name = name, Truth = report, Previous = previous?.Name, Errors = errors, UnitKind = kind.ToString().ToLowerInvariant() };
    }

    /// <summary>Blocks a unit with nothing to report leaves blank, as real units do: rows of table 三 whose group is all
    /// zero, table 四's rows without cases, table 二's rows of things the unit does not do. The sums still hold (blank
    /// counts as 0, docs/format.md §5.0). Rows an injected error touches stay printed.</summary>
    static void BlankBlocks(Random random, Report report, List<InjectedError> errors)
    {
        if (random.Next(3) > 0) return;
        var touched = errors.SelectMany(e => e.Others.Select(o => o.Cell).Append(e.Cell ?? default)).Select(c => c.Row).ToHashSet();
        var pick = random.Next(3);
        foreach (var (key, table) in report.Tables)
        {
            if (pick == 0 && key != Keys.Tables.Applications || pick == 1 && key != Keys.Tables.ReviewLitigation) continue;
            foreach (var row in table.RowKeys.ToList())
            {
                var cells = table.Row(row).ToList();
                if (touched.Contains(row) || cells.Any(c => c.Value.Integer is not 0 && c.Value.Text is not "0")) continue;
                if (key == Keys.Tables.Applications && !Blankable(row)) continue;
                foreach (var (column, _) in cells) table[row, column] = CellValue.Blank("", null);
            }
        }
    }

    /// <summary>Rows of table 三 units leave blank when nothing happened: the outcome rows (不予公开, 无法提供 …).</summary>
    static bool Blankable(string row) => row is not (A.Rows.NewReceived or A.Rows.CarriedOver or A.Rows.TotalProcessed or A.Rows.CarriedForward or A.Rows.Granted);
}
