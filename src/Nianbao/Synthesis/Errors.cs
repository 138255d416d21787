using System.Globalization;
using Nianbao.Model;
using Nianbao.Template;
using A = Nianbao.Template.Keys.Applications;

namespace Nianbao.Synthesis;

/// <summary>
/// Injects one error into a consistent report (docs/synthesis.md), changing the printed values and returning what was
/// done, where, and the finding codes the checker gives for it. Null when no kind fits the report (a split digit needs
/// a two-digit number beside a zero, a broken carry-over a previous year).
/// </summary>
static class Errors
{
    public static InjectedError? Inject(Random random, Report report, SynthReport? previous, ReportTemplate template)
    {
        var kinds = InjectedKinds.All.Where(k => k != InjectedKinds.BrokenCarryOver || previous is not null).ToList();
        for (var attempt = 0; attempt < 4; attempt++)
            if (Try(kinds[random.Next(kinds.Count)], random, report, template) is { } error) return error;
        return null;
    }

    static TableValues Apps(Report r) => r.Tables[Keys.Tables.Applications];
    static CellRef Cell(string row, string column) => new(Keys.Tables.Applications, row, column);
    static string? S(CellValue v) => v.Integer?.ToString(CultureInfo.InvariantCulture) ?? v.Text;

    static InjectedError? Try(string kind, Random random, Report report, ReportTemplate template)
    {
        var t = Apps(report);
        var format = report.Format!;
        var rows = template.Table(Keys.Tables.Applications, format)!.RowsFor(format).ToList();
        switch (kind)
        {
            case InjectedKinds.WrongTotal:
            {
                var row = rows[random.Next(rows.Count)].Key;
                var correct = t[row, A.Columns.Total].Integer!.Value;
                var delta = random.Next(1, 6) * (correct > 5 && random.Next(2) == 0 ? -1 : 1);
                t[row, A.Columns.Total] = ValueModel.Int(correct + delta);
                return new(kind, Cell(row, A.Columns.Total), S(t[row, A.Columns.Total]), S(ValueModel.Int(correct)), ["NB-T3-HSUM"], []);
            }
            case InjectedKinds.SplitDigit:
            {
                var candidates = rows.Where(r => t[r.Key, A.Columns.NaturalPerson].Integer >= 10 && t[r.Key, A.Columns.Commercial].Integer == 0
                    && t[r.Key, A.Columns.NaturalPerson].Integer!.Value.ToString(CultureInfo.InvariantCulture)[1] != '0').ToList();
                if (candidates.Count == 0) return null;
                var row = candidates[random.Next(candidates.Count)].Key;
                var digits = t[row, A.Columns.NaturalPerson].Integer!.Value.ToString(CultureInfo.InvariantCulture);
                // 18 | 0 printed as 1 | 80: the first digit left, the rest run into the next cell's 0.
                var first = ValueModel.Int(long.Parse(digits[..1], CultureInfo.InvariantCulture));
                var second = ValueModel.Int(long.Parse(digits[1..] + "0", CultureInfo.InvariantCulture));
                t[row, A.Columns.NaturalPerson] = first;
                t[row, A.Columns.Commercial] = second;
                return new(kind, Cell(row, A.Columns.NaturalPerson), S(first), digits, ["NB-T3-HSUM"], [(Cell(row, A.Columns.Commercial), S(second), "0")]);
            }
            case InjectedKinds.BlankBlock:
            {
                var groups = rows.Where(r => r.Role == Roles.Outcome && r.Group is not null).GroupBy(r => r.Group)
                    .Where(g => g.Count() > 1 && g.Any(r => t[r.Key, A.Columns.Total].Integer > 0)).ToList();
                if (groups.Count == 0) return null;
                var group = groups[random.Next(groups.Count)];
                var changed = new List<(CellRef, string?, string?)>();
                foreach (var r in group)
                    foreach (var (column, value) in t.Row(r.Key).ToList())
                    {
                        if (value.Integer is > 0) changed.Add((Cell(r.Key, column), null, S(value)));
                        t[r.Key, column] = CellValue.Blank("", null);
                    }
                var (cell, _, correct) = changed[0];
                return new(kind, cell, null, correct, ["NB-T3-VSUM"], changed.Skip(1).ToList());
            }
            case InjectedKinds.MissingRow:
            {
                // A row of zeros left out: the table's sums still hold, the parse names the missing row.
                var candidates = rows.Where(r => r.Role == Roles.Outcome && t.Row(r.Key).All(c => c.Value.Integer == 0)).ToList();
                if (candidates.Count == 0) return null;
                var row = candidates[random.Next(candidates.Count)].Key;
                var kept = new TableValues { Layout = t.Layout };
                foreach (var r in t.RowKeys.Where(r => r != row))
                    foreach (var (column, value) in t.Row(r)) kept[r, column] = value;
                report.Tables[Keys.Tables.Applications] = kept;
                return new(kind, Cell(row, A.Columns.Total), null, "0", ["NB-S-ROW"], []);
            }
            case InjectedKinds.WrongYear when report.Year >= 2021:
            {
                var year = report.Year!.Value;
                report.Year = year + 1;
                return new(kind, null, (year + 1).ToString(CultureInfo.InvariantCulture), year.ToString(CultureInfo.InvariantCulture), ["NB-NT-YEAR"], []);
            }
            case InjectedKinds.BrokenCarryOver:
            {
                // This year's own sums still hold: the extra carried-over applications were granted.
                var d = random.Next(1, 4);
                foreach (var row in new[] { A.Rows.CarriedOver, A.Rows.Granted, A.Rows.TotalProcessed })
                    foreach (var column in new[] { A.Columns.NaturalPerson, A.Columns.Total })
                        t[row, column] = ValueModel.Int(t[row, column].Integer!.Value + d);
                var printed = t[A.Rows.CarriedOver, A.Columns.NaturalPerson];
                return new(kind, Cell(A.Rows.CarriedOver, A.Columns.NaturalPerson), S(printed), S(ValueModel.Int(printed.Integer!.Value - d)), ["NB-XY-CARRY"],
                    [(Cell(A.Rows.CarriedOver, A.Columns.Total), S(t[A.Rows.CarriedOver, A.Columns.Total]), S(ValueModel.Int(t[A.Rows.CarriedOver, A.Columns.Total].Integer!.Value - d)))]);
            }
            case InjectedKinds.NarrativeFigure:
            {
                long V(string row) => t[row, A.Columns.Total].Integer ?? 0;
                var received = V(A.Rows.NewReceived);
                var accepted = new[] { received, received + V(A.Rows.CarriedOver), V(A.Rows.TotalProcessed) + V(A.Rows.CarriedForward) };
                var stated = received + random.Next(1, 20);
                while (accepted.Contains(stated)) stated++;
                return new(kind, Cell(A.Rows.NewReceived, A.Columns.Total), stated.ToString(CultureInfo.InvariantCulture), S(ValueModel.Int(received)), ["NB-NT-APPS"], []);
            }
        }
        return null;
    }
}
