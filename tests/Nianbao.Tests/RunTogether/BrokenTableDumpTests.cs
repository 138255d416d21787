using System.Globalization;
using Nianbao.Model;
using Nianbao.Synthesis;
using Nianbao.Template;
using Nianbao.Tests.Synthesis;
using Xunit.Abstractions;

namespace Nianbao.Tests.RunTogether;

/// <summary>
/// The adversarial measurement of docs/run-together.md §3 ("a table that breaks its own rules"): crawler dumps of
/// synthetic reports whose table 三 breaks its rules, and not only as the generator's injected errors do (one row total
/// off, a blank block): each report of the corpus (errors injected at rate 0.5) is printed again with one to three more
/// of its table 三's numbers misprinted anywhere (off by a little, a digit dropped, doubled or swapped, a zero added, a
/// zero made a number), the truth being the numbers as printed. A run decided in such a table must still be right:
/// no value is ever wrong. CI measures NIANBAO_BROKEN_COUNT reports (default 300) of one seed; the recorded measurement
/// sets more (docs/run-together.md §4):
/// `NIANBAO_BROKEN_COUNT=1000 NIANBAO_BROKEN_SEEDS=1,2,3 dotnet test tests/Nianbao.Tests --filter BrokenTableDump --logger "console;verbosity=detailed"`.
/// </summary>
public class BrokenTableDumpTests(ITestOutputHelper output)
{
    static int Count => int.TryParse(Environment.GetEnvironmentVariable("NIANBAO_BROKEN_COUNT"), out var n) ? n : 300;

    static int[] Seeds => Environment.GetEnvironmentVariable("NIANBAO_BROKEN_SEEDS") is { Length: > 0 } s
        ? [.. s.Split(',').Select(x => int.Parse(x, CultureInfo.InvariantCulture))]
        : [20261127];

    /// <summary>The report with 1–3 more numbers of table 三 misprinted (the truth is what is printed).</summary>
    internal static SynthReport Misprinted(SynthReport synth, Random random)
    {
        var table = synth.Truth.Tables[Keys.Tables.Applications];
        var numbers = table.All.Where(c => c.Value.Integer is not null).Select(c => (c.Row, c.Column)).ToList();
        var times = random.Next(1, 4);
        for (var k = 0; k < times && numbers.Count > 0; k++)
        {
            var (row, column) = numbers[random.Next(numbers.Count)];
            var v = table[row, column].Integer!.Value;
            var text = v.ToString(CultureInfo.InvariantCulture);
            long printed = random.Next(6) switch
            {
                0 => Math.Max(0, v + random.Next(1, 6) * (random.Next(2) == 0 ? -1 : 1)),   // off by a little
                1 when text.Length > 1 => long.Parse(text.Remove(random.Next(text.Length), 1), CultureInfo.InvariantCulture), // a digit dropped
                2 => long.Parse(text.Insert(random.Next(text.Length + 1), text[random.Next(text.Length)].ToString()), CultureInfo.InvariantCulture), // a digit doubled
                3 when text.Length > 1 => long.Parse(new string([.. text.Reverse()]), CultureInfo.InvariantCulture), // digits swapped
                4 => v * 10,                                                                     // a zero added
                _ => v == 0 ? random.Next(1, 10) : 0,                                          // a zero made a number, or a number a zero
            };
            table[row, column] = CellValue.OfInteger(printed, printed.ToString(CultureInfo.InvariantCulture), null);
        }
        return synth;
    }

    /// <summary>Each report of the seed's corpus (errors at rate 0.5), as generated or misprinted further.</summary>
    static IEnumerable<SynthReport> Corpus(int seed, bool misprint)
    {
        var random = new Random(seed);
        foreach (var synth in SynthCorpus.Generate(new SynthOptions(Count, seed, ErrorRate: 0.5)))
            yield return misprint ? Misprinted(synth, random) : synth;
    }

    [Theory]
    [InlineData(false, 58030)]
    [InlineData(true, 56602)]
    public void No_value_of_a_table_that_breaks_its_rules_is_wrong(bool misprint, int recorded)
    {
        var score = new SynthScore("crawler");
        int decided = 0, decidedWrong = 0, broken = 0;
        var byCode = new Dictionary<string, int>();
        foreach (var seed in Seeds)
            foreach (var synth in Corpus(seed, misprint))
            {
                var report = ReportParser.Parse(SynthCorpus.Render(synth, SynthRendering.Crawler), SynthRenderings.FileName(synth.Name, SynthRendering.Crawler));
                score.Compare(synth, report);
                var runs = report.Findings.Where(f => f.Location.Table == Keys.Tables.Applications && f.Code.StartsWith("NB-RUN-", StringComparison.Ordinal)).ToList();
                if (runs.Any(f => f.Code is "NB-RUN-NONE" or "NB-RUN-INFERRED-BROKEN")) broken++;
                foreach (var f in runs) byCode[f.Code] = byCode.GetValueOrDefault(f.Code) + f.Location.Cells!.Count;
                foreach (var f in runs.Where(f => f.Code == "NB-RUN-INFERRED-BROKEN"))
                    foreach (var c in f.Location.Cells!)
                    {
                        decided++;
                        // Run together, a split digit (1 | 80 for 18 | 0) prints the true run (as SynthScore counts it).
                        var want = synth.Errors.Where(e => e.Kind == InjectedKinds.SplitDigit)
                            .SelectMany(e => e.Others.Select(o => (o.Cell, o.Correct)).Prepend((e.Cell!.Value, e.Correct)))
                            .Where(x => x.Item1 == c.Cell).Select(x => (long?)long.Parse(x.Item2!, CultureInfo.InvariantCulture))
                            .DefaultIfEmpty(synth.Truth.Value(c.Cell.Table, c.Cell.Row, c.Cell.Column).Integer).First();
                        if (report.Value(c.Cell.Table, c.Cell.Row, c.Cell.Column).Integer != want) decidedWrong++;
                    }
            }
        output.WriteLine($"{(misprint ? "misprinted further" : "as generated")}, seeds {string.Join(",", Seeds)}: {score.Reports} reports, {broken} with table 三 breaking its rules; "
            + $"{score.Right}/{score.Cells} right, {score.HonestNull} honest null, {score.Wrong} wrong; "
            + $"cells decided in a broken table (NB-RUN-INFERRED-BROKEN): {decided}, wrong {decidedWrong}");
        foreach (var (code, n) in byCode.OrderBy(x => x.Key, StringComparer.Ordinal)) output.WriteLine($"  table 三 cells by run finding: {n,7} {code}");
        foreach (var p in score.Problems) output.WriteLine("  " + p);
        Assert.Equal(0, score.Wrong);
        Assert.True(broken > Count / (misprint ? 10 : 30), $"only {broken} reports break table 三's rules");
        // The figures docs/run-together.md §4 records for the CI configuration (before tables that break their rules
        // were split by the rules that hold: 57,995 and 56,413).
        if (Count == 300 && Seeds is [20261127]) Assert.True(score.Right >= recorded, $"{score.Right} right, recorded {recorded}");
    }
}
