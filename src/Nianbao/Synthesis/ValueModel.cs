using System.Globalization;
using Nianbao.Model;
using Nianbao.Template;
using A = Nianbao.Template.Keys.Applications;
using D = Nianbao.Template.Keys.ActiveDisclosure;

namespace Nianbao.Synthesis;

/// <summary>
/// The figures of one synthetic report, consistent by construction with the template's identities and rules
/// (docs/format.md §5): table 三 per column new + carried over = processed + carried forward, processed = Σ outcomes,
/// total = Σ applicant columns; table 四 total = Σ parts; table 二 in force ≥ issued − repealed. Sizes follow what
/// units publish: most small or all zero, a long tail of large ones (docs/synthesis.md).
/// </summary>
sealed class ValueModel(Random random, ReportTemplate template)
{
    /// <summary>How many applications a unit of this kind gets in a year: a log-normal around a median per kind,
    /// zero for most townships and many departments.</summary>
    public int Applications(UnitNames.Kind kind, double scale)
    {
        var (zeroShare, median) = kind switch
        {
            UnitNames.Kind.Province => (0.0, 600.0),
            UnitNames.Kind.City => (0.02, 80.0),
            UnitNames.Kind.County => (0.1, 15.0),
            UnitNames.Kind.Department => (0.4, 4.0),
            _ => (0.7, 2.0),
        };
        if (random.NextDouble() < zeroShare) return 0;
        return (int)Math.Min(40000, Math.Round(median * scale * Math.Exp(Normal() * 1.1)));
    }

    /// <summary>A size factor of a unit (kept across its years).</summary>
    public double Scale() => Math.Exp(Normal() * 0.5);

    double Normal()
    {
        var u1 = 1.0 - random.NextDouble();
        var u2 = random.NextDouble();
        return Math.Sqrt(-2.0 * Math.Log(u1)) * Math.Cos(2.0 * Math.PI * u2);
    }

    /// <summary>n split over weighted parts (a multinomial draw, normal-approximated for large n).</summary>
    public long[] Split(long n, IReadOnlyList<double> weights)
    {
        var parts = new long[weights.Count];
        var left = n;
        var rest = weights.Sum();
        for (var i = 0; i < weights.Count && left > 0; i++)
        {
            if (i == weights.Count - 1 || rest <= 0) { parts[i] = left; break; }
            var p = Math.Clamp(weights[i] / rest, 0, 1);
            long k;
            if (left < 40) { k = 0; for (var j = 0; j < left; j++) if (random.NextDouble() < p) k++; }
            else k = Math.Clamp((long)Math.Round(left * p + Normal() * Math.Sqrt(left * p * (1 - p))), 0, left);
            parts[i] = k;
            left -= k;
            rest -= weights[i];
        }
        return parts;
    }

    static readonly Dictionary<string, double> ApplicantWeights = new()
    {
        [A.Columns.NaturalPerson] = 85, [A.Columns.Commercial] = 8, [A.Columns.Research] = 0.5,
        [A.Columns.SocialWelfare] = 0.5, [A.Columns.LegalServices] = 3, [A.Columns.OtherOrg] = 3,
    };

    static readonly Dictionary<string, double> OutcomeWeights = new()
    {
        [A.Rows.Granted] = 45, [A.Rows.PartiallyGranted] = 8, [A.Rows.UnavailableNotHeld] = 20, [A.Rows.UnavailableNeedsCreation] = 3,
        [A.Rows.UnavailableStillUnclear] = 2, [A.Rows.RejectedPetition] = 4, [A.Rows.RejectedRepeated] = 3, [A.Rows.OtherOther] = 4,
        [A.Rows.OtherNoCorrection] = 3, [A.Rows.Other] = 7, [A.Rows.WithheldThirdParty] = 1.5, [A.Rows.WithheldProcessInfo] = 1.5,
    };

    /// <summary>Table 三 of a format: applications split over applicant columns, outcomes over outcome rows;
    /// <paramref name="carriedOver"/> (column → value) is the previous year's carried-forward row when there is one.</summary>
    public TableValues Applications(FormatId format, int received, IReadOnlyDictionary<string, long>? carriedOver)
    {
        var def = template.Table(Keys.Tables.Applications, format)!;
        var columns = def.Columns!;
        var parts = columns.Where(c => c.Role != Roles.Total).ToList();
        var rows = def.RowsFor(format).ToList();
        var outcomes = rows.Where(r => r.Role == Roles.Outcome).ToList();
        var newRow = Split(received, parts.Select(c => ApplicantWeights.GetValueOrDefault(c.Key, 1)).ToList());
        var values = new Dictionary<(string Row, string Column), long>();
        for (var i = 0; i < parts.Count; i++)
        {
            var c = parts[i].Key;
            var incoming = newRow[i];
            var over = carriedOver?.GetValueOrDefault(c) ?? (incoming > 3 && random.Next(4) == 0 ? random.Next((int)Math.Max(1, incoming / 10) + 1) : 0);
            var forward = incoming + over > 2 && random.Next(3) == 0 ? random.Next((int)Math.Max(1, (incoming + over) / 8) + 1) : 0;
            var processed = incoming + over - forward;
            var split = Split(processed, outcomes.Select(r => OutcomeWeights.GetValueOrDefault(r.Key, 0.2)).ToList());
            foreach (var r in rows)
                values[(r.Key, c)] = r.Role switch
                {
                    Roles.Input when r.Key == A.Rows.NewReceived => incoming,
                    Roles.Input => over,
                    Roles.Output => forward,
                    Roles.Processed => processed,
                    _ => split[outcomes.IndexOf(r)],
                };
        }
        var table = new TableValues { Layout = format };
        foreach (var r in rows)
        {
            long total = 0;
            foreach (var c in parts) { var v = values[(r.Key, c.Key)]; total += v; table[r.Key, c.Key] = Int(v); }
            foreach (var c in columns.Where(c => c.Role == Roles.Total)) table[r.Key, c.Key] = Int(total);
        }
        return table;
    }

    /// <summary>Table 四: cases a unit's applications led to (most none), each row's total the sum of its parts.</summary>
    public TableValues ReviewLitigation(FormatId format, int received)
    {
        var def = template.Table(Keys.Tables.ReviewLitigation, format)!;
        var parts = def.Columns!.Where(c => c.Role != Roles.Total).ToList();
        var table = new TableValues { Layout = format };
        foreach (var row in def.RowsFor(format))
        {
            var cases = received == 0 || random.Next(3) > 0 ? 0 : random.Next((int)Math.Max(1, received / 20) + 1);
            var split = Split(cases, [6, 1.5, 1, 1.5]);
            for (var i = 0; i < parts.Count; i++) table[row.Key, parts[i].Key] = Int(split[Math.Min(i, split.Length - 1)]);
            foreach (var c in def.Columns!.Where(c => c.Role == Roles.Total)) table[row.Key, c.Key] = Int(cases);
        }
        return table;
    }

    /// <summary>Table 二 of a format: regulations only from governments of provinces and cities, documents in force at
    /// least those issued less those repealed (or carried from <paramref name="previous"/>: in force = previous + issued − repealed;
    /// in the 2019 layout 上一年项目数量 = last year's 上一年项目数量 + 本年增/减),
    /// decisions with a long tail, fees in 万元 with two decimals.</summary>
    public TableValues ActiveDisclosure(FormatId format, UnitNames.Kind kind, double scale, TableValues? previous)
    {
        var def = template.Table(Keys.Tables.ActiveDisclosure, format)!;
        var table = new TableValues { Layout = format };
        var governs = kind is UnitNames.Kind.Province or UnitNames.Kind.City;
        int Count(double median) => median <= 0 ? 0 : (int)Math.Max(0, Math.Round(median * scale * Math.Exp(Normal() * 1.2) - 0.5));
        foreach (var row in def.RowsFor(format))
        {
            var docs = row.Key == D.Rows.Regulations ? (governs ? 1.5 : 0) : row.Key == D.Rows.NormativeDocuments ? (kind == UnitNames.Kind.Township ? 0.3 : 3) : 0;
            var decisions = kind switch { UnitNames.Kind.Township => 5, UnitNames.Kind.Department => 200, UnitNames.Kind.County => 800, UnitNames.Kind.City => 5000, _ => 20000 };
            if (random.Next(3) == 0) decisions = 0;
            foreach (var c in def.ColumnsOf(row))
            {
                CellValue v = c.Key switch
                {
                    D.Columns.Issued or D.Columns.Made => Int(Count(docs)),
                    D.Columns.Repealed => Int(Count(docs / 2)),
                    D.Columns.Published => Int(table[row.Key, D.Columns.Made].Integer ?? 0),
                    D.Columns.InForce => Int(InForce(row.Key, table, previous, Count(docs * 4))),
                    D.Columns.TotalPublished => Int((table[row.Key, D.Columns.Published].Integer ?? 0) + Count(docs * 4)),
                    D.Columns.ItemsLastYear => Int(ItemsLastYear(row.Key, previous, format) ?? Count(row.Key == D.Rows.Fees ? 3 : 20)),
                    // A decrease never takes the items below zero: this year's count is last year's plus the change.
                    D.Columns.ItemsChange => Int(Math.Max(-(table[row.Key, D.Columns.ItemsLastYear].Integer ?? 0), random.Next(4) == 0 ? random.Next(-3, 4) : 0)),
                    D.Columns.Projects => Int(Count(3)),
                    D.Columns.Amount => Text(Count(3) * 1000 + "元"),
                    D.Columns.AmountWanYuan => Text(random.Next(2) == 0 ? "0" : (Count(20) + random.Next(100) / 100.0).ToString("0.00", CultureInfo.InvariantCulture)),
                    _ => Int(Count(decisions)),
                };
                table[row.Key, c.Key] = v;
            }
        }
        return table;
    }

    /// <summary>XY-2019 (docs/format.md §5.4): this year's 上一年项目数量 is last year's plus its 本年增/减, when last year's
    /// report is in the same (2019) layout; null otherwise.</summary>
    static long? ItemsLastYear(string row, TableValues? previous, FormatId format) =>
        previous is not null && previous.Layout == format && previous.RowKeys.Contains(row)
            ? (previous[row, D.Columns.ItemsLastYear].Integer ?? 0) + (previous[row, D.Columns.ItemsChange].Integer ?? 0)
            : null;

    static long InForce(string row, TableValues table, TableValues? previous, long stock)
    {
        var issued = table[row, D.Columns.Issued].Integer ?? 0;
        var repealed = table[row, D.Columns.Repealed].Integer ?? 0;
        // XY-VALID holds only when both years are in the 2021 layout (a 2020 report has no 现行有效件数).
        if (previous is not null && previous.Layout == table.Layout && previous.RowKeys.Contains(row))
        {
            var before = previous[row, D.Columns.InForce].Integer ?? 0;   // blank counts as 0 (docs/format.md §5.0)
            // The previous year's stock carries: repealed never exceeds what there was.
            if (repealed > before + issued) table[row, D.Columns.Repealed] = Int(repealed = before + issued);
            return before + issued - repealed;
        }
        return Math.Max(0, issued - repealed) + stock;
    }

    public static CellValue Int(long v) => CellValue.OfInteger(v, v.ToString(CultureInfo.InvariantCulture), null);
    public static CellValue Text(string s) => CellValue.OfText(s, s, null);
}
