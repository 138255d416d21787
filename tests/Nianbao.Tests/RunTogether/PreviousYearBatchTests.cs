using Nianbao.Batch;
using Nianbao.Model;
using Nianbao.Synthesis;
using Nianbao.Template;

namespace Nianbao.Tests.RunTogether;

/// <summary>
/// A batch of one agency's reports over several years serves its own crawler dumps (docs/run-together.md §3): the
/// parse asks the batch for the previous year when digits ran together, whether the batch checks (`nianbao check`)
/// or only parses (`nianbao parse`, which pairs its years only when a report asks).
/// </summary>
public class PreviousYearBatchTests
{
    /// <summary>A 2021-layout report of the CI corpus whose table 二 run the dump alone leaves open and last year's
    /// documents in force decide, with its previous year.</summary>
    internal static (SynthReport Now, SynthReport Before, string Row) Pair()
    {
        var reports = SynthCorpus.Generate(new SynthOptions(300, Seed: 20261126, ErrorRate: 0.3)).ToList();
        var byName = reports.ToDictionary(r => r.Name);
        foreach (var now in reports)
        {
            if (now.Truth.Format != FormatId.F2021 || now.Previous is not { } p || byName[p].Truth.Format != FormatId.F2021) continue;
            var alone = ReportParser.Parse(SynthCorpus.Render(now, SynthRendering.Crawler), now.Name + ".txt");
            var open = alone.Findings.FirstOrDefault(f => f.Code is "NB-RUN-OPEN" or "NB-RUN-AMBIGUOUS" && f.Location.Table == Keys.Tables.ActiveDisclosure);
            if (open is null) continue;
            var before = ReportParser.Parse(SynthCorpus.Render(byName[p], SynthRendering.Pipe), p + ".txt");
            var with = ReportParser.Parse(SynthCorpus.Render(now, SynthRendering.Crawler), now.Name + ".txt", previousYear: _ => before);
            if (with.Findings.Any(f => f.Code == "NB-RUN-INFERRED" && f.Location.Row == open.Location.Row))
                return (now, byName[p], open.Location.Row!);
        }
        throw new InvalidOperationException("no report of the corpus has a table 二 run that last year decides");
    }

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public void The_previous_years_file_in_the_batch_decides_the_dumps_open_run(bool check)
    {
        var (now, before, row) = Pair();
        var dir = Directory.CreateTempSubdirectory("nianbao-previous-");
        try
        {
            var previousFile = Path.Combine(dir.FullName, SynthRenderings.FileName(before.Name, SynthRendering.Pipe));
            var dumpFile = Path.Combine(dir.FullName, SynthRenderings.FileName(now.Name, SynthRendering.Crawler));
            File.WriteAllBytes(previousFile, SynthCorpus.Render(before, SynthRendering.Pipe));
            File.WriteAllBytes(dumpFile, SynthCorpus.Render(now, SynthRendering.Crawler));

            var units = ReportBatch.Run([dumpFile, previousFile], new BatchOptions { Check = check, MaxParallelism = 2 }).ToList();
            var report = units[0].Report!;
            var f = Assert.Single(report.Findings, f => f.Location.Table == Keys.Tables.ActiveDisclosure && f.Location.Row == row && f.Code.StartsWith("NB-RUN-", StringComparison.Ordinal));
            Assert.Equal("NB-RUN-INFERRED", f.Code);
            Assert.Contains("NB-XY-VALID", (string[])f.Arg("rules")!);
            Assert.Equal(Path.GetFileName(previousFile), f.Arg("previous_source"));
            foreach (var (column, value) in report.Tables[Keys.Tables.ActiveDisclosure].Row(row))
                Assert.Equal(now.Truth.Value(Keys.Tables.ActiveDisclosure, row, column).Integer, value.Integer);

            // Alone, the same dump leaves the run open.
            var alone = ReportBatch.Run([dumpFile], new BatchOptions { Check = check }).Single().Report!;
            Assert.Contains(alone.Findings, f => f.Code is "NB-RUN-OPEN" or "NB-RUN-AMBIGUOUS" && f.Location.Row == row);
        }
        finally { dir.Delete(true); }
    }
}
